package org.clientcost.gateway;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.clientcost.clients.ClientBuildHook;

/**
 * The gateway's two limits, so that a perRequest mode cannot take the machine down:
 * <ul>
 *   <li>at most {@code maxInFlight} proxied requests at once ({@link #tryEnter()} refuses the next);</li>
 *   <li>as the clients' {@link ClientBuildHook}: a client is built only while the JVM has fewer than
 *       {@code maxThreads} live threads (per-request clients whose threads outlive their close pile up otherwise).</li>
 * </ul>
 * A refusal is answered 503 by the caller. When a limit is hit, one line goes to the report stream, at most once a
 * second, with the number of refusals so far. Never blocks, so the async style can call it from the event loop.
 */
final class Capacity implements ClientBuildHook {

    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int maxInFlight;
    private final int maxThreads;
    private final PrintStream report;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger inFlightPeak = new AtomicInteger();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong(System.nanoTime());

    Capacity(int maxInFlight, int maxThreads, PrintStream report) {
        this.maxInFlight = maxInFlight;
        this.maxThreads = maxThreads;
        this.report = report;
    }

    /** Takes a slot for one proxied request; false (and reported) when {@code maxInFlight} are taken. */
    boolean tryEnter() {
        int now = inFlight.incrementAndGet();
        if (now > maxInFlight) {
            inFlight.decrementAndGet();
            refused(maxInFlight + " requests in flight (--max-in-flight " + maxInFlight + ")");
            return false;
        }
        inFlightPeak.accumulateAndGet(now, Math::max);
        return true;
    }

    /** Gives back the slot of a request that has been answered. */
    void exit() {
        inFlight.decrementAndGet();
    }

    @Override
    public void beforeBuild() {
        int live = threads.getThreadCount();
        if (live >= maxThreads) {
            throw new OverCapacityException(refused(live + " live threads, not building another client (--max-threads "
                    + maxThreads + ")"));
        }
    }

    /** The 503's reason; counts it and reports it if nothing was reported in the last second. */
    private String refused(String what) {
        String reason = "over capacity: " + what;
        long count = refusals.incrementAndGet();
        long now = System.nanoTime();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + REPORT_EVERY_NANOS)) {
            report.println("gateway: " + reason + "; answering 503 (" + count + " refused so far)");
        }
        return reason;
    }

    int inFlight() {
        return inFlight.get();
    }

    int inFlightPeak() {
        return inFlightPeak.get();
    }
}
