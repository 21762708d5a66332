package org.clientcost.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Back-pressure for per-request clients whose threads outlive {@code close()} (AsyncHttpClient's event loops wait
 * out a ~2 s quiet period; on JDK 17 the JDK client's threads live until the client is garbage collected).
 * Unbounded, such a mode would pile up thousands of threads and take the machine down instead of producing a number.
 *
 * <p>Before a per-request client is built, the benchmark thread waits while the JVM has {@link #CEILING} or more
 * live threads. The wait is part of the measured time (a mode that cannot keep up scores lower, as it would in
 * production) and is reported as {@code ceilingWait%} by the {@link CostProfiler}. If the count does not fall
 * within {@link #GIVE_UP_SECONDS}, the benchmark fails.
 *
 * <p>A wait asks for {@code System.gc()}, at most once every {@link #GC_EVERY_MILLIS} ms in the whole JVM (so a
 * client whose threads end by themselves, like AHC's, pays for at most one collection per interval). The only
 * thing that ends an unclosed JDK 17 client's threads is the collector: its selector thread notices within about
 * 3 s that the client became unreachable and stops its executor. In a service, allocation elsewhere keeps the
 * collector running; a benchmark thread that is waiting allocates nothing, so without this nudge the threads would
 * never go and the run would crawl. The collection's time is measured time, charged to the mode that needs it.
 */
final class ThreadCeiling {

    /** System property that overrides the ceiling, e.g. {@code -jvmArgsAppend -Dclientcost.threadCeiling=2048}. */
    static final String PROPERTY = "clientcost.threadCeiling";
    static final int DEFAULT_CEILING = 1024;
    static final int GIVE_UP_SECONDS = 60;
    static final long GC_EVERY_MILLIS = 5000;
    static final int CEILING = ceiling();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder WAITED_NANOS = new LongAdder();
    private static final AtomicLong NEXT_GC = new AtomicLong(System.nanoTime());

    private ThreadCeiling() {
    }

    private static int ceiling() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return DEFAULT_CEILING;
        }
        try {
            int ceiling = Integer.parseInt(value.trim());
            if (ceiling >= 64) {
                return ceiling;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number >= 64, got '" + value + "'");
    }

    /** Returns once the JVM has fewer than {@link #CEILING} live threads. */
    static void awaitRoom() throws InterruptedException {
        if (THREADS.getThreadCount() < CEILING) {
            return;
        }
        long start = System.nanoTime();
        long giveUp = start + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        try {
            while (THREADS.getThreadCount() >= CEILING) {
                long now = System.nanoTime();
                long gcAllowed = NEXT_GC.get();
                if (now - gcAllowed >= 0 && NEXT_GC.compareAndSet(gcAllowed, now + TimeUnit.MILLISECONDS.toNanos(GC_EVERY_MILLIS))) {
                    System.gc();
                }
                if (now - giveUp > 0) {
                    throw new IllegalStateException("still " + THREADS.getThreadCount() + " live threads after waiting "
                            + GIVE_UP_SECONDS + " s for the thread ceiling of " + CEILING);
                }
                Thread.sleep(2);
            }
        } finally {
            WAITED_NANOS.add(System.nanoTime() - start);
        }
    }

    /** Total time benchmark threads of this JVM have spent waiting for room. */
    static long waitedNanos() {
        return WAITED_NANOS.sum();
    }
}
