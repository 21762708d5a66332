package org.clientcost.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.clientcost.server.EndpointAnswers.Request;

/**
 * One connection: hands the decoder's messages to its {@link RequestIntake}, has each complete request
 * answered by the {@link EndpointAnswers} through its {@link ResponseWriter}, and keeps the answers in
 * request order. Answers are written without flushing; {@link #channelReadComplete} flushes once per read
 * batch, so a batch of pipelined requests costs one system call to answer.
 *
 * <p>An answer the route holds back ({@code /delay}) is scheduled on the connection's event loop (nothing
 * blocks). Until it is written, reading pauses and requests already read wait in a queue.
 */
final class TargetServerHandler extends ChannelInboundHandlerAdapter {

    /** User event fired at every connection when the server starts shutting down. */
    static final Object DRAIN = new Object();

    /** Requests a client may pipeline behind a pending /delay before the server gives up on it. */
    private static final int MAX_QUEUED_MESSAGES = 1024;

    private final ServerConfig config;
    private final EndpointAnswers answers;
    private final HttpDateClock clock;
    private final ConnectionTimeoutHandler timeouts;
    private ResponseWriter writer;
    private RequestIntake intake;

    // An answer held back, and the messages read meanwhile.
    private boolean holding;
    private ScheduledFuture<?> held;
    private ArrayDeque<Object> queued;

    TargetServerHandler(ServerConfig config, EndpointAnswers answers, HttpDateClock clock,
                        ConnectionTimeoutHandler timeouts) {
        this.config = config;
        this.answers = answers;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        writer = new ResponseWriter(ctx, clock, timeouts);
        intake = new RequestIntake(ctx, config, timeouts, writer);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (holding) {
            enqueue(ctx, msg);
        } else {
            handle(ctx, msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt == DRAIN) {
            writer.drain();
            if (!intake.inProgress() && !holding && timeouts.idle()) {
                ctx.close();
            }
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        releaseAll();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releaseAll();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            System.err.println("target-server: closing a connection after an unexpected error: " + cause);
        }
        ctx.close();
    }

    private void handle(ChannelHandlerContext ctx, Object msg) {
        try {
            if (writer.closing()) {
                return;
            }
            Request request = intake.read(msg);
            if (request == null) {
                return;
            }
            if (request.route().holdMillis() > 0) {
                hold(ctx, request);
            } else {
                answers.answer(writer, request);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void hold(ChannelHandlerContext ctx, Request request) {
        holding = true;
        ctx.channel().config().setAutoRead(false);
        held = ctx.executor().schedule(() -> {
            held = null;
            answers.answer(writer, request);
            holding = false;
            while (!holding && queued != null && !queued.isEmpty()) {
                handle(ctx, queued.poll());
            }
            if (!holding && !writer.closing()) {
                ctx.channel().config().setAutoRead(true);
            }
            ctx.flush();
        }, request.route().holdMillis(), TimeUnit.MILLISECONDS);
    }

    private void enqueue(ChannelHandlerContext ctx, Object msg) {
        if (queued == null) {
            queued = new ArrayDeque<>();
        }
        if (queued.size() >= MAX_QUEUED_MESSAGES) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        queued.add(msg);
    }

    private void releaseAll() {
        if (held != null) {
            held.cancel(false);
            held = null;
        }
        if (queued != null) {
            Object msg;
            while ((msg = queued.poll()) != null) {
                ReferenceCountUtil.release(msg);
            }
        }
        intake.release();
    }
}
