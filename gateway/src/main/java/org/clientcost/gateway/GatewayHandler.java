package org.clientcost.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;

/**
 * One client connection of the gateway. Requests are answered one at a time, in order (reading pauses while one is
 * being handled; pipelined requests already read wait in a short queue, and a client that pipelines more than
 * {@link #MAX_QUEUED} is disconnected). Runs on the connection's event loop; upstream answers come back to it.
 *
 * <ul>
 *   <li>{@code GET /proxy/...}: a slot from {@link Capacity} (else 503), then the {@link UpstreamCaller};</li>
 *   <li>{@code GET /stats}: the {@link GatewayStats} JSON;</li>
 *   <li>anything else: 404, or 405 for another method, with a one-line reason.</li>
 * </ul>
 * While the gateway drains (SIGTERM), answers carry {@code Connection: close}, and an idle connection is closed.
 */
final class GatewayHandler extends ChannelInboundHandlerAdapter {

    static final int MAX_QUEUED = 16;

    /** What the handler keeps of a request: the body is never needed (every endpoint is a GET). */
    private record Incoming(HttpMethod method, String path, HttpVersion version, boolean keepAlive, boolean malformed) {
        static Incoming of(FullHttpRequest request) {
            return new Incoming(request.method(), new QueryStringDecoder(request.uri()).path(), request.protocolVersion(),
                    HttpUtil.isKeepAlive(request), !request.decoderResult().isSuccess());
        }
    }

    private final Gateway.Shared shared;
    private final Queue<Incoming> waiting = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private boolean busy;

    GatewayHandler(Gateway.Shared shared) {
        this.shared = shared;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        Incoming incoming;
        try {
            incoming = Incoming.of(request);
        } finally {
            request.release();
        }
        if (waiting.size() >= MAX_QUEUED) {
            context.close();
            return;
        }
        waiting.add(incoming);
        if (!busy) {
            handleNext();
        }
    }

    private void handleNext() {
        Incoming incoming = waiting.poll();
        if (incoming == null) {
            busy = false;
            ctx.channel().config().setAutoRead(true);
            if (shared.draining()) {
                ctx.close();
            }
            return;
        }
        busy = true;
        ctx.channel().config().setAutoRead(false);
        handle(incoming);
    }

    private void handle(Incoming incoming) {
        if (incoming.malformed()) {
            send(incoming, GatewayAnswer.local(HttpResponseStatus.BAD_REQUEST, "malformed request"), true, true);
            return;
        }
        if (incoming.path().equals("/stats")) {
            send(incoming, incoming.method().equals(HttpMethod.GET)
                    ? GatewayAnswer.json(shared.stats().toJson()) : notAllowed(incoming), false, false);
            return;
        }
        ProxyRoute.Lookup route = ProxyRoute.of(incoming.path());
        if (route instanceof ProxyRoute.NotProxied) {
            send(incoming, GatewayAnswer.local(HttpResponseStatus.NOT_FOUND, "no such path: " + incoming.path()), true, false);
        } else if (!incoming.method().equals(HttpMethod.GET)) {
            send(incoming, notAllowed(incoming), true, false);
        } else if (route instanceof ProxyRoute.BadParameter bad) {
            send(incoming, GatewayAnswer.local(HttpResponseStatus.BAD_REQUEST, bad.reason()), true, false);
        } else if (!shared.capacity().tryEnter()) {
            send(incoming, GatewayAnswer.overCapacity("over capacity: " + shared.config().maxInFlight()
                    + " requests in flight (--max-in-flight " + shared.config().maxInFlight() + ")"), true, false);
        } else {
            URI upstream = shared.upstreamUri(((ProxyRoute.Upstream) route).path());
            shared.caller().call(upstream).whenComplete((answer, failure) -> {
                GatewayAnswer outcome = answer != null ? answer : GatewayAnswer.failure(upstream, failure);
                try {
                    ctx.executor().execute(() -> {
                        shared.capacity().exit();
                        send(incoming, outcome, true, false);
                    });
                } catch (RejectedExecutionException e) {
                    shared.capacity().exit(); // the event loop is gone: the connection with it
                }
            });
        }
    }

    private static GatewayAnswer notAllowed(Incoming incoming) {
        return GatewayAnswer.local(HttpResponseStatus.METHOD_NOT_ALLOWED, "method " + incoming.method() + " not allowed; use GET");
    }

    /** Writes the answer, counts it (unless it is /stats), and goes on with the next request or closes. */
    private void send(Incoming incoming, GatewayAnswer answer, boolean counted, boolean forceClose) {
        if (counted) {
            shared.stats().record(answer);
        }
        if (!ctx.channel().isActive()) {
            return;
        }
        FullHttpResponse response = new DefaultFullHttpResponse(incoming.version(), HttpResponseStatus.valueOf(answer.status()),
                Unpooled.wrappedBuffer(answer.body()));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, answer.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        boolean keepAlive = incoming.keepAlive() && !forceClose && !shared.draining();
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (incoming.version().equals(HttpVersion.HTTP_1_0)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        if (keepAlive) {
            ctx.writeAndFlush(response);
            handleNext();
        } else {
            waiting.clear();
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** A broken connection (reset by the client, say) is closed; nothing else is affected. */
    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        context.close();
    }

    /** Called on the event loop when draining starts: a connection with nothing in progress closes now. */
    void closeIfIdle() {
        if (!busy && waiting.isEmpty()) {
            ctx.close();
        }
    }
}
