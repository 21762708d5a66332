package org.clientcost.jmh;

import org.clientcost.clients.Keyed;

/**
 * How long and how often the matrix runs: the one place these numbers live. Chosen with {@code -Dbench.profile}
 * (Maven profiles {@code -Pfull} and {@code -Psmoke} set it). Any JMH option given in {@code -Djmh.args} wins.
 *
 * <p>The matrix has 40 cells (3 clients x 3 modes x 2 call styles x 2 payloads, plus 4 baseline cells); a fork
 * costs about 1.5 s of JVM start and teardown on top of its iterations.
 */
public enum BenchProfile implements Keyed {
    /**
     * The default: whole matrix in about 3.5 minutes on a 2-core machine, so that the whole {@code mvn -pl jmh verify}
     * (build, upstream tests, matrix, dashboard) stays within 5 minutes. Six short iterations rather than three
     * long ones: JMH's 99.9% error uses Student's t, which for 3 samples is so wide (t = 31.6) that no ratio
     * would have a usable bound; with 6 it is t = 6.9.
     */
    QUICK("quick", Quick.FORKS, Quick.WARMUP_ITERATIONS, Quick.ITERATION_MILLIS, Quick.MEASUREMENT_ITERATIONS, Quick.ITERATION_MILLIS),
    /** Publishable: two forks, three warmup and five measured iterations of 1 s each; about 15 minutes. */
    FULL("full", 2, 3, 1000, 5, 1000),
    /** For the test command: every cell once, very briefly; checks wiring and accounting, not speed. */
    SMOKE("smoke", 1, 1, 200, 1, 300);

    /**
     * The quick profile's numbers, also used as the benchmarks' annotation defaults, so that a plain
     * {@code java -jar benchmarks.jar} runs the quick profile too.
     */
    public static final class Quick {
        public static final int FORKS = 1;
        public static final int WARMUP_ITERATIONS = 2;
        public static final int MEASUREMENT_ITERATIONS = 6;
        public static final int ITERATION_MILLIS = 400;

        private Quick() {
        }
    }

    /** JMH interrupts an iteration that runs longer than this (nothing legitimate comes close). */
    public static final int ITERATION_TIMEOUT_SECONDS = 60;
    /** Fixed heap for every fork, so the garbage collector (which reclaims JDK 17 clients) behaves the same in every cell. */
    public static final String FORK_HEAP_MIN = "-Xms1g";
    public static final String FORK_HEAP_MAX = "-Xmx1g";

    private final String key;
    private final int forks;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;

    BenchProfile(String key, int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {
        this.key = key;
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
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

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    public static BenchProfile byKey(String key) {
        return Keyed.byKey(BenchProfile.class, "bench.profile", key);
    }

    public static String keys() {
        return Keyed.keys(BenchProfile.class);
    }
}
