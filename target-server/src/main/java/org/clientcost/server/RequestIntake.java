package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import org.clientcost.server.EndpointAnswers.Request;

/**
 * Request intake for one connection: turns the decoder's messages into complete requests. It routes each
 * request, enforces the body limit, answers {@code Expect}, keeps the body when the route wants it (/echo),
 * and turns input it cannot accept (unparsable, too large, an unsupported expectation) into an error
 * request that closes the connection after its answer. The only thing it writes is a {@code 100 Continue}.
 */
final class RequestIntake {

    private final ChannelHandlerContext ctx;
    private final ServerConfig config;
    private final ConnectionTimeoutHandler timeouts;
    private final ResponseWriter writer;

    // The request being received; route is null between requests.
    private Route route;
    private long seq = -1;
    private long bodyBytes;
    private CompositeByteBuf body;

    RequestIntake(ChannelHandlerContext ctx, ServerConfig config, ConnectionTimeoutHandler timeouts,
                  ResponseWriter writer) {
        this.ctx = ctx;
        this.config = config;
        this.timeouts = timeouts;
        this.writer = writer;
    }

    /**
     * Takes one message from the decoder (the caller still releases it) and returns the request it completes,
     * or null while a request is still arriving.
     */
    Request read(Object msg) {
        if (msg instanceof HttpRequest) {
            HttpRequest request = (HttpRequest) msg;
            writer.startExchange(request);
            if (request.decoderResult().isFailure()) {
                return unparsable(request.decoderResult().cause());
            }
            Request refused = begin(request);
            if (refused != null) {
                return refused;
            }
        }
        if (msg instanceof HttpContent && route != null) {
            HttpContent content = (HttpContent) msg;
            if (content.decoderResult().isFailure()) {
                return unparsable(content.decoderResult().cause());
            }
            Request refused = receive(content.content());
            if (refused != null) {
                return refused;
            }
            if (msg instanceof LastHttpContent) {
                return complete();
            }
        }
        return null;
    }

    /** True while a request is partly received. */
    boolean inProgress() {
        return route != null;
    }

    /** Frees a body still being collected (the connection is closing). */
    void release() {
        if (body != null) {
            body.release();
            body = null;
        }
    }

    private Request begin(HttpRequest request) {
        timeouts.headComplete();
        route = Route.match(request.method(), request.uri());
        seq = RepeatedRequests.seqOf(request.uri());
        bodyBytes = 0;
        if (HttpUtil.getContentLength(request, -1L) > config.maxBodySize()) {
            return tooLarge();
        }
        String expect = request.headers().get(HttpHeaderNames.EXPECT);
        if (expect != null && !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect)) {
            return refuse(route.endpoint(), 417, "only 'Expect: 100-continue' is supported");
        }
        if (expect != null) {
            writer.sendInterim(100);
        }
        if (route.keepsBody()) {
            body = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
        }
        return null;
    }

    private Request receive(ByteBuf content) {
        int size = content.readableBytes();
        if (size == 0) {
            return null;
        }
        bodyBytes += size;
        if (bodyBytes > config.maxBodySize()) {
            return tooLarge();
        }
        if (body != null) {
            body.addComponent(true, content.retain());
        }
        return null;
    }

    private Request complete() {
        timeouts.requestComplete();
        Request done = new Request(route, body, seq);
        route = null;
        body = null;
        return done;
    }

    private Request tooLarge() {
        return refuse(route.endpoint(), 413, "request body larger than " + config.maxBodySize() + " bytes");
    }

    private Request unparsable(Throwable cause) {
        // After a parse error the decoder discards everything, so this is the connection's last answer.
        if (!ctx.channel().isActive()) {
            route = null;
            release();
            writer.abandon();
            return null;
        }
        if (cause instanceof TooLongHttpLineException) {
            return refuse(Endpoint.OTHER, 414, "request line longer than " + config.maxInitialLineLength() + " bytes");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return refuse(Endpoint.OTHER, 431, "request headers larger than " + config.maxHeaderSize() + " bytes");
        }
        String detail = String.valueOf(cause.getMessage()).replaceAll("[^\\x20-\\x7e]", "?");
        return refuse(Endpoint.OTHER, 400, "malformed request: "
                + (detail.length() > 120 ? detail.substring(0, 120) + "..." : detail));
    }

    /**
     * Gives up on the request being received: its rest is not read, so the connection cannot carry another
     * request. The error is answered (and counted under {@code endpoint}) and the connection closes after it.
     */
    private Request refuse(Endpoint endpoint, int status, String reason) {
        route = null;
        release();
        writer.closeAfterAnswer();
        return new Request(Route.error(endpoint, status, reason), null, -1);
    }
}
