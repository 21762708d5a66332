package org.clientcost.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.clientcost.clients.ClientPolicy;

/**
 * The gateway, embeddable: {@link #start} opens the client policy (in singleton and freshConnection mode that builds
 * the shared client), binds and returns once it accepts connections; {@link #close()} shuts down gracefully.
 *
 * <p>One NIO event-loop thread accepts and serves every connection (on the 2-core reference machine the load
 * generator and the upstream need the rest). The sync style adds {@code workers} threads; the async style a
 * {@value #CLOSER_THREADS}-thread closer for per-request clients.
 *
 * <p>Graceful shutdown, the same as SIGTERM: stop accepting; answer what is in flight (each call is bounded by the
 * upstream timeout), with {@code Connection: close}; close idle connections at once; then stop the worker pool, close
 * the shared client and stop the event loop.
 */
public final class Gateway implements AutoCloseable {

    static final int CLOSER_THREADS = 2;
    /** Beyond the upstream timeout, how long shutdown waits for in-flight requests (their answers being written). */
    static final Duration DRAIN_MARGIN = Duration.ofSeconds(5);

    /**
     * What every connection's handler shares; {@code upstreamSeq} numbers the upstream calls ({@link #upstreamUri}).
     */
    record Shared(GatewayConfig config, GatewayStats stats, Capacity capacity, UpstreamCaller caller, ChannelGroup connections,
                  BooleanSupplier drainingNow, AtomicLong upstreamSeq) {
        /** True once shutdown has begun. */
        boolean draining() {
            return drainingNow.getAsBoolean();
        }

        /**
         * The upstream URI of one proxied request: {@code path} with {@code ?seq=N}, N counting from 0 in this
         * gateway. The target server counts a number it has answered before as a repeated request, so a client that
         * re-sends a call (a retry on a new connection) shows in its {@code /stats}.
         */
        URI upstreamUri(String path) {
            return config.upstream().resolve(path + "?seq=" + upstreamSeq.getAndIncrement());
        }
    }

    private final GatewayConfig config;
    private final ClientPolicy policy;
    private final ExecutorService workers;
    private final ExecutorService closers;
    private final EventLoopGroup group;
    private final Capacity capacity;
    private final GatewayStats stats;
    private final ChannelGroup connections = new DefaultChannelGroup("gateway-connections", GlobalEventExecutor.INSTANCE);
    private final CountDownLatch closed = new CountDownLatch(1);
    private Channel serverChannel;
    private ScheduledFuture<?> sampler;
    private URI uri;
    private volatile boolean draining;
    private boolean closing;

    private Gateway(GatewayConfig config, PrintStream report) throws InterruptedException {
        this.config = config;
        this.capacity = new Capacity(config.maxInFlight(), config.maxThreads(), config.upstreamTimeout(), report);
        this.policy = ClientPolicy.open(config.client(), config.mode(), config.clientSettings(), capacity);
        this.stats = new GatewayStats(config, policy, capacity);
        this.workers = pool("gateway-worker", config.style() == HandlerStyle.SYNC ? config.workers() : 1,
                new LinkedBlockingQueue<>(config.maxInFlight()));
        this.closers = pool("gateway-closer", CLOSER_THREADS, new LinkedBlockingQueue<>());
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("gateway-event-loop", false), NioIoHandler.newFactory());
    }

    private static ExecutorService pool(String name, int threads, BlockingQueue<Runnable> queue) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, new DefaultThreadFactory(name, true));
    }

    /**
     * Opens the client policy and binds {@code config.host():config.port()}; {@code report} gets the one-line notices
     * (capacity hit, a client failing to close).
     *
     * @throws IllegalStateException with a one-line message if the address cannot be bound
     */
    public static Gateway start(GatewayConfig config, PrintStream report) throws InterruptedException {
        Gateway gateway = new Gateway(config, report);
        try {
            gateway.bind(report);
            return gateway;
        } catch (RuntimeException | InterruptedException e) {
            gateway.close();
            throw e;
        }
    }

    private void bind(PrintStream report) throws InterruptedException {
        UpstreamCaller caller = new UpstreamCaller(policy, config.style(), capacity, workers, closers, report);
        Shared shared = new Shared(config, stats, capacity, caller, connections, () -> draining, new AtomicLong());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new GatewayInitializer(shared));
        try {
            serverChannel = bootstrap.bind(InetAddress.getByName(config.host()), config.port()).sync().channel();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + GatewayAnswer.oneLine(String.valueOf(e.getMessage())), e);
        }
        InetSocketAddress local = (InetSocketAddress) serverChannel.localAddress();
        String host = local.getAddress().getHostAddress();
        uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.getPort());
        sampler = group.next().scheduleAtFixedRate(stats::sample, 0, GatewayStats.SAMPLE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** {@code http://HOST:PORT} the gateway accepts connections on. */
    public URI uri() {
        return uri;
    }

    /** Waits until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Graceful shutdown (see the class comment); returns when everything has stopped. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        draining = true;
        try {
            if (serverChannel != null) {
                serverChannel.close().syncUninterruptibly();
            }
            for (Channel connection : connections) {
                connection.eventLoop().execute(() -> {
                    GatewayHandler handler = connection.pipeline().get(GatewayHandler.class);
                    if (handler != null) {
                        handler.closeIfIdle();
                    }
                });
            }
            awaitNothingInFlight(config.upstreamTimeout().plus(DRAIN_MARGIN));
            connections.close().awaitUninterruptibly();
            if (sampler != null) {
                sampler.cancel(false);
            }
            capacity.close();
            stop(workers);
            stop(closers);
            policy.close();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        } finally {
            closed.countDown();
        }
    }

    private void awaitNothingInFlight(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (capacity.inFlight() > 0 && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
