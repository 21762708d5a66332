package org.clientcost.gateway;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
 *
 * <p>Before the thread limit refuses anything, {@link #roomForClient} makes a request that is about to build a client
 * wait: from {@code maxThreads - maxThreads / 8} live threads on, it completes only once the count is below that
 * again, or fails with {@link OverCapacityException} (a 503) after the wait limit (the upstream timeout). This is the
 * gateway's counterpart of the JMH suite's thread ceiling: on JDK 17 the JDK client has no {@code close()}, so the
 * threads of a client built per request end only when the collector finds the client unreachable. In a busy service
 * allocation keeps the collector running; once every request waits, nothing allocates, so a wait asks for
 * {@code System.gc()} at most once every {@link #GC_EVERY} (the collection's time is the waiting requests' latency).
 * The waits are counted ({@link #ceilingWaits()}, {@link #ceilingWaitedMillis()}) and reported once a second.
 */
final class Capacity implements ClientBuildHook {

    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final Duration GC_EVERY = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 2;

    private final int maxInFlight;
    private final int maxThreads;
    private final PrintStream report;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger inFlightPeak = new AtomicInteger();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong(System.nanoTime());
    private final int waitAtThreads;
    private final long maxWaitNanos;
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService ceiling = Executors.newSingleThreadScheduledExecutor(
            new DefaultThreadFactory("gateway-thread-ceiling", true));
    private final LongAdder ceilingWaits = new LongAdder();
    private final LongAdder ceilingWaitedNanos = new LongAdder();
    private final AtomicLong nextWaitReport = new AtomicLong(System.nanoTime());
    private long nextGc = System.nanoTime();
    private boolean polling;

    /** A request waiting for room to build its client, and when it gives up. */
    private record Waiter(CompletableFuture<Void> room, long sinceNanos, long giveUpNanos) {
    }

    Capacity(int maxInFlight, int maxThreads, Duration maxWait, PrintStream report) {
        this.maxInFlight = maxInFlight;
        this.maxThreads = maxThreads;
        this.waitAtThreads = maxThreads - maxThreads / 8;
        this.maxWaitNanos = maxWait.toNanos();
        this.report = report;
    }

    /**
     * Completes at once while the JVM has fewer than {@code maxThreads - maxThreads / 8} live threads; otherwise once
     * it has (on the gateway's ceiling thread), or exceptionally with {@link OverCapacityException} after the wait
     * limit. Never blocks the caller.
     */
    CompletableFuture<Void> roomForClient() {
        if (threads.getThreadCount() < waitAtThreads) {
            return CompletableFuture.completedFuture(null);
        }
        long now = System.nanoTime();
        Waiter waiter = new Waiter(new CompletableFuture<>(), now, now + maxWaitNanos);
        waiters.add(waiter);
        ceilingWaits.increment();
        long due = nextWaitReport.get();
        if (now - due >= 0 && nextWaitReport.compareAndSet(due, now + REPORT_EVERY_NANOS)) {
            report.println("gateway: " + threads.getThreadCount() + " live threads (waiting from " + waitAtThreads
                    + ", --max-threads " + maxThreads + "); requests wait for the collector before building a client ("
                    + ceilingWaits.sum() + " waits so far)");
        }
        synchronized (this) {
            if (!polling) {
                polling = true;
                try {
                    ceiling.execute(this::poll);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    polling = false;
                    waiters.remove(waiter);
                    waiter.room().completeExceptionally(new OverCapacityException("over capacity: the gateway is stopping"));
                }
            }
        }
        return waiter.room();
    }

    /** On the ceiling thread: releases the waiters when there is room, gives up on expired ones, nudges the collector. */
    private void poll() {
        long now = System.nanoTime();
        int live = threads.getThreadCount();
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            if (live < waitAtThreads) {
                it.remove();
                ceilingWaitedNanos.add(now - waiter.sinceNanos());
                waiter.room().complete(null);
            } else if (now - waiter.giveUpNanos() >= 0) {
                it.remove();
                ceilingWaitedNanos.add(now - waiter.sinceNanos());
                waiter.room().completeExceptionally(new OverCapacityException(refused(live + " live threads, still "
                        + "after waiting " + TimeUnit.NANOSECONDS.toMillis(maxWaitNanos) + " ms for the collector, not "
                        + "building another client (--max-threads " + maxThreads + ")")));
            }
        }
        if (!waiters.isEmpty() && live >= waitAtThreads && now - nextGc >= 0) {
            nextGc = now + GC_EVERY.toNanos();
            System.gc();
        }
        synchronized (this) {
            if (waiters.isEmpty()) {
                polling = false;
                return;
            }
        }
        ceiling.schedule(this::poll, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Fails every waiting request with a 503 and stops the ceiling thread. */
    void close() {
        ceiling.shutdownNow();
        for (Waiter waiter; (waiter = waiters.poll()) != null; ) {
            waiter.room().completeExceptionally(new OverCapacityException("over capacity: the gateway is stopping"));
        }
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

    /** Requests that had to wait for room before building a client. */
    long ceilingWaits() {
        return ceilingWaits.sum();
    }

    /** Their total wait, in milliseconds (waits still going on not included). */
    long ceilingWaitedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(ceilingWaitedNanos.sum());
    }
}
