package org.clientcost.server.launch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The server a benchmark or simulation talks to. If the system property {@value #URL_PROPERTY} is set,
 * that already-running server is used (it must be a plain {@code http://host:port} on a loopback
 * address, since all load in this suite stays on this machine) and {@link #close()} leaves it alone.
 * Otherwise a fresh {@link TargetServerProcess} is started and {@link #close()} stops it.
 */
public final class TargetEndpoint implements AutoCloseable {

    /** System property naming an external server, e.g. {@code -Dtarget.url=http://127.0.0.1:8080}. */
    public static final String URL_PROPERTY = "target.url";

    private final URI uri;
    private final TargetServerProcess process;

    private TargetEndpoint(URI uri, TargetServerProcess process) {
        this.uri = uri;
        this.process = process;
    }

    /** Uses {@code -Dtarget.url} if set, else starts a server process with the default JVM options. */
    public static TargetEndpoint resolve() {
        return resolve(System.getProperty(URL_PROPERTY));
    }

    /**
     * Same as {@link #resolve()} with the property's value passed in (null or blank = start a server).
     *
     * @throws IllegalArgumentException (one line) when the URL is not an http URL of a loopback host and port
     */
    public static TargetEndpoint resolve(String targetUrl) {
        if (targetUrl == null || targetUrl.isBlank()) {
            TargetServerProcess process = TargetServerProcess.start(TargetServerProcess.DEFAULT_JVM_ARGS, List.of());
            return new TargetEndpoint(process.uri(), process);
        }
        return new TargetEndpoint(validate(targetUrl.trim()), null);
    }

    public URI uri() {
        return uri;
    }

    /** True when the server came from {@value #URL_PROPERTY} and is not ours to stop. */
    public boolean external() {
        return process == null;
    }

    /** A stats reader for this server (an external server that is not target-server has no /stats). */
    public StatsClient stats() {
        return new StatsClient(uri);
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private static URI validate(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw bad(text, "not a URL (" + e.getReason() + ")");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw bad(text, "the scheme must be http");
        }
        if (uri.getHost() == null || uri.getPort() < 1) {
            throw bad(text, "it needs a host and a port, like http://127.0.0.1:8080");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw bad(text, "give only scheme, host and port");
        }
        String host = uri.getHost();
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            if (!InetAddress.getByName(literal).isLoopbackAddress()) {
                throw bad(text, "the host must be a loopback address (all load in this suite stays on this machine)");
            }
        } catch (UnknownHostException e) {
            throw bad(text, "unknown host " + literal);
        }
        return URI.create("http://" + host + ":" + uri.getPort());
    }

    private static IllegalArgumentException bad(String value, String why) {
        String shown = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return new IllegalArgumentException("-D" + URL_PROPERTY + "='" + shown.replaceAll("[\\r\\n]", " ")
                + "' is not usable: " + why);
    }
}
