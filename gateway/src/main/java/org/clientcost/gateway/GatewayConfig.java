package org.clientcost.gateway;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.ClientSettings;
import org.clientcost.clients.SuiteTrust;

/**
 * Everything the gateway can be told. The four choices that define a configuration (upstream, client, mode, style)
 * have no default; every other value's default lives here, in {@link #of}. Values out of range are rejected with a
 * one-line {@link IllegalArgumentException} naming the option.
 *
 * @param upstream        where {@code /proxy/...} goes: {@code http://} or {@code https://} on a loopback address, no path
 * @param client          which client library calls it
 * @param mode            singleton, freshConnection or perRequest
 * @param style           sync (worker pool) or async (event loop)
 * @param host            address to bind
 * @param port            TCP port; 0 picks a free one
 * @param workers         the sync style's worker threads (unused by the async style)
 * @param maxInFlight     proxied requests being handled at once; more are answered 503
 * @param maxThreads      a client is built only while the JVM has fewer live threads than this; otherwise 503
 * @param upstreamTimeout every upstream call's timeout, the same for all clients; past it the answer is 504
 * @param upstreamCert    the PEM certificate an {@code https://} upstream presents, the only one the clients trust
 *                        ({@link SuiteTrust}); required with https, refused with http (null there)
 */
public record GatewayConfig(URI upstream, ClientLibrary client, ClientMode mode, HandlerStyle style, String host, int port,
                            int workers, int maxInFlight, int maxThreads, Duration upstreamTimeout, Path upstreamCert) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 0;
    /** Like a servlet container's default pool. */
    public static final int DEFAULT_WORKERS = 200;
    /** Above the worker count, so a burst queues briefly in the sync style before it is refused. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 512;
    /** Per-request clients that outlive their close (AHC's 2 s quiet period, JDK 17's unclosable client) stop here. */
    public static final int DEFAULT_MAX_THREADS = 2048;
    /** The clients module's whole-request timeout. */
    public static final Duration DEFAULT_UPSTREAM_TIMEOUT = ClientSettings.defaults().requestTimeout();

    public GatewayConfig {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(upstreamTimeout, "upstreamTimeout");
        checkUpstream(upstream);
        if ("https".equals(upstream.getScheme()) && upstreamCert == null) {
            throw new IllegalArgumentException("upstream-cert PEM is needed for an https upstream (the certificate to trust, "
                    + "e.g. the one target-server prints at start)");
        }
        if ("http".equals(upstream.getScheme()) && upstreamCert != null) {
            throw new IllegalArgumentException("upstream-cert is for an https upstream only, got " + upstream);
        }
        if (upstreamCert != null) {
            try {
                SuiteTrust.of(upstreamCert); // unreadable or no certificate: one line now rather than a 502 per request
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("upstream-cert: " + e.getMessage(), e);
            }
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max-in-flight must be at least 1, got " + maxInFlight);
        }
        if (maxThreads < 64) {
            throw new IllegalArgumentException("max-threads must be at least 64, got " + maxThreads);
        }
        if (upstreamTimeout.isNegative() || upstreamTimeout.isZero()) {
            throw new IllegalArgumentException("upstream-timeout-ms must be positive, got " + upstreamTimeout.toMillis());
        }
    }

    /** The configuration with every optional value at its default. */
    public static GatewayConfig of(URI upstream, ClientLibrary client, ClientMode mode, HandlerStyle style) {
        return new GatewayConfig(upstream, client, mode, style, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WORKERS,
                DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_THREADS, DEFAULT_UPSTREAM_TIMEOUT, null);
    }

    public GatewayConfig withHost(String value) {
        return new GatewayConfig(upstream, client, mode, style, value, port, workers, maxInFlight, maxThreads, upstreamTimeout, upstreamCert);
    }

    public GatewayConfig withPort(int value) {
        return new GatewayConfig(upstream, client, mode, style, host, value, workers, maxInFlight, maxThreads, upstreamTimeout, upstreamCert);
    }

    public GatewayConfig withWorkers(int value) {
        return new GatewayConfig(upstream, client, mode, style, host, port, value, maxInFlight, maxThreads, upstreamTimeout, upstreamCert);
    }

    public GatewayConfig withMaxInFlight(int value) {
        return new GatewayConfig(upstream, client, mode, style, host, port, workers, value, maxThreads, upstreamTimeout, upstreamCert);
    }

    public GatewayConfig withMaxThreads(int value) {
        return new GatewayConfig(upstream, client, mode, style, host, port, workers, maxInFlight, value, upstreamTimeout, upstreamCert);
    }

    public GatewayConfig withUpstreamTimeout(Duration value) {
        return new GatewayConfig(upstream, client, mode, style, host, port, workers, maxInFlight, maxThreads, value, upstreamCert);
    }

    /** The same with an https upstream's certificate to trust (null for an http upstream). */
    public GatewayConfig withUpstreamCert(Path value) {
        return new GatewayConfig(upstream, client, mode, style, host, port, workers, maxInFlight, maxThreads, upstreamTimeout, value);
    }

    /**
     * The settings every client gets: the upstream timeout for the whole call, never a longer connect timeout, and for
     * an https upstream trust in its certificate only.
     */
    public ClientSettings clientSettings() {
        ClientSettings defaults = ClientSettings.defaults();
        Duration connect = defaults.connectTimeout().compareTo(upstreamTimeout) < 0 ? defaults.connectTimeout() : upstreamTimeout;
        ClientSettings settings = defaults.withRequestTimeout(upstreamTimeout).withConnectTimeout(connect);
        return upstreamCert == null ? settings : settings.withTrust(SuiteTrust.of(upstreamCert));
    }

    private static void checkUpstream(URI upstream) {
        Objects.requireNonNull(upstream, "upstream");
        if (!("http".equals(upstream.getScheme()) || "https".equals(upstream.getScheme())) || upstream.getHost() == null
                || upstream.getPort() < 0) {
            throw new IllegalArgumentException("upstream must be http://HOST:PORT or https://HOST:PORT, got '" + upstream + "'");
        }
        if (!(upstream.getRawPath() == null || upstream.getRawPath().isEmpty() || upstream.getRawPath().equals("/"))
                || upstream.getRawQuery() != null || upstream.getRawFragment() != null || upstream.getRawUserInfo() != null) {
            throw new IllegalArgumentException("upstream must be " + upstream.getScheme()
                    + "://HOST:PORT with nothing after the port, got '" + upstream + "'");
        }
        String host = upstream.getHost();
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException("upstream must be on a loopback address (127.0.0.1, ::1), got '" + host + "'");
        }
    }
}
