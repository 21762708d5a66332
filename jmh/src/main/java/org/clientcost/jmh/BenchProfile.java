package org.clientcost.jmh;

import java.util.List;
import java.util.Map;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.Keyed;

/**
 * How long, how often and which cells the matrix runs: the one place these numbers live. Chosen with
 * {@code -Dbench.profile} (Maven profiles {@code -Pfull} and {@code -Psmoke} set it). Any JMH option given in
 * {@code -Djmh.args} wins, and a {@code -p name=...} there replaces a pass's values for that parameter.
 *
 * <p><b>Warm-up.</b> Measured on the 2-core reference machine (results/warmup/: 25 one-second iterations without
 * warm-up, every client x mode x call style, JDK 17 and JDK 25): most cells reach their plateau after 10-15 s and
 * several only after 15-20 s, often in a jump when C2 finishes the client's hot path (OkHttp sync singleton on
 * JDK 25: ~6,000 requests/s for 14 s, then 11,000-16,000). So every profile that measures warms up for
 * {@value #WARMUP_SECONDS} s per fork, as four 5 s iterations; nothing shorter is measured at steady state here.
 * Longer series (results/warmup/2026-12-04-60s-sync-singleton/) show that this is still too short for two cells:
 * the JDK client's sync singleton keeps rising past 20 s (on JDK 17 at its plateau from about 35 s, on JDK 25 still
 * rising at 60 s) and AHC's steps up at 22-32 s; the JDK client's async singleton too still rises from 20 s to 40 s
 * (JDK 17: 3,330 requests/s at 20-25 s, 4,000-4,350 at 40-60 s, results/warmup/2026-12-04-60s-async-singleton/).
 * So the measuring profiles warm the singleton cells of {@link #SLOW_TO_WARM_CLIENTS} (sync and async) up for
 * {@value #SLOW_CELL_WARMUP_SECONDS} s instead, in JMH runs of their own ({@link WarmupSplit}: JMH sets warm-up per
 * run, not per parameter value).
 *
 * <p><b>Cost of a cell:</b> about 1.5 s of fork start and teardown, plus warm-up, plus measurement, per fork.
 */
public enum BenchProfile implements Keyed {
    /**
     * The default, behind {@code mvn -pl jmh verify}: the 12 cells that answer the question (3 clients x sync/async x
     * singleton/perRequest, 13-byte payload, batch 32, plain http; {@code -Dbench.scheme=https} runs the same 12 over
     * https instead), one fork, 20 s warm-up (40 s for the slow-to-warm singleton cells), ten 1 s measured
     * iterations: one fork of the full profile. About 8 minutes of matrix.
     *
     * <p>The iterations are as long as the full profile's because their length changes the answer. With ten 500 ms
     * iterations, JDK 17's per-request JDK client scored 103-123 requests/s in five quick runs against 95-97 in all
     * four forks of two full runs (2026-12-03 and 04): its throughput is set by the {@link ThreadCeiling} and the
     * collector, in a cycle of about 3 s, and every iteration boundary gives its dying threads time that is not
     * measured. Ten iterations rather than five: JMH's 99.9% error uses Student's t, 4.78 for 10 samples against
     * 8.61 for 5.
     */
    QUICK("quick", Quick.FORKS, Quick.WARMUP_ITERATIONS, Quick.WARMUP_MILLIS, BenchProfile.SLOW_CELL_WARMUP_ITERATIONS,
            Quick.MEASUREMENT_ITERATIONS, Quick.MEASUREMENT_MILLIS, List.of(Pass.QUICK_MATRIX)),
    /**
     * Publishable: two forks, each warmed up and measured as the quick profile's one (ten 1 s iterations), every
     * cell (freshConnection, the 16 KiB payload and the baseline rows too) over http and https (the baseline: http
     * only), then the batch-size curve over both. 112 cells, about two hours per JDK.
     */
    FULL("full", 2, Quick.WARMUP_ITERATIONS, Quick.WARMUP_MILLIS, BenchProfile.SLOW_CELL_WARMUP_ITERATIONS,
            Quick.MEASUREMENT_ITERATIONS, Quick.MEASUREMENT_MILLIS, List.of(Pass.MATRIX, Pass.BATCH_CURVE)),
    /**
     * For the test command: every http cell of the full profile once, very briefly, and the https client cells of the
     * 13-byte payload (every client, mode and call style: each handshake rule of the cost accounting); checks wiring
     * and accounting, not speed. 76 cells, about 4 minutes here: https for the 16 KiB payload and the batch curve
     * would add 36 cells (about 2 minutes) and no path the https /hello cells do not take.
     */
    SMOKE("smoke", 1, 1, 200, 0, 1, 300, List.of(Pass.SMOKE_HTTP, Pass.SMOKE_HTTPS, Pass.SMOKE_BATCH_CURVE));

    /**
     * The quick profile's numbers, also used as the benchmarks' annotation defaults, so that a plain
     * {@code java -jar benchmarks.jar} runs with the quick profile's timing too (over every parameter value).
     */
    public static final class Quick {
        public static final int FORKS = 1;
        public static final int WARMUP_ITERATIONS = 4;
        public static final int WARMUP_MILLIS = 5000;
        public static final int MEASUREMENT_ITERATIONS = 10;
        public static final int MEASUREMENT_MILLIS = 1000;

        private Quick() {
        }
    }

    /** Seconds of warm-up per fork in every measuring profile. */
    public static final int WARMUP_SECONDS = Quick.WARMUP_ITERATIONS * Quick.WARMUP_MILLIS / 1000;

    /**
     * Client libraries whose singleton cells are still short of steady state after {@value #WARMUP_SECONDS} s: the
     * JDK client (sync and async) and AHC (sync; its async singleton is warm after about 10 s and gets the longer
     * warm-up only because the split is by client, not by call style).
     */
    public static final List<String> SLOW_TO_WARM_CLIENTS = List.of(ClientLibrary.JDK.key(), ClientLibrary.AHC.key());
    /**
     * Warm-up iterations ({@link Quick#WARMUP_MILLIS} each) of those cells in the measuring profiles: 40 s, past AHC's
     * sync step (22-32 s) and the JDK client's sync plateau on JDK 17 (about 35 s); with it, AHC's sync cell was steady
     * in three runs out of three and within 3.5% of each other. Not enough for the JDK client's sync cell on JDK 25,
     * which still rises at 60 s.
     */
    public static final int SLOW_CELL_WARMUP_ITERATIONS = 8;
    /** Seconds of warm-up per fork of the slow-to-warm cells. */
    public static final int SLOW_CELL_WARMUP_SECONDS = SLOW_CELL_WARMUP_ITERATIONS * Quick.WARMUP_MILLIS / 1000;

    /** AsyncBatchBenchmark's default batch, used by the quick profile and the full matrix. */
    public static final String DEFAULT_BATCH = "32";
    /** Largest batch a cell accepts: per-request clients for 128 requests in flight already start ~400 threads. */
    public static final int MAX_BATCH = 1024;

    /** JMH interrupts an iteration that runs longer than this (nothing legitimate comes close). */
    public static final int ITERATION_TIMEOUT_SECONDS = 60;
    /** Fixed heap for every fork, so the garbage collector (which reclaims JDK 17 clients) behaves the same in every cell. */
    public static final String FORK_HEAP_MIN = "-Xms1g";
    public static final String FORK_HEAP_MAX = "-Xmx1g";

    /**
     * One JMH run inside a profile: the benchmarks it includes and the parameter values it sets (parameters it does
     * not name keep their annotation defaults). The launcher runs a profile's passes one after the other, in one
     * target server, and writes their results as one JSON.
     *
     * @param name    shown in the progress line
     * @param include regex of benchmarks (JMH include syntax); empty = all
     * @param params  parameter values by name
     */
    public record Pass(String name, String include, Map<String, List<String>> params) {

        /**
         * The question's cells: every client and call style, singleton against perRequest, 13-byte payload, plain http
         * (so the main job keeps its time; {@code -Dbench.scheme=https} swaps the scheme).
         */
        static final Pass QUICK_MATRIX = new Pass("quick matrix", "\\.client$",
                Map.of("payload", List.of("hello"), "mode", List.of("singleton", "perRequest"), "scheme", List.of("http")));
        /**
         * Every cell at the default batch: 3 clients x 3 modes x 2 call styles x 2 payloads x 2 schemes, plus 4 baseline
         * cells (http only: the bare socket speaks no TLS).
         */
        static final Pass MATRIX = new Pass("matrix", "", Map.of());
        /** How the gap grows with fan-out: async batches of 1, 8 and 128 (32 is in the matrix), 13-byte payload. */
        static final Pass BATCH_CURVE = new Pass("batch curve", "AsyncBatchBenchmark\\.client$",
                Map.of("payload", List.of("hello"), "mode", List.of("singleton", "perRequest"), "batch", List.of("1", "8", "128")));
        /** Smoke: the matrix over http. */
        static final Pass SMOKE_HTTP = new Pass("matrix, http", "", Map.of("scheme", List.of("http")));
        /** Smoke: the client cells of the 13-byte payload over https. */
        static final Pass SMOKE_HTTPS = new Pass("matrix, https /hello", "\\.client$",
                Map.of("payload", List.of("hello"), "scheme", List.of("https")));
        /** Smoke: the batch curve over http. */
        static final Pass SMOKE_BATCH_CURVE = new Pass("batch curve, http", "AsyncBatchBenchmark\\.client$",
                Map.of("payload", List.of("hello"), "mode", List.of("singleton", "perRequest"), "batch", List.of("1", "8", "128"),
                        "scheme", List.of("http")));
    }

    private final String key;
    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int slowCellWarmupIterations;
    private final int measurementIterations;
    private final int measurementMillis;
    private final List<Pass> passes;

    BenchProfile(String key, int forks, int warmupIterations, int warmupMillis, int slowCellWarmupIterations,
                 int measurementIterations, int measurementMillis, List<Pass> passes) {
        this.key = key;
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.slowCellWarmupIterations = slowCellWarmupIterations;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.passes = passes;
    }

    @Override
    public String key() {
        return key;
    }

    public int forks() {
        return forks;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int warmupMillis() {
        return warmupMillis;
    }

    /** Warm-up iterations of the singleton cells of {@link #SLOW_TO_WARM_CLIENTS}; 0 = no separate warm-up (smoke). */
    public int slowCellWarmupIterations() {
        return slowCellWarmupIterations;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    public List<Pass> passes() {
        return passes;
    }

    public static BenchProfile byKey(String key) {
        return Keyed.byKey(BenchProfile.class, "bench.profile", key);
    }

    public static String keys() {
        return Keyed.keys(BenchProfile.class);
    }
}
