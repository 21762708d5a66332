package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Answers the decoded requests of one connection, in order. Responses are written without flushing;
 * {@link #channelReadComplete} flushes once per read batch, so a batch of pipelined requests costs one
 * system call to answer.
 *
 * <p>A {@code /delay} answer is scheduled on the connection's event loop (nothing blocks). Until it is
 * written, later pipelined requests wait in a queue and reading pauses, so answers keep request order.
 */
final class TargetServerHandler extends ChannelInboundHandlerAdapter {

    /** User event fired at every connection when the server starts shutting down. */
    static final Object DRAIN = new Object();

    /** Requests a client may pipeline behind a pending /delay before the server gives up on it. */
    private static final int MAX_QUEUED_MESSAGES = 1024;

    private final ServerConfig config;
    private final ServerCounters counters;
    private final HttpDateClock clock;
    private final ConnectionTimeoutHandler timeouts;

    // The request being received.
    private Route route;
    private boolean keepAlive;
    private boolean http10;
    private long bodyBytes;
    private CompositeByteBuf echoBody;

    // The connection.
    private boolean closing;
    private boolean draining;
    private boolean waiting;
    private ArrayDeque<Object> queued;
    private ScheduledFuture<?> delayed;

    TargetServerHandler(ServerConfig config, ServerCounters counters, HttpDateClock clock,
                        ConnectionTimeoutHandler timeouts) {
        this.config = config;
        this.counters = counters;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (waiting) {
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
            draining = true;
            if (route == null && !waiting && timeouts.idle()) {
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
            if (closing) {
                return;
            }
            if (msg instanceof HttpRequest) {
                HttpRequest request = (HttpRequest) msg;
                if (request.decoderResult().isFailure()) {
                    rejectUnparsable(ctx, request.decoderResult().cause());
                    return;
                }
                begin(ctx, request);
            }
            if (msg instanceof HttpContent && !closing) {
                HttpContent content = (HttpContent) msg;
                if (content.decoderResult().isFailure()) {
                    rejectUnparsable(ctx, content.decoderResult().cause());
                    return;
                }
                if (route != null) {
                    receive(ctx, content.content());
                    if (msg instanceof LastHttpContent && !closing) {
                        finish(ctx);
                    }
                }
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void begin(ChannelHandlerContext ctx, HttpRequest request) {
        timeouts.headComplete();
        route = Route.match(request.method(), request.uri());
        http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
        keepAlive = HttpUtil.isKeepAlive(request);
        bodyBytes = 0;
        long declared = HttpUtil.getContentLength(request, -1L);
        if (declared > config.maxBodySize()) {
            tooLarge(ctx);
            return;
        }
        String expect = request.headers().get(HttpHeaderNames.EXPECT);
        if (expect != null && !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect)) {
            keepAlive = false;
            answerText(ctx, Endpoint.OTHER, 417, "only 'Expect: 100-continue' is supported", null);
            return;
        }
        if (expect != null) {
            ctx.writeAndFlush(ResponseHead.interim(ctx.alloc(), 100), ctx.voidPromise());
        }
        if (route.action() == Route.Action.ECHO) {
            echoBody = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
        }
    }

    private void receive(ChannelHandlerContext ctx, ByteBuf content) {
        int size = content.readableBytes();
        if (size == 0) {
            return;
        }
        bodyBytes += size;
        if (bodyBytes > config.maxBodySize()) {
            tooLarge(ctx);
        } else if (echoBody != null) {
            echoBody.addComponent(true, content.retain());
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        timeouts.requestComplete();
        Route done = route;
        route = null;
        switch (done.action()) {
            case HELLO:
                counters.requestAnswered(Endpoint.HELLO);
                if (keepAlive && !http10 && !draining) {
                    ctx.write(PreEncodedHello.keepAliveResponse(clock.current()), ctx.voidPromise());
                    timeouts.responded();
                } else {
                    ByteBuf response = head(ctx, 200, PreEncodedHello.BODY.length, ResponseHead.TEXT_PLAIN, null,
                            PreEncodedHello.BODY.length);
                    finishResponse(ctx, response.writeBytes(PreEncodedHello.BODY));
                }
                break;
            case BYTES:
                counters.requestAnswered(Endpoint.BYTES);
                answerBytes(ctx, done.argument());
                break;
            case DELAY:
                answerLater(ctx, done.argument());
                break;
            case STATUS:
                counters.requestAnswered(Endpoint.STATUS);
                answerStatus(ctx, done.argument());
                break;
            case ECHO:
                counters.requestAnswered(Endpoint.ECHO);
                ByteBuf body = echoBody;
                echoBody = null;
                ctx.write(head(ctx, 200, body.readableBytes(), ResponseHead.OCTET_STREAM, null, 0), ctx.voidPromise());
                finishResponse(ctx, body);
                break;
            case STATS:
                counters.requestAnswered(Endpoint.STATS);
                answerJson(ctx, counters.snapshot().toJson());
                break;
            case STATS_RESET:
                counters.reset();
                answerJson(ctx, counters.snapshot().toJson());
                break;
            default:
                answerText(ctx, done.endpoint(), done.status(), done.reason(), done.allow());
                break;
        }
    }

    private void answerBytes(ChannelHandlerContext ctx, int n) {
        ByteBuf head = head(ctx, 200, n, ResponseHead.OCTET_STREAM, null, 0);
        if (n == 0) {
            finishResponse(ctx, head);
            return;
        }
        ctx.write(head, ctx.voidPromise());
        int remaining = n;
        while (remaining > BytesBody.BLOCK) {
            ctx.write(BytesBody.slice(BytesBody.BLOCK), ctx.voidPromise());
            remaining -= BytesBody.BLOCK;
        }
        finishResponse(ctx, BytesBody.slice(remaining));
    }

    private void answerLater(ChannelHandlerContext ctx, int millis) {
        waiting = true;
        ctx.channel().config().setAutoRead(false);
        delayed = ctx.executor().schedule(() -> {
            delayed = null;
            counters.requestAnswered(Endpoint.DELAY);
            finishResponse(ctx, head(ctx, 200, 0, null, null, 0));
            waiting = false;
            while (!waiting && queued != null && !queued.isEmpty()) {
                handle(ctx, queued.poll());
            }
            if (!waiting && !closing) {
                ctx.channel().config().setAutoRead(true);
            }
            ctx.flush();
        }, millis, TimeUnit.MILLISECONDS);
    }

    private void answerStatus(ChannelHandlerContext ctx, int code) {
        if (code < 200) {
            // A 1xx is an interim answer and cannot end an exchange: send it, then close the connection.
            closing = true;
            ctx.writeAndFlush(ResponseHead.interim(ctx.alloc(), code)).addListener(ChannelFutureListener.CLOSE);
        } else if (code == 204 || code == 304) {
            finishResponse(ctx, head(ctx, code, -1, null, null, 0));
        } else {
            finishResponse(ctx, head(ctx, code, 0, null, null, 0));
        }
    }

    private void answerJson(ChannelHandlerContext ctx, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        finishResponse(ctx, head(ctx, 200, body.length, ResponseHead.JSON, null, body.length).writeBytes(body));
    }

    private void answerText(ChannelHandlerContext ctx, Endpoint endpoint, int code, String reason, String allow) {
        counters.requestAnswered(endpoint);
        byte[] body = (reason + "\n").getBytes(StandardCharsets.US_ASCII);
        finishResponse(ctx, head(ctx, code, body.length, ResponseHead.TEXT_PLAIN, allow, body.length).writeBytes(body));
    }

    private void rejectUnparsable(ChannelHandlerContext ctx, Throwable cause) {
        // After a parse error the decoder discards everything, so this is the connection's last answer.
        keepAlive = false;
        route = null;
        if (!ctx.channel().isActive()) {
            closing = true;
            return;
        }
        if (cause instanceof TooLongHttpLineException) {
            answerText(ctx, Endpoint.OTHER, 414, "request line longer than " + config.maxInitialLineLength()
                    + " bytes", null);
        } else if (cause instanceof TooLongHttpHeaderException) {
            answerText(ctx, Endpoint.OTHER, 431, "request headers larger than " + config.maxHeaderSize()
                    + " bytes", null);
        } else {
            String detail = String.valueOf(cause.getMessage()).replaceAll("[^\\x20-\\x7e]", "?");
            answerText(ctx, Endpoint.OTHER, 400, "malformed request: "
                    + (detail.length() > 120 ? detail.substring(0, 120) + "..." : detail), null);
        }
    }

    private void tooLarge(ChannelHandlerContext ctx) {
        // The rest of the body is not read, so the connection cannot carry another request.
        Endpoint endpoint = route.endpoint();
        route = null;
        keepAlive = false;
        releaseEchoBody();
        answerText(ctx, endpoint, 413, "request body larger than " + config.maxBodySize() + " bytes", null);
    }

    private ByteBuf head(ChannelHandlerContext ctx, int code, long contentLength, String contentType, String allow,
                         int bodyRoom) {
        ResponseHead.Connection connection = closeAfterResponse() ? ResponseHead.Connection.CLOSE
                : http10 ? ResponseHead.Connection.KEEP_ALIVE : ResponseHead.Connection.DEFAULT;
        return ResponseHead.encode(ctx.alloc(), code, contentLength, contentType, clock.current(), connection, allow,
                bodyRoom);
    }

    private boolean closeAfterResponse() {
        return !keepAlive || draining || closing;
    }

    /** Writes the last buffer of a response; closes the connection after it when the exchange asks for that. */
    private void finishResponse(ChannelHandlerContext ctx, ByteBuf last) {
        if (closeAfterResponse()) {
            closing = true;
            ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.write(last, ctx.voidPromise());
            timeouts.responded();
        }
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
        if (delayed != null) {
            delayed.cancel(false);
            delayed = null;
        }
        if (queued != null) {
            Object msg;
            while ((msg = queued.poll()) != null) {
                ReferenceCountUtil.release(msg);
            }
        }
        releaseEchoBody();
    }

    private void releaseEchoBody() {
        if (echoBody != null) {
            echoBody.release();
            echoBody = null;
        }
    }
}
