package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Closes connections that hold the server without doing anything:
 * <ul>
 *   <li>idle: no bytes of a new request for {@code idle-timeout} (also a client that connects and sends nothing,
 *       or stops sending in the middle of a body);</li>
 *   <li>slow head: a request head not complete {@code header-timeout} after its first byte, however steadily
 *       its bytes drip in; answered with 408 before closing.</li>
 * </ul>
 * A connection is never timed out while the server owes it a response, or while a response is still being
 * taken by the client; a client that stops reading a response for {@code idle-timeout} is closed too.
 *
 * <p>The hot path reads no clock: it only records phase changes (a field write and a counter increment).
 * One timer per connection wakes up every quarter of the shorter timeout, notices whether the
 * connection has moved on since its last visit, and closes it once it has stayed in the same phase
 * for longer than that phase allows. So a timeout fires between 1 and 1.25 times its configured value.
 */
final class ConnectionTimeoutHandler extends ChannelInboundHandlerAdapter {

    private enum Phase {
        /** Waiting for the first byte of the next request. */
        IDLE,
        /** Some bytes of a request head have arrived, the head is not complete. */
        HEAD,
        /** The head is complete, its body is still arriving. */
        BODY,
        /** The request is complete; the server owes the response. */
        RESPONDING
    }

    private final long idleNanos;
    private final long headNanos;
    private final long checkIntervalNanos;
    private final HttpDateClock clock;
    private Phase phase = Phase.IDLE;
    /** Counts phase changes and body reads; the timer compares it with what it saw last time. */
    private long progress;
    private long progressSeen = -1;
    private long pendingSeen;
    private long unchangedSinceNanos;
    private ChannelHandlerContext ctx;
    private Future<?> timer;

    ConnectionTimeoutHandler(ServerConfig config, HttpDateClock clock) {
        this.idleNanos = config.idleTimeout().toNanos();
        this.headNanos = config.headerTimeout().toNanos();
        this.checkIntervalNanos = Math.max(Math.min(idleNanos, headNanos) / 4, TimeUnit.MILLISECONDS.toNanos(1));
        this.clock = clock;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        check();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (timer != null) {
            timer.cancel(false);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf) {
            if (phase == Phase.IDLE) {
                phase = Phase.HEAD;
                progress++;
            } else if (phase == Phase.BODY) {
                progress++;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** The request head has been parsed; its body (if any) follows. */
    void headComplete() {
        phase = Phase.BODY;
        progress++;
    }

    /** The whole request has arrived; the server now owes the response. */
    void requestComplete() {
        phase = Phase.RESPONDING;
        progress++;
    }

    /** The response has been written; the next request may start. */
    void responded() {
        phase = Phase.IDLE;
        progress++;
    }

    /** True while no request is partly received or being answered. */
    boolean idle() {
        return phase == Phase.IDLE;
    }

    private void check() {
        if (!ctx.channel().isOpen()) {
            return;
        }
        long now = System.nanoTime();
        long pending = pendingWriteBytes();
        boolean serverOwesAnswer = phase == Phase.RESPONDING && pending == 0;
        if (progress != progressSeen || pending != pendingSeen || serverOwesAnswer) {
            progressSeen = progress;
            pendingSeen = pending;
            unchangedSinceNanos = now;
        } else if (now - unchangedSinceNanos >= (phase == Phase.HEAD ? headNanos : idleNanos)) {
            expire();
            return;
        }
        timer = ctx.executor().schedule(this::check, checkIntervalNanos, TimeUnit.NANOSECONDS);
    }

    /** Bytes written but not yet taken by the socket: a client that stops reading leaves this stuck. */
    private long pendingWriteBytes() {
        ChannelOutboundBuffer pending = ctx.channel().unsafe().outboundBuffer();
        return pending == null ? 0 : pending.totalPendingWriteBytes();
    }

    private void expire() {
        if (phase == Phase.HEAD) {
            byte[] body = ("request head not complete within " + headNanos / 1_000_000 + " ms\n")
                    .getBytes(StandardCharsets.US_ASCII);
            var response = ResponseHead.encode(ctx.alloc(), 408, body.length, ResponseHead.TEXT_PLAIN,
                    clock.current(), ResponseHead.Connection.CLOSE, null, body.length).writeBytes(body);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }
}
