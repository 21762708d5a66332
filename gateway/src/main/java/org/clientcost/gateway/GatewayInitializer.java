package org.clientcost.gateway;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

/** The pipeline of one client connection: HTTP/1.1 codec, whole requests (small: every endpoint is a GET), the handler. */
final class GatewayInitializer extends ChannelInitializer<SocketChannel> {

    /** Largest request body accepted (413 beyond); the endpoints take none. */
    static final int MAX_REQUEST_BODY = 8192;

    private final Gateway.Shared shared;

    GatewayInitializer(Gateway.Shared shared) {
        this.shared = shared;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        shared.connections().add(channel);
        channel.pipeline()
                .addLast(new HttpServerCodec())
                .addLast(new HttpObjectAggregator(MAX_REQUEST_BODY))
                .addLast(new GatewayHandler(shared));
    }
}
