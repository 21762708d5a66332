package org.clientcost.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.ReferenceCountedOpenSslEngine;
import io.netty.internal.tcnative.SSL;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Sits right after the {@link SslHandler} of an HTTPS connection. It counts how the handshake ended: full, resumed
 * or failed. With OpenSSL the engine says so itself ({@code SSL_session_reused}); the JDK's SSLEngine does not,
 * but a resumed session was created before this connection started (its creation time is older than the
 * connection). OpenSSL's creation time has whole seconds only, which is why it is not used there. Whatever the TLS layer rejects (plain HTTP
 * sent to the TLS port, a client that does not trust the certificate) closes the connection without a stack trace:
 * it is a failed handshake, not a server error.
 */
final class TlsHandshakeCounter extends ChannelInboundHandlerAdapter {

    private final ServerCounters counters;
    private long connectedAtMillis;
    private boolean counted;

    TlsHandshakeCounter(ServerCounters counters) {
        this.counters = counters;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        connectedAtMillis = System.currentTimeMillis();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent done && !counted) {
            counted = true;
            if (!done.isSuccess()) {
                counters.tlsHandshakeFailed();
                ctx.close();
                return;
            }
            SSLEngine engine = ctx.pipeline().get(SslHandler.class).engine();
            if (resumed(engine)) {
                counters.tlsHandshakeResumed();
            } else {
                counters.tlsHandshakeFull();
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    private boolean resumed(SSLEngine engine) {
        if (engine instanceof ReferenceCountedOpenSslEngine openSsl) {
            return SSL.isSessionReused(openSsl.sslPointer());
        }
        return engine.getSession().getCreationTime() < connectedAtMillis;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (cause instanceof SSLException || cause instanceof DecoderException && cause.getCause() instanceof SSLException) {
            ctx.close(); // already counted (or about to be) through the failed SslHandshakeCompletionEvent
            return;
        }
        super.exceptionCaught(ctx, cause);
    }
}
