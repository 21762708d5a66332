package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Writes the answers of one connection, as ready-made bytes ({@link ResponseHead}), and keeps the state that
 * decides whether the connection stays open after each: the request's keep-alive and version, an exchange
 * that was refused part-way (its rest is never read), and the server draining. An answer that ends the
 * connection says {@code connection: close} and closes it once written.
 *
 * <p>An answer to {@code HEAD} has the head the same request with GET would get, Content-Length included, and
 * never a body, error answers included: the body is dropped here, so no endpoint has to think about HEAD.
 *
 * <p>Nothing is flushed here except answers that close the connection; the handler flushes once per read batch.
 */
final class ResponseWriter {

    private final ChannelHandlerContext ctx;
    private final HttpDateClock clock;
    private final ConnectionTimeoutHandler timeouts;

    // The exchange being answered.
    private boolean keepAlive;
    private boolean http10;
    private boolean headRequest;

    // The connection.
    private boolean draining;
    private boolean closing;

    ResponseWriter(ChannelHandlerContext ctx, HttpDateClock clock, ConnectionTimeoutHandler timeouts) {
        this.ctx = ctx;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    /** A new request head has arrived: its answer follows its keep-alive wish, its HTTP version and its method. */
    void startExchange(HttpRequest request) {
        keepAlive = HttpUtil.isKeepAlive(request);
        http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
        headRequest = HttpMethod.HEAD.equals(request.method());
    }

    /** The connection cannot carry another request (its current one is not read to the end): close after the answer. */
    void closeAfterAnswer() {
        keepAlive = false;
    }

    /** The server is shutting down: every answer from now on closes its connection. */
    void drain() {
        draining = true;
    }

    /** The connection is already gone: answer nothing more on it. */
    void abandon() {
        closing = true;
    }

    /** The connection's allocator, for answers that build their own body buffers. */
    ByteBufAllocator alloc() {
        return ctx.alloc();
    }

    /** True once an answer that closes the connection has been written (later requests are not answered). */
    boolean closing() {
        return closing;
    }

    /**
     * True when the answer is a GET's on a plain HTTP/1.1 keep-alive connection, so a pre-encoded answer (head
     * and body, no {@code connection} header) fits; see {@link PreEncodedHello}.
     */
    boolean plainKeepAlive() {
        return !closesAfterAnswer() && !http10 && !headRequest;
    }

    /** Writes a complete pre-encoded answer, head and body; only when {@link #plainKeepAlive()}. */
    void sendPreEncoded(ByteBuf response) {
        ctx.write(response, ctx.voidPromise());
        timeouts.responded();
    }

    /** A small answer: head and body in one buffer. {@code allow} is the Allow header (405), or null. */
    void send(int status, String contentType, byte[] body, String allow) {
        boolean withBody = !headRequest;
        ByteBuf out = head(status, body.length, contentType, allow, withBody ? body.length : 0);
        end(withBody ? out.writeBytes(body) : out);
    }

    /** An answer whose body is a buffer of its own; takes ownership of {@code body}. */
    void send(int status, String contentType, ByteBuf body) {
        ByteBuf head = head(status, body.readableBytes(), contentType, null, 0);
        if (body.isReadable() && !headRequest) {
            ctx.write(head, ctx.voidPromise());
            end(body);
        } else {
            body.release();
            end(head);
        }
    }

    /** An answer without a body: {@code content-length: 0}, or no Content-Length at all for 204 and 304. */
    void sendEmpty(int status) {
        end(head(status, status == 204 || status == 304 ? -1 : 0, null, null, 0));
    }

    /** A bare 1xx head that does not end the exchange (the {@code 100 Continue} before a body). */
    void sendInterim(int status) {
        ctx.writeAndFlush(ResponseHead.interim(ctx.alloc(), status), ctx.voidPromise());
    }

    /** A 1xx head as the last thing on the connection: a 1xx cannot end an exchange, so the connection closes. */
    void sendInterimAndClose(int status) {
        closing = true;
        ctx.writeAndFlush(ResponseHead.interim(ctx.alloc(), status)).addListener(ChannelFutureListener.CLOSE);
    }

    private ByteBuf head(int status, long contentLength, String contentType, String allow, int bodyRoom) {
        ResponseHead.Connection connection = closesAfterAnswer() ? ResponseHead.Connection.CLOSE
                : http10 ? ResponseHead.Connection.KEEP_ALIVE : ResponseHead.Connection.DEFAULT;
        return ResponseHead.encode(ctx.alloc(), status, contentLength, contentType, clock.current(), connection,
                allow, bodyRoom);
    }

    private boolean closesAfterAnswer() {
        return !keepAlive || draining || closing;
    }

    /** Writes the last buffer of an answer; closes the connection after it when the exchange asks for that. */
    private void end(ByteBuf last) {
        if (closesAfterAnswer()) {
            closing = true;
            ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.write(last, ctx.voidPromise());
            timeouts.responded();
        }
    }
}
