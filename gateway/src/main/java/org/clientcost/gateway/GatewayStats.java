package org.clientcost.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.clientcost.clients.ClientPolicy;

/**
 * The gateway's counters, served as {@code GET /stats}:
 *
 * <pre>
 * {"client":"okhttp","mode":"singleton","style":"sync",
 *  "answered":{"200":N,"502":N,...},"upstreamErrors":N,"upstreamTimeouts":N,"overCapacity":N,"clientsBuilt":N,
 *  "threadCeiling":{"waits":N,"waitedMs":N},"inFlight":{"now":N,"peak":N},"threads":{"now":N,"peak":N},"fileDescriptors":{"now":N,"peak":N}}
 * </pre>
 *
 * {@code answered} counts every request answered, by status, except {@code /stats} itself. Thread figures are the
 * JVM's ({@code peak} since it started); open file descriptors are sampled by {@link #sample()} (the gateway calls
 * it every {@link #SAMPLE_EVERY_MILLIS} ms and on every read) and are -1 where the platform does not report them.
 */
final class GatewayStats {

    static final long SAMPLE_EVERY_MILLIS = 100;

    private final GatewayConfig config;
    private final ClientPolicy policy;
    private final Capacity capacity;
    private final Map<Integer, LongAdder> answered = new ConcurrentHashMap<>();
    private final LongAdder upstreamErrors = new LongAdder();
    private final LongAdder upstreamTimeouts = new LongAdder();
    private final LongAdder overCapacity = new LongAdder();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private final AtomicLong fdPeak = new AtomicLong(-1);

    GatewayStats(GatewayConfig config, ClientPolicy policy, Capacity capacity) {
        this.config = config;
        this.policy = policy;
        this.capacity = capacity;
    }

    /** Counts one answer that was sent. */
    void record(GatewayAnswer answer) {
        answered.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
        switch (answer.outcome()) {
            case UPSTREAM_ERROR -> upstreamErrors.increment();
            case UPSTREAM_TIMEOUT -> upstreamTimeouts.increment();
            case OVER_CAPACITY -> overCapacity.increment();
            case RELAYED, LOCAL -> { }
        }
    }

    /** Reads the open file descriptors now and keeps the peak; returns the current count. */
    long sample() {
        long open = os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
        fdPeak.accumulateAndGet(open, Math::max);
        return open;
    }

    String toJson() {
        long fdsNow = sample();
        String byStatus = new TreeMap<>(answered).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue().sum())
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"client\":\"" + config.client().key() + "\",\"mode\":\"" + config.mode().key()
                + "\",\"style\":\"" + config.style().key() + "\""
                + ",\"answered\":" + byStatus
                + ",\"upstreamErrors\":" + upstreamErrors.sum()
                + ",\"upstreamTimeouts\":" + upstreamTimeouts.sum()
                + ",\"overCapacity\":" + overCapacity.sum()
                + ",\"clientsBuilt\":" + policy.clientsBuilt()
                + ",\"threadCeiling\":{\"waits\":" + capacity.ceilingWaits() + ",\"waitedMs\":" + capacity.ceilingWaitedMillis() + "}"
                + ",\"inFlight\":" + gauge(capacity.inFlight(), capacity.inFlightPeak())
                + ",\"threads\":" + gauge(threads.getThreadCount(), threads.getPeakThreadCount())
                + ",\"fileDescriptors\":" + gauge(fdsNow, fdPeak.get())
                + "}";
    }

    private static String gauge(long now, long peak) {
        return "{\"now\":" + now + ",\"peak\":" + peak + "}";
    }
}
