package org.clientcost.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The target server, embeddable: {@link #start} binds and returns once it is accepting, {@link #uri()}
 * says where, {@link #close()} shuts down gracefully (stop accepting, let in-flight responses finish
 * within the drain timeout, close every connection, stop the event loops).
 *
 * <pre>{@code
 * try (TargetServer server = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0))) {
 *     URI hello = server.uri().resolve("/hello");
 * }
 * }</pre>
 */
public final class TargetServer implements AutoCloseable {

    private final ServerConfig config;
    private final EventLoopGroup group;
    private final Channel serverChannel;
    /** The HTTPS port's channel, or null without {@code --tls-port}. */
    private final Channel tlsChannel;
    private final TlsSetup tls;
    private final ChannelGroup connections;
    private final ServerCounters counters;
    private final HttpDateClock clock;
    private final String transport;
    private final URI uri;
    private final URI tlsUri;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;

    private TargetServer(ServerConfig config, EventLoopGroup group, Channel serverChannel, Channel tlsChannel,
                         TlsSetup tls, ChannelGroup connections, ServerCounters counters, HttpDateClock clock,
                         String transport) {
        this.config = config;
        this.group = group;
        this.serverChannel = serverChannel;
        this.tlsChannel = tlsChannel;
        this.tls = tls;
        this.connections = connections;
        this.counters = counters;
        this.clock = clock;
        this.transport = transport;
        this.uri = uriOf("http", (InetSocketAddress) serverChannel.localAddress());
        this.tlsUri = tlsChannel == null ? null : uriOf("https", (InetSocketAddress) tlsChannel.localAddress());
    }

    /**
     * Binds {@code config.host():config.port()} (and {@code config.tlsPort()} for HTTPS when set) and starts serving.
     *
     * @throws IllegalStateException    with a one-line message if an address cannot be bound or TLS cannot be set up
     * @throws IllegalArgumentException with a one-line message if a certificate given with --cert is expired or
     *                                  does not name the bound host
     */
    public static TargetServer start(ServerConfig config) {
        TlsSetup tls = config.tls() ? TlsSetup.create(config) : null;
        TransportChoice choice = TransportChoice.choose(config.transport());
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(config.ioThreads(),
                new DefaultThreadFactory("target-server", false), choice.ioHandlerFactory());
        try {
            ChannelGroup connections = new DefaultChannelGroup("connections", GlobalEventExecutor.INSTANCE);
            ServerCounters counters = new ServerCounters();
            HttpDateClock clock = new HttpDateClock();
            clock.start(group.next());
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .channel(choice.serverChannelClass())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new TargetServerInitializer(config, counters, clock, connections, null));
            Channel serverChannel = bind(bootstrap, config.host(), config.port());
            Channel tlsChannel = null;
            if (tls != null) {
                try {
                    tlsChannel = bind(bootstrap.clone().childHandler(
                            new TargetServerInitializer(config, counters, clock, connections, tls.context())),
                            config.host(), config.tlsPort());
                } catch (IllegalStateException e) {
                    serverChannel.close().syncUninterruptibly();
                    throw e;
                }
            }
            return new TargetServer(config, group, serverChannel, tlsChannel, tls, connections, counters, clock,
                    choice.description());
        } catch (RuntimeException | Error e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static Channel bind(ServerBootstrap bootstrap, String host, int port) {
        try {
            return bootstrap.bind(InetAddress.getByName(host), port).sync().channel();
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.toString()), e);
        }
    }

    /** {@code https://host:port} of the HTTPS port, or null when the server has none. */
    public URI tlsUri() {
        return tlsUri;
    }

    /** The {@code tls:} description (provider, protocols, certificate origin), or null without HTTPS. */
    public String tlsDescription() {
        return tls == null ? null : tls.description();
    }

    /** The PEM certificate the HTTPS port presents (what clients are to trust), or null without HTTPS. */
    public java.nio.file.Path certificateFile() {
        return tls == null ? null : tls.certificate().certFile();
    }

    /** {@code http://host:port} of the bound socket (IPv6 literals in brackets). */
    public URI uri() {
        return uri;
    }

    /** The transport in use, e.g. {@code epoll (native)}. */
    public String transport() {
        return transport;
    }

    /** Blocks until {@link #close()} has finished (from any thread). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Graceful shutdown: stops accepting, asks every connection to close after its current response
     * (idle ones close at once), waits up to the drain timeout, then closes whatever is left and stops
     * the event loops. Idempotent; a second caller waits for the first to finish.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                awaitQuietly();
                return;
            }
            closing = true;
        }
        try {
            serverChannel.close().syncUninterruptibly();
            if (tlsChannel != null) {
                tlsChannel.close().syncUninterruptibly();
            }
            for (Channel connection : connections) {
                connection.pipeline().fireUserEventTriggered(TargetServerHandler.DRAIN);
            }
            boolean drained = connections.newCloseFuture()
                    .awaitUninterruptibly(config.drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!drained) {
                connections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
            }
            clock.stop();
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        } finally {
            closed.countDown();
        }
    }

    /** Connections refused because the cap was reached, since start or the last stats reset. */
    long connectionsRefused() {
        return counters.connectionsRefused();
    }

    private void awaitQuietly() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URI uriOf(String scheme, InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope);
        }
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return URI.create(scheme + "://" + host + ":" + address.getPort());
    }
}
