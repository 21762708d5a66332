package org.clientcost.gatling.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.clientcost.reports.GatewayResult;

/**
 * The bookkeeping of one gateway configuration's closed-model run, in the Gatling JVM: a warm-up phase of
 * {@code warmup} seconds, then exactly {@code planned} measured requests, or fewer when the measured phase reaches
 * its time bound. Each virtual user asks for a permit before each request ({@link #take()}); after the last answer
 * of both phases is in, one user ends the run ({@link #finishedFirst()}), so nothing is in flight at the end. It
 * keeps the OK/KO counts of both phases, the measured response times (microseconds, for exact percentiles) and a
 * progress line every 10 s.
 */
public final class GatewayLoad {

    /** Permits. */
    public static final int WARMUP = 1;
    public static final int MEASURED = 2;
    public static final int NONE = 0;

    private static final long PROGRESS_SECONDS = 10;

    private final String label;
    private final long planned;
    private final long warmupNanos;
    private final long boundNanos;
    private final AtomicIntegerArray micros;

    private long startedAt;
    private long measuredFrom;
    private long granted;
    private long warmupInFlight;
    private boolean closed;
    private boolean boundedByDuration;
    private boolean ended;
    private long warmupOk;
    private long warmupKo;
    private long ok;
    private long ko;
    private long firstAnswer;
    private long lastAnswer;
    private long progressCount;
    private long progressAt;
    private boolean progressWarming = true;
    private ScheduledExecutorService progress;

    /**
     * @param label         the configuration, for the progress lines
     * @param planned       measured requests to send
     * @param warmupSeconds seconds of warm-up first
     * @param boundSeconds  longest measured phase, 0 for no bound
     */
    public GatewayLoad(String label, long planned, int warmupSeconds, int boundSeconds) {
        if (planned > Integer.MAX_VALUE - 8) {
            throw BadOption.of("gateway.requests", String.valueOf(planned), "at most " + (Integer.MAX_VALUE - 8));
        }
        this.label = label;
        this.planned = planned;
        this.warmupNanos = TimeUnit.SECONDS.toNanos(warmupSeconds);
        this.boundNanos = TimeUnit.SECONDS.toNanos(boundSeconds);
        this.micros = new AtomicIntegerArray((int) planned);
    }

    /** Which request the asking user may send now: {@link #WARMUP}, {@link #MEASURED} or {@link #NONE} (stop). */
    public synchronized int take() {
        long now = System.nanoTime();
        if (startedAt == 0) {
            startedAt = now;
        }
        if (now - startedAt < warmupNanos) {
            warmupInFlight++;
            return WARMUP;
        }
        if (measuredFrom == 0) {
            measuredFrom = now;
        }
        if (!closed && boundNanos > 0 && now - measuredFrom >= boundNanos) {
            closed = true;
            boundedByDuration = granted < planned;
        }
        if (closed) {
            return NONE;
        }
        granted++;
        closed = granted == planned;
        return MEASURED;
    }

    /** Records the answer to a request sent under {@code permit}, {@code nanos} after it was sent. */
    public void record(int permit, boolean failed, long nanos) {
        long now = System.nanoTime();
        synchronized (this) {
            if (permit == WARMUP) {
                warmupInFlight--;
                if (failed) {
                    warmupKo++;
                } else {
                    warmupOk++;
                }
                return;
            }
            long index = ok + ko;
            if (failed) {
                ko++;
            } else {
                ok++;
            }
            micros.set((int) index, (int) Math.min(Integer.MAX_VALUE, Math.max(0, nanos / 1_000)));
            if (firstAnswer == 0) {
                firstAnswer = now;
            }
            lastAnswer = now;
        }
    }

    /** True for exactly one caller, once no more permits are given and every request sent has been answered. */
    public synchronized boolean finishedFirst() {
        if (ended || !closed || warmupInFlight > 0 || ok + ko < granted) {
            return false;
        }
        ended = true;
        return true;
    }

    /** Starts the progress line: every 10 s, the phase, the count so far and the rate of the last 10 s. */
    public void startProgress() {
        progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gateway-progress");
            t.setDaemon(true);
            return t;
        });
        progress.scheduleAtFixedRate(this::printProgress, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
    }

    private synchronized void printProgress() {
        long now = System.nanoTime();
        boolean warming = measuredFrom == 0;
        long count = warming ? warmupOk + warmupKo : ok + ko;
        double seconds = progressAt == 0 ? PROGRESS_SECONDS : (now - progressAt) / 1e9;
        long previous = warming == progressWarming ? progressCount : 0;
        progressWarming = warming;
        System.out.printf(Locale.ROOT, "[progress] %s: %s %,d%s answered (%,d KO), %,.0f requests/s in the last %.0f s%n",
                label, warming ? "warm-up" : "measured", count, warming ? "" : String.format(Locale.ROOT, " of %,d", planned),
                warming ? warmupKo : ko, (count - previous) / seconds, seconds);
        progressCount = count;
        progressAt = now;
    }

    /** Stops the progress line and writes what was counted to {@code file}. */
    public synchronized LoadOutcome finish(Path file) {
        if (progress != null) {
            progress.shutdownNow();
        }
        int n = (int) (ok + ko);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = micros.get(i);
        }
        Arrays.sort(sorted);
        GatewayResult.Latency latency = new GatewayResult.Latency(percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 99.9), n == 0 ? 0 : sorted[n - 1] / 1000.0);
        double seconds = lastAnswer > firstAnswer ? (lastAnswer - firstAnswer) / 1e9 : 0;
        LoadOutcome outcome = new LoadOutcome(warmupOk, warmupKo, ok, ko, seconds, boundedByDuration, latency);
        try {
            outcome.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
        return outcome;
    }

    /** Nearest-rank percentile in milliseconds (the value below which {@code rank}% of the answers lie). */
    private static double percentile(int[] sorted, double rank) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(rank / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
