package org.clientcost.server;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** Picks the native epoll transport when it is available (or asked for) and NIO otherwise, and says which. */
record TransportChoice(IoHandlerFactory ioHandlerFactory, Class<? extends ServerChannel> serverChannelClass,
                       String description) {

    static TransportChoice choose(ServerConfig.Transport wanted) {
        switch (wanted) {
            case NIO:
                return nio("nio (asked for)");
            case EPOLL:
                if (!Epoll.isAvailable()) {
                    throw new IllegalStateException("--transport epoll asked for, but epoll is unavailable: "
                            + Epoll.unavailabilityCause());
                }
                return epoll();
            default:
                return Epoll.isAvailable() ? epoll()
                        : nio("nio (epoll unavailable: " + Epoll.unavailabilityCause() + ")");
        }
    }

    private static TransportChoice epoll() {
        return new TransportChoice(EpollIoHandler.newFactory(), EpollServerSocketChannel.class, "epoll (native)");
    }

    private static TransportChoice nio(String description) {
        return new TransportChoice(NioIoHandler.newFactory(), NioServerSocketChannel.class, description);
    }
}
