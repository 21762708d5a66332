package org.clientcost.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.ssl.SslContext;

/**
 * Sets up each accepted connection: refuses it when the connection cap is reached, otherwise counts it
 * and builds its pipeline: on the HTTPS port TLS first (Netty's {@code SslHandler}, then {@link TlsHandshakeCounter}),
 * then timeouts, then the request decoder (header validation on), then the handler.
 * Responses are written as ready-made bytes by the handler, so no response encoder sits in the pipeline.
 */
final class TargetServerInitializer extends ChannelInitializer<SocketChannel> {

    private final ServerConfig config;
    private final ServerCounters counters;
    private final HttpDateClock clock;
    private final EndpointAnswers answers;
    private final ChannelGroup connections;
    /** The HTTPS port's TLS context; null on the plain HTTP port. */
    private final SslContext tls;

    TargetServerInitializer(ServerConfig config, ServerCounters counters, HttpDateClock clock,
                            ChannelGroup connections, SslContext tls) {
        this.config = config;
        this.counters = counters;
        this.clock = clock;
        this.answers = new EndpointAnswers(counters, clock);
        this.connections = connections;
        this.tls = tls;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        if (!counters.tryOpenConnection(config.maxConnections())) {
            // Reset rather than close: the refused client learns at once and no TIME_WAIT stays behind here.
            ch.config().setOption(ChannelOption.SO_LINGER, 0);
            ch.close();
            return;
        }
        ch.closeFuture().addListener(f -> counters.connectionClosed());
        connections.add(ch);

        if (tls != null) {
            ch.pipeline()
                    .addLast("tls", tls.newHandler(ch.alloc()))
                    .addLast("tls-handshakes", new TlsHandshakeCounter(counters));
        }
        ConnectionTimeoutHandler timeouts = new ConnectionTimeoutHandler(config, clock);
        HttpDecoderConfig decoderConfig = new HttpDecoderConfig()
                .setMaxInitialLineLength(config.maxInitialLineLength())
                .setMaxHeaderSize(config.maxHeaderSize())
                .setMaxChunkSize(64 * 1024)
                .setValidateHeaders(true);
        ch.pipeline()
                .addLast("timeouts", timeouts)
                .addLast("decoder", new HttpRequestDecoder(decoderConfig))
                .addLast("handler", new TargetServerHandler(config, answers, clock, timeouts));
    }
}
