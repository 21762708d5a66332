package org.clientcost.gatling.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-level bookkeeping of a stair-step arrival-rate ramp, kept to find the saturation point.
 *
 * <p>Each request is stamped when its user arrives and filed under the level its arrival fell in; its latency
 * (arrival to answer, so it includes any wait inside the load generator) and outcome are recorded there. Answers are
 * also counted by the level in which they arrived back, which gives each level's achieved throughput. A level is
 * overloaded when fewer than 95 % as many answers came back during it as users arrived, or its p99 reached one
 * second. The ramp is saturated from the first level after which every level is overloaded: from there on queues
 * only grow. A single overloaded level followed by one that keeps up (JIT warm-up, a neighbour's burst of CPU) is
 * a hiccup, not saturation. Only the levels reached count: when a run ends early (an operating-system limit ran out),
 * the levels after the last one any user arrived in are "not reached" and take no part in the verdict.
 */
public final class RampLevels {

    /** Answers per arrival below which a level counts as saturated. */
    static final double KEEPING_UP = 0.95;
    /** p99 latency, in milliseconds, at or above which a level counts as saturated. */
    static final long SATURATED_P99_MILLIS = 1_000;

    private final int[] offeredRates;
    private final long levelNanos;
    private final AtomicLong startNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLongArray[] latencies;
    private final AtomicInteger[] recorded;
    private final LongAdder[] arrivals;
    private final LongAdder[] answersBack;
    private final LongAdder[] failures;

    public RampLevels(int[] offeredRates, int levelSeconds) {
        this.offeredRates = offeredRates.clone();
        this.levelNanos = levelSeconds * 1_000_000_000L;
        int levels = offeredRates.length;
        latencies = new AtomicLongArray[levels];
        recorded = new AtomicInteger[levels];
        arrivals = new LongAdder[levels];
        answersBack = new LongAdder[levels];
        failures = new LongAdder[levels];
        for (int i = 0; i < levels; i++) {
            // Room for the offered arrivals plus slack for timing jitter at level borders.
            latencies[i] = new AtomicLongArray((int) Math.min(Integer.MAX_VALUE - 8, (long) offeredRates[i] * levelSeconds * 2 + 1_000));
            recorded[i] = new AtomicInteger();
            arrivals[i] = new LongAdder();
            answersBack[i] = new LongAdder();
            failures[i] = new LongAdder();
        }
    }

    /** Stamps an arriving user; returns the arrival time to keep in its session. */
    public long arrive() {
        long now = System.nanoTime();
        startNanos.compareAndSet(Long.MIN_VALUE, now);
        arrivals[levelAt(now)].increment();
        return now;
    }

    /** Files one answer (OK or KO) under the level its request arrived in, and counts it where it came back. */
    public void answer(long arrivedNanos, boolean failed) {
        long now = System.nanoTime();
        int level = levelAt(arrivedNanos);
        int slot = recorded[level].getAndIncrement();
        if (slot < latencies[level].length()) {
            latencies[level].set(slot, now - arrivedNanos);
        }
        if (failed) {
            failures[level].increment();
        }
        answersBack[levelAt(now)].increment();
    }

    private int levelAt(long nanos) {
        long start = startNanos.get();
        long index = start == Long.MIN_VALUE ? 0 : (nanos - start) / levelNanos;
        return (int) Math.max(0, Math.min(offeredRates.length - 1, index));
    }

    /** Users that arrived and went on to send their request, over all levels. */
    public long sent() {
        long sum = 0;
        for (LongAdder level : arrivals) {
            sum += level.sum();
        }
        return sum;
    }

    /** Index of the last level any user arrived in, or -1 before the first arrival. */
    public int lastReachedLevel() {
        for (int i = offeredRates.length - 1; i >= 0; i--) {
            if (arrivals[i].sum() > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Arrival rate offered at a level (0-based index), per second. */
    public int offeredRate(int level) {
        return offeredRates[level];
    }

    /** Index of the level from which every reached level is overloaded, or -1 if the last reached level kept up. */
    public int firstSaturatedLevel() {
        int first = -1;
        for (int i = lastReachedLevel(); i >= 0 && overloaded(i); i--) {
            first = i;
        }
        return first;
    }

    private boolean overloaded(int level) {
        boolean notKeepingUp = answersBack[level].sum() < KEEPING_UP * arrivals[level].sum();
        return notKeepingUp || millis(percentile(sortedLatencies(level), 99)) >= SATURATED_P99_MILLIS;
    }

    /** KOs of the levels before the first saturated one (all levels if none saturated). */
    public long failuresBeforeSaturation() {
        int end = firstSaturatedLevel() < 0 ? offeredRates.length : firstSaturatedLevel();
        long sum = 0;
        for (int i = 0; i < end; i++) {
            sum += failures[i].sum();
        }
        return sum;
    }

    /** The per-level table and the verdict, one line each. */
    public String table() {
        double seconds = levelNanos / 1e9;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "[ramp] %5s %9s %9s %9s %8s %8s %8s %8s %7s %s%n",
                "level", "offered/s", "arrived/s", "answers/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "KO", ""));
        for (int i = 0; i < offeredRates.length; i++) {
            long[] sorted = sortedLatencies(i);
            out.append(String.format(Locale.ROOT, "[ramp] %5d %9d %9.0f %9.0f %8.2f %8.2f %8.2f %8.2f %7d %s%n",
                    i + 1, offeredRates[i], arrivals[i].sum() / seconds, answersBack[i].sum() / seconds,
                    millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                    millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), failures[i].sum(),
                    i > lastReachedLevel() ? "not reached" : overloaded(i) ? "overloaded" : ""));
        }
        int saturated = firstSaturatedLevel();
        if (saturated < 0) {
            int last = Math.max(0, lastReachedLevel());
            out.append(String.format(Locale.ROOT, "[ramp] saturation: not reached up to %d requests/s "
                    + "(the last level reached answered >= %.0f%% of its arrivals with p99 < %d ms)%n",
                    offeredRates[last], KEEPING_UP * 100, SATURATED_P99_MILLIS));
        } else {
            out.append(String.format(Locale.ROOT, "[ramp] saturation: reached at level %d (%d requests/s offered); "
                    + "highest level that kept up: %s%n", saturated + 1, offeredRates[saturated],
                    saturated == 0 ? "none (lower -Dramp.start)"
                            : String.format(Locale.ROOT, "%d (%.0f answers/s)", saturated,
                                    answersBack[saturated - 1].sum() / seconds)));
        }
        return out.toString();
    }

    private long[] sortedLatencies(int level) {
        int n = Math.min(recorded[level].get(), latencies[level].length());
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = latencies[level].get(i);
        }
        Arrays.sort(values);
        return values;
    }

    private static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
