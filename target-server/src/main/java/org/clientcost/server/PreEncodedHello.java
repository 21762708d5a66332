package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.charset.StandardCharsets;

/**
 * The complete keep-alive answer to {@code GET /hello} (head and body), encoded once per second per
 * event-loop thread and then written as a retained duplicate: the hot path copies no bytes and
 * formats nothing. Each event loop owns its own copy, so replacing it when the second changes never
 * races with another thread's write.
 */
final class PreEncodedHello {

    /** The body of {@code /hello}; clients validate its 13 bytes. */
    static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.US_ASCII);

    private static final FastThreadLocal<Slot> SLOTS = new FastThreadLocal<>() {
        @Override
        protected Slot initialValue() {
            return new Slot();
        }

        @Override
        protected void onRemoval(Slot slot) {
            slot.release();
        }
    };

    private PreEncodedHello() {
    }

    /** Must be called on an event-loop thread; the caller writes (and so releases) the result. */
    static ByteBuf keepAliveResponse(HttpDateClock.Stamp date) {
        return SLOTS.get().current(date).retainedDuplicate();
    }

    private static final class Slot {
        private long epochSecond = Long.MIN_VALUE;
        private ByteBuf encoded;

        ByteBuf current(HttpDateClock.Stamp date) {
            if (date.epochSecond() != epochSecond) {
                ByteBuf fresh = ResponseHead.encode(UnpooledByteBufAllocator.DEFAULT, 200, BODY.length,
                        ResponseHead.TEXT_PLAIN, date, ResponseHead.Connection.DEFAULT, null, BODY.length);
                fresh.writeBytes(BODY);
                release();
                encoded = fresh;
                epochSecond = date.epochSecond();
            }
            return encoded;
        }

        void release() {
            if (encoded != null) {
                encoded.release();
                encoded = null;
            }
        }
    }
}
