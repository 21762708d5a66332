package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
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

    /**
     * The first {@code n} bytes of the pattern repeated: one slice of the block up to {@link #BLOCK} bytes,
     * beyond that a composite of slices (no bytes are copied). Releasing it frees at most the composite.
     */
    static ByteBuf of(ByteBufAllocator alloc, int n) {
        if (n <= BLOCK) {
            return PATTERN.slice(0, n);
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        CompositeByteBuf body = alloc.compositeDirectBuffer(blocks);
        for (int remaining = n; remaining > 0; remaining -= BLOCK) {
            body.addComponent(true, PATTERN.slice(0, Math.min(remaining, BLOCK)));
        }
        return body;
    }
}
