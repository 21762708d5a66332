package org.clientcost.server;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which request sequence numbers the server has answered, so that {@code /stats} can say how many requests a
 * client sent twice. A caller that numbers its requests (the gateway adds {@code ?seq=N} to every upstream call)
 * gets the count of numbers that arrived again, however the client re-sent them (a retry on a new connection
 * looks like any other request otherwise).
 *
 * <p>One bit per number, in pages of 2^20 numbers (128 KiB) allocated when first used; numbers from 0 to
 * {@link #MAX_SEQ} are tracked, larger ones are not checked. Setting a bit is one atomic OR, so the hot path stays
 * cheap on every event loop.
 */
final class RepeatedRequests {

    private static final int PAGE_BITS = 20;
    private static final int PAGES = 1024;
    /** The largest number tracked: 2^30 - 1, about a billion requests. */
    static final long MAX_SEQ = ((long) PAGES << PAGE_BITS) - 1;

    private final AtomicReferenceArray<AtomicLongArray> pages = new AtomicReferenceArray<>(PAGES);
    private final LongAdder repeated = new LongAdder();

    /** Records that request {@code seq} was answered; counts it as repeated if it was answered before. */
    void answered(long seq) {
        if (seq < 0 || seq > MAX_SEQ) {
            return;
        }
        int pageIndex = (int) (seq >>> PAGE_BITS);
        AtomicLongArray page = pages.get(pageIndex);
        if (page == null) {
            pages.compareAndSet(pageIndex, null, new AtomicLongArray(1 << (PAGE_BITS - 6)));
            page = pages.get(pageIndex);
        }
        int bit = (int) (seq & ((1 << PAGE_BITS) - 1));
        long mask = 1L << (bit & 63);
        long before = page.getAndAccumulate(bit >>> 6, mask, (old, m) -> old | m);
        if ((before & mask) != 0) {
            repeated.increment();
        }
    }

    /** Numbers answered more than once (each extra time counts once). */
    long repeated() {
        return repeated.sum();
    }

    /** Forgets every number seen (a reset racing with requests may keep some). */
    void reset() {
        for (int i = 0; i < PAGES; i++) {
            pages.set(i, null);
        }
        repeated.reset();
    }

    /**
     * The {@code seq} query parameter of a request target ({@code /hello?seq=42} gives 42), or -1 when there is none
     * or it is not a whole number of at most 18 digits.
     */
    static long seqOf(String uri) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return -1;
        }
        int at = query + 1;
        while (at < uri.length()) {
            int end = uri.indexOf('&', at);
            int fragment = uri.indexOf('#', at);
            if (end < 0 || (fragment >= 0 && fragment < end)) {
                end = fragment >= 0 ? fragment : uri.length();
            }
            if (uri.startsWith("seq=", at)) {
                return digits(uri, at + 4, end);
            }
            if (end >= uri.length() || uri.charAt(end) == '#') {
                return -1;
            }
            at = end + 1;
        }
        return -1;
    }

    private static long digits(String text, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
