package org.clientcost.server;

import java.time.Duration;

/**
 * Everything the target server can be told, with its defaults in one place ({@link #defaults()}).
 * Immutable; the {@code with...} methods return a changed copy and reject out-of-range values
 * with a one-line {@link IllegalArgumentException}.
 *
 * <p>Fixed limits that are part of the endpoint contract (not options) are the constants
 * {@link #MAX_BYTES} and {@link #MAX_DELAY_MS}.
 */
public final class ServerConfig {

    /** Largest n accepted by {@code GET /bytes/{n}}: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Largest ms accepted by {@code GET /delay/{ms}}: 60 s. */
    public static final int MAX_DELAY_MS = 60_000;
    /** Transport choices for {@link #transport()}. */
    public enum Transport { AUTO, EPOLL, NIO }

    private final String host;
    private final int port;
    private final int ioThreads;
    private final Transport transport;
    private final int maxConnections;
    private final Duration idleTimeout;
    private final Duration headerTimeout;
    private final Duration drainTimeout;
    private final int maxInitialLineLength;
    private final int maxHeaderSize;
    private final int maxBodySize;

    private ServerConfig(String host, int port, int ioThreads, Transport transport, int maxConnections,
                         Duration idleTimeout, Duration headerTimeout, Duration drainTimeout,
                         int maxInitialLineLength, int maxHeaderSize, int maxBodySize) {
        this.host = host;
        this.port = port;
        this.ioThreads = ioThreads;
        this.transport = transport;
        this.maxConnections = maxConnections;
        this.idleTimeout = idleTimeout;
        this.headerTimeout = headerTimeout;
        this.drainTimeout = drainTimeout;
        this.maxInitialLineLength = maxInitialLineLength;
        this.maxHeaderSize = maxHeaderSize;
        this.maxBodySize = maxBodySize;
    }

    /**
     * The defaults. One event-loop thread: on the 2-core reference machine the load generator needs
     * the other core, and one epoll thread serves more /hello requests per second than two
     * (see target-server/README.md for the measurement).
     */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1, Transport.AUTO, 10_000,
                Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(10),
                4096, 8192, 1024 * 1024);
    }

    public String host() { return host; }
    public int port() { return port; }
    public int ioThreads() { return ioThreads; }
    public Transport transport() { return transport; }
    public int maxConnections() { return maxConnections; }
    public Duration idleTimeout() { return idleTimeout; }
    public Duration headerTimeout() { return headerTimeout; }
    public Duration drainTimeout() { return drainTimeout; }
    public int maxInitialLineLength() { return maxInitialLineLength; }
    public int maxHeaderSize() { return maxHeaderSize; }
    public int maxBodySize() { return maxBodySize; }

    public ServerConfig withHost(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("host must be a non-empty address or name, got '" + value + "'");
        }
        return new ServerConfig(value, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, range("port", value, 0, 65535), ioThreads, transport, maxConnections,
                idleTimeout, headerTimeout, drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withIoThreads(int value) {
        return new ServerConfig(host, port, range("io-threads", value, 1, 256), transport, maxConnections,
                idleTimeout, headerTimeout, drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withTransport(Transport value) {
        if (value == null) {
            throw new IllegalArgumentException("transport must be one of auto, epoll, nio");
        }
        return new ServerConfig(host, port, ioThreads, value, maxConnections, idleTimeout, headerTimeout,
                drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withMaxConnections(int value) {
        return new ServerConfig(host, port, ioThreads, transport, range("max-connections", value, 1, 1_000_000),
                idleTimeout, headerTimeout, drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withIdleTimeout(Duration value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections,
                duration("idle-timeout-ms", value), headerTimeout, drainTimeout, maxInitialLineLength,
                maxHeaderSize, maxBodySize);
    }

    public ServerConfig withHeaderTimeout(Duration value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout,
                duration("header-timeout-ms", value), drainTimeout, maxInitialLineLength, maxHeaderSize,
                maxBodySize);
    }

    public ServerConfig withDrainTimeout(Duration value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                duration("drain-timeout-ms", value), maxInitialLineLength, maxHeaderSize, maxBodySize);
    }

    public ServerConfig withMaxInitialLineLength(int value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                drainTimeout, range("max-initial-line", value, 64, 1024 * 1024), maxHeaderSize, maxBodySize);
    }

    public ServerConfig withMaxHeaderSize(int value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                drainTimeout, maxInitialLineLength, range("max-header-size", value, 256, 1024 * 1024), maxBodySize);
    }

    public ServerConfig withMaxBodySize(int value) {
        return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                drainTimeout, maxInitialLineLength, maxHeaderSize, range("max-body", value, 0, 64 * 1024 * 1024));
    }

    private static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private static Duration duration(String name, Duration value) {
        if (value == null || value.toMillis() < 1 || value.toMillis() > 86_400_000L) {
            throw new IllegalArgumentException(name + " must be in 1..86400000 ms, got "
                    + (value == null ? "nothing" : value.toMillis()));
        }
        return value;
    }

    @Override
    public String toString() {
        return "host=" + host + " port=" + port + " io-threads=" + ioThreads + " transport="
                + transport.name().toLowerCase(java.util.Locale.ROOT) + " max-connections=" + maxConnections
                + " idle-timeout-ms=" + idleTimeout.toMillis() + " header-timeout-ms=" + headerTimeout.toMillis()
                + " drain-timeout-ms=" + drainTimeout.toMillis() + " max-initial-line=" + maxInitialLineLength
                + " max-header-size=" + maxHeaderSize + " max-body=" + maxBodySize;
    }
}
