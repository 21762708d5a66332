package org.clientcost.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Everything the target server can be told, with its defaults in one place ({@link #defaults()}).
 * Every value is checked when a config is made; an out-of-range value is a one-line
 * {@link IllegalArgumentException} naming the option. {@link #with} is the one way to change values:
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().with(c -> c.port = 0);
 * }</pre>
 *
 * <p>Fixed limits that are part of the endpoint contract (not options) are the constants
 * {@link #MAX_BYTES} and {@link #MAX_DELAY_MS}.
 */
public record ServerConfig(String host, int port, int ioThreads, Transport transport, int maxConnections,
                           Duration idleTimeout, Duration headerTimeout, Duration drainTimeout,
                           int maxInitialLineLength, int maxHeaderSize, int maxBodySize,
                           int tlsPort, Path certFile, Path keyFile, TlsProvider tlsProvider) {

    /** Largest n accepted by {@code GET /bytes/{n}}: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Largest ms accepted by {@code GET /delay/{ms}}: 60 s. */
    public static final int MAX_DELAY_MS = 60_000;

    /** Transport choices for {@link #transport()}. */
    public enum Transport { AUTO, EPOLL, NIO }

    /** {@link #tlsPort()} when no HTTPS port is opened (the default). */
    public static final int TLS_OFF = -1;

    /** TLS implementations for {@link #tlsProvider()}: auto = OpenSSL (netty-tcnative) when it loads, else the JDK's. */
    public enum TlsProvider { AUTO, OPENSSL, JDK }

    /** Checks every value; the names in the messages are the command-line option names without {@code --}. */
    public ServerConfig {
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("host must be a non-empty address or name, got '" + host + "'");
        }
        range("port", port, 0, 65535);
        range("io-threads", ioThreads, 1, 256);
        if (transport == null) {
            throw new IllegalArgumentException("transport must be one of auto, epoll, nio");
        }
        range("max-connections", maxConnections, 1, 1_000_000);
        duration("idle-timeout-ms", idleTimeout);
        duration("header-timeout-ms", headerTimeout);
        duration("drain-timeout-ms", drainTimeout);
        range("max-initial-line", maxInitialLineLength, 64, 1024 * 1024);
        range("max-header-size", maxHeaderSize, 256, 1024 * 1024);
        range("max-body", maxBodySize, 0, 64 * 1024 * 1024);
        range("tls-port", tlsPort, TLS_OFF, 65535);
        if (tlsProvider == null) {
            throw new IllegalArgumentException("tls-provider must be one of auto, openssl, jdk");
        }
    }

    /** True when an HTTPS port is to be opened. */
    public boolean tls() {
        return tlsPort != TLS_OFF;
    }

    /**
     * The defaults. One event-loop thread: on the 2-core reference machine the load generator needs
     * the other core, and one epoll thread serves more /hello requests per second than two
     * (see target-server/README.md for the measurement).
     */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1, Transport.AUTO, 10_000,
                Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(10),
                4096, 8192, 1024 * 1024,
                TLS_OFF, null, null, TlsProvider.AUTO);
    }

    /**
     * A copy with the values {@code changes} sets on a {@link Values} that starts as this config;
     * this config is left as it is, also when a changed value is rejected.
     */
    public ServerConfig with(Consumer<Values> changes) {
        Values values = new Values(this);
        changes.accept(values);
        return values.toConfig();
    }

    /** The values of a config being changed in {@link #with}; each field is the component of the same name. */
    public static final class Values {
        public String host;
        public int port;
        public int ioThreads;
        public Transport transport;
        public int maxConnections;
        public Duration idleTimeout;
        public Duration headerTimeout;
        public Duration drainTimeout;
        public int maxInitialLineLength;
        public int maxHeaderSize;
        public int maxBodySize;
        public int tlsPort;
        public Path certFile;
        public Path keyFile;
        public TlsProvider tlsProvider;

        private Values(ServerConfig from) {
            host = from.host;
            port = from.port;
            ioThreads = from.ioThreads;
            transport = from.transport;
            maxConnections = from.maxConnections;
            idleTimeout = from.idleTimeout;
            headerTimeout = from.headerTimeout;
            drainTimeout = from.drainTimeout;
            maxInitialLineLength = from.maxInitialLineLength;
            maxHeaderSize = from.maxHeaderSize;
            maxBodySize = from.maxBodySize;
            tlsPort = from.tlsPort;
            certFile = from.certFile;
            keyFile = from.keyFile;
            tlsProvider = from.tlsProvider;
        }

        private ServerConfig toConfig() {
            return new ServerConfig(host, port, ioThreads, transport, maxConnections, idleTimeout, headerTimeout,
                    drainTimeout, maxInitialLineLength, maxHeaderSize, maxBodySize, tlsPort, certFile, keyFile,
                    tlsProvider);
        }
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + value);
        }
    }

    private static void duration(String name, Duration value) {
        if (value == null || value.toMillis() < 1 || value.toMillis() > 86_400_000L) {
            throw new IllegalArgumentException(name + " must be in 1..86400000 ms, got "
                    + (value == null ? "nothing" : value.toMillis()));
        }
    }
}
