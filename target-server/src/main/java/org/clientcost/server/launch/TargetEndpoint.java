package org.clientcost.server.launch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a benchmark or simulation runs against, in two roles that are different processes once a service
 * (a gateway) sits in front of the target server:
 * <ul>
 *   <li>{@link #uri()}: the service being loaded, where the requests go;</li>
 *   <li>{@link #statsUri()} and {@link #stats()}: the target server, whose {@code /stats} a run cross-checks.</li>
 * </ul>
 * {@link #resolve()} gives both roles to one target server: the already-running one named by
 * {@value #URL_PROPERTY} (a plain {@code http://host:port} on a loopback address, since all load in this suite
 * stays on this machine), which {@link #close()} leaves alone; otherwise a fresh {@link TargetServerProcess},
 * which {@link #close()} stops. {@link #withFront} puts a service in front.
 *
 * <p>A started target server also has an HTTPS port ({@code --tls-port 0}): {@link #tlsUri()} and the PEM
 * {@link #certificate()} that clients are to trust. An external server ({@value #URL_PROPERTY}) has one only when
 * {@value #TLS_URL_PROPERTY} and {@value #CERTIFICATE_PROPERTY} name it.
 */
public final class TargetEndpoint implements AutoCloseable {

    /** System property naming an external server, e.g. {@code -Dtarget.url=http://127.0.0.1:8080}. */
    public static final String URL_PROPERTY = "target.url";
    /**
     * With {@value #URL_PROPERTY}: that server's HTTPS address, e.g. {@code -Dtarget.tls.url=https://127.0.0.1:8443}
     * (how the JMH launcher hands its target server's HTTPS port to the forks).
     */
    public static final String TLS_URL_PROPERTY = "target.tls.url";
    /** With {@value #TLS_URL_PROPERTY}: the PEM certificate that HTTPS port presents. */
    public static final String CERTIFICATE_PROPERTY = "target.tls.cert";

    private final URI uri;
    private final URI statsUri;
    private final boolean external;
    /** The target server's HTTPS address and certificate; null for an external server. */
    private final URI tlsUri;
    private final Path certificate;
    /** Stopped by {@link #close()}, the last started first. */
    private final List<ServiceProcess> started;

    private TargetEndpoint(URI uri, URI statsUri, boolean external, URI tlsUri, Path certificate,
                           List<ServiceProcess> started) {
        this.uri = uri;
        this.statsUri = statsUri;
        this.external = external;
        this.tlsUri = tlsUri;
        this.certificate = certificate;
        this.started = List.copyOf(started);
    }

    /**
     * Uses {@code -Dtarget.url} (and {@code -Dtarget.tls.url} with {@code -Dtarget.tls.cert}, when set) if set, else
     * starts a server process with the default JVM options.
     */
    public static TargetEndpoint resolve() {
        TargetEndpoint endpoint = resolve(System.getProperty(URL_PROPERTY));
        String tls = System.getProperty(TLS_URL_PROPERTY, "");
        String certificate = System.getProperty(CERTIFICATE_PROPERTY, "");
        if (!endpoint.external() || tls.isBlank() && certificate.isBlank()) {
            return endpoint;
        }
        if (tls.isBlank() || certificate.isBlank()) {
            throw new IllegalArgumentException("-D" + TLS_URL_PROPERTY + " and -D" + CERTIFICATE_PROPERTY
                    + " go together: give both or neither");
        }
        URI tlsUri;
        try {
            tlsUri = LoopbackHttpUri.parse(tls.trim(), "https");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + TLS_URL_PROPERTY + "='" + tls.trim() + "' is not usable: "
                    + e.getMessage());
        }
        return new TargetEndpoint(endpoint.uri, endpoint.statsUri, true, tlsUri, Path.of(certificate.trim()), List.of());
    }

    /**
     * Same as {@link #resolve()} with the property's value passed in (null or blank = start a server).
     *
     * @throws IllegalArgumentException (one line) when the URL is not an http URL of a loopback host and port
     */
    public static TargetEndpoint resolve(String targetUrl) {
        if (targetUrl == null || targetUrl.isBlank()) {
            ServiceProcess server = TargetServerProcess.start(TargetServerProcess.DEFAULT_JVM_ARGS, List.of());
            String https = server.printedBefore(TargetServerProcess.TLS_LINE);
            String certificate = server.printedBefore(TargetServerProcess.CERTIFICATE_LINE);
            return new TargetEndpoint(server.uri(), server.uri(), false, https == null ? null : URI.create("https://" + https),
                    certificate == null ? null : Path.of(certificate), List.of(server));
        }
        URI external = validate(targetUrl.trim());
        return new TargetEndpoint(external, external, true, null, null, List.of());
    }

    /**
     * Starts a service in front of this endpoint and returns the endpoint to use from then on (instead of this
     * one): the load goes to the front service, {@code /stats} are still the target server's, and
     * {@link #close()} stops the front service, then what this endpoint started. {@code startFront} gets
     * {@link #uri()}, e.g. for a gateway's {@code --upstream}. If it fails, this endpoint is closed and the
     * failure is rethrown, so nothing is left running.
     */
    public TargetEndpoint withFront(Function<URI, ServiceProcess> startFront) {
        ServiceProcess front;
        try {
            front = startFront.apply(uri);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        List<ServiceProcess> all = new ArrayList<>(started.size() + 1);
        all.add(front);
        all.addAll(started);
        return new TargetEndpoint(front.uri(), statsUri, external, tlsUri, certificate, all);
    }

    /** The service being loaded: the target server, or the service in front of it. */
    public URI uri() {
        return uri;
    }

    /** True when the target server has an HTTPS port (a started one; an external one has not). */
    public boolean https() {
        return tlsUri != null;
    }

    /**
     * The target server's {@code https://host:port}.
     *
     * @throws IllegalStateException (one line) for an external server named without {@value #TLS_URL_PROPERTY}
     */
    public URI tlsUri() {
        if (tlsUri == null) {
            throw new IllegalStateException("the target server has no HTTPS port (-D" + URL_PROPERTY
                    + " names a server without -D" + TLS_URL_PROPERTY + "; leave both unset to start one with HTTPS)");
        }
        return tlsUri;
    }

    /** The PEM certificate of the HTTPS port, the only one clients are to trust; see {@link #tlsUri()}. */
    public Path certificate() {
        tlsUri();
        return certificate;
    }

    /** The target server, whose {@code /stats} a run cross-checks. */
    public URI statsUri() {
        return statsUri;
    }

    /** True when the target server came from {@value #URL_PROPERTY} and is not ours to stop. */
    public boolean external() {
        return external;
    }

    /** A stats reader for the target server (an external server that is not target-server has no /stats). */
    public StatsClient stats() {
        return new StatsClient(statsUri);
    }

    /** Stops what this endpoint started, the last started first; an external target server is left alone. */
    @Override
    public void close() {
        for (ServiceProcess process : started) {
            process.close();
        }
    }

    private static URI validate(String text) {
        try {
            return LoopbackHttpUri.parse(text);
        } catch (IllegalArgumentException e) {
            String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
            throw new IllegalArgumentException("-D" + URL_PROPERTY + "='" + shown.replaceAll("[\\r\\n]", " ")
                    + "' is not usable: " + e.getMessage());
        }
    }
}
