package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The body bytes of {@code /bytes/{n}}: one 64 KiB block of the letters a..z, allocated once per JVM
 * and never released; responses write slices of it, so no body is ever copied or filled per request.
 */
final class BytesBody {

    static final int BLOCK = 64 * 1024;
    private static final ByteBuf PATTERN;

    static {
        ByteBuf block = Unpooled.directBuffer(BLOCK, BLOCK);
        for (int i = 0; i < BLOCK; i++) {
            block.writeByte('a' + i % 26);
        }
        PATTERN = Unpooled.unreleasableBuffer(block);
    }

    private BytesBody() {
    }

    /** The first {@code length} (at most {@link #BLOCK}) bytes of the block; releasing it is a no-op. */
    static ByteBuf slice(int length) {
        return PATTERN.slice(0, length);
    }
}
