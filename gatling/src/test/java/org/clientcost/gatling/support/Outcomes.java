package org.clientcost.gatling.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The simulation's own tally of OK and KO requests, kept next to Gatling's so the server cross-check can compare
 * the server's counters with it while the run is still going (Gatling's assertions check Gatling's tally against the
 * expected count; this tally must match both). It also times the run from the first answer to the last, to the
 * millisecond, because Gatling's "mean throughput" divides by whole seconds.
 */
public final class Outcomes {

    private final LongAdder ok = new LongAdder();
    private final LongAdder ko = new LongAdder();
    private final AtomicLong firstAnswerNanos = new AtomicLong();
    private final AtomicLong lastAnswerNanos = new AtomicLong();

    /** Records the outcome of the request just answered; the session's failed flag is that request's result. */
    void record(boolean failed) {
        long now = System.nanoTime();
        firstAnswerNanos.compareAndSet(0, now);
        lastAnswerNanos.accumulateAndGet(now, Math::max);
        (failed ? ko : ok).increment();
    }

    public long ok() {
        return ok.sum();
    }

    public long ko() {
        return ko.sum();
    }

    /** One line: OK, KO, time from first to last answer, and answers per second over that time. */
    String summary() {
        long answers = ok() + ko();
        double seconds = (lastAnswerNanos.get() - firstAnswerNanos.get()) / 1e9;
        return String.format(Locale.ROOT, "[result] %,d OK, %,d KO; first to last answer %.2f s = %,.0f requests/s",
                ok(), ko(), seconds, seconds > 0 ? (answers - 1) / seconds : 0.0);
    }
}
