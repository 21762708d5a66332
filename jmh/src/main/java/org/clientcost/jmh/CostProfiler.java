package org.clientcost.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.StatsClient;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * Where the cost of an operation goes, as JMH secondary results (so they land in the JSON next to the score).
 * Always enabled by {@link BenchmarkLauncher}; with plain JMH: {@code -prof org.clientcost.jmh.CostProfiler}.
 *
 * <p>Per iteration, divided by every request the benchmark sent in it: every operation JMH ran
 * ({@code IterationResultMetaData.getAllOps()}, which includes the ops of the warmup and warmdown phases, because
 * the server sees those too) times the requests one operation sends (the {@code batch} parameter of async cells,
 * else 1). So "op" in these labels is one request, as in every score of the suite:
 * <ul>
 *   <li>{@value #CONNECTIONS_PER_OP}: TCP connections the target server saw opened (its {@code /stats}), minus the
 *       one this profiler's own stats read opens;</li>
 *   <li>{@value #REQUESTS_PER_OP}: requests the server answered; 1.0 proves the accounting sees every request;</li>
 *   <li>{@value #TLS_FULL_PER_OP} and {@value #TLS_RESUMED_PER_OP}: TLS handshakes the server completed, full and
 *       resumed (0 for http cells: the stats reads themselves are plain http);</li>
 *   <li>{@value #THREADS_PER_OP}: threads started in this JVM ({@code ThreadMXBean.getTotalStartedThreadCount});</li>
 *   <li>{@value #CEILING_WAIT}: share of the benchmark threads' time spent waiting at the {@link ThreadCeiling}.</li>
 * </ul>
 * Per trial (one fork): {@value #CONNECTIONS} is the running total of connections since the trial began
 * (reported each iteration, aggregated as the maximum: the singleton check uses it), and after the last
 * iteration, whose end includes the trial teardown that closed the clients, and a {@value #SETTLE_MILLIS} ms
 * pause so that threads already on their way out (an executor's idle workers after {@code shutdown()}) are not
 * counted: {@value #LEFTOVER_THREADS} (threads alive that did not exist before the trial, JMH's workers
 * excluded) and {@value #LEFTOVER_FDS} (open file descriptors minus those before the trial; Linux only).
 * What lingers longer than the pause is what a mode really leaves behind: AsyncHttpClient's event loops in
 * their ~2 s quiet period, the JDK 17 client's threads and connections until GC, OkHttp's shared task threads.
 */
public final class CostProfiler implements InternalProfiler {

    public static final String CONNECTIONS_PER_OP = "connections/op";
    public static final String REQUESTS_PER_OP = "requests/op";
    public static final String THREADS_PER_OP = "threads/op";
    public static final String TLS_FULL_PER_OP = "tlsFull/op";
    public static final String TLS_RESUMED_PER_OP = "tlsResumed/op";
    public static final String CEILING_WAIT = "ceilingWait%";
    public static final String CONNECTIONS = "connections";
    public static final String LEFTOVER_THREADS = "leftoverThreads";
    public static final String LEFTOVER_FDS = "leftoverFds";

    /** Pause after the trial's teardown before leftovers are counted. */
    static final long SETTLE_MILLIS = 250;

    private StatsClient stats;
    private Set<Thread> threadsBeforeTrial;
    private long fdsBeforeTrial;
    private long connectionsInTrial;
    private int measurementIterationsDone;

    private ServerStats statsBefore;
    private long startedBefore;
    private long ceilingWaitBefore;
    private long iterationStart;

    @Override
    public String getDescription() {
        return "Client cost: server connections, TLS handshakes, requests and started threads per op; threads and fds left after the trial";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (stats == null) {
            stats = SharedTarget.get().stats(); // may start the server: before the thread snapshot, so it is not "left over"
            threadsBeforeTrial = ProcessFootprint.liveThreads();
            fdsBeforeTrial = ProcessFootprint.openFileDescriptors();
        }
        startedBefore = ProcessFootprint.startedThreads();
        ceilingWaitBefore = ThreadCeiling.waitedNanos();
        statsBefore = fetch();
        iterationStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                        IterationResult result) {
        long elapsed = System.nanoTime() - iterationStart;
        ServerStats statsAfter = fetch();
        long started = ProcessFootprint.startedThreads() - startedBefore;
        long waited = ThreadCeiling.waitedNanos() - ceilingWaitBefore;
        long ops = result.getMetadata().getAllOps() * AsyncBatchBenchmark.requestsPerOperation(benchmarkParams);

        // The "before" snapshot already counted its own connection; the "after" read opened one more.
        long connections = statsAfter.connectionsOpened() - statsBefore.connectionsOpened() - StatsClient.CONNECTIONS_PER_CALL;
        long requests = statsAfter.requestsServed() - statsBefore.requestsServed();
        connectionsInTrial += connections;

        List<Result> results = new ArrayList<>();
        results.add(perOp(CONNECTIONS_PER_OP, connections, ops));
        results.add(perOp(REQUESTS_PER_OP, requests, ops));
        results.add(perOp(THREADS_PER_OP, started, ops));
        results.add(perOp(TLS_FULL_PER_OP, statsAfter.tlsHandshakesFull() - statsBefore.tlsHandshakesFull(), ops));
        results.add(perOp(TLS_RESUMED_PER_OP, statsAfter.tlsHandshakesResumed() - statsBefore.tlsHandshakesResumed(), ops));
        results.add(new ScalarResult(CEILING_WAIT, 100.0 * waited / ((double) elapsed * benchmarkParams.getThreads()),
                "%", AggregationPolicy.AVG));
        results.add(new ScalarResult(CONNECTIONS, connectionsInTrial, "connections", AggregationPolicy.MAX));

        if (iterationParams.getType() == IterationType.MEASUREMENT
                && ++measurementIterationsDone == iterationParams.getCount()) {
            settle();
            results.add(new ScalarResult(LEFTOVER_THREADS, leftoverThreads(), "threads", AggregationPolicy.MAX));
            long fds = ProcessFootprint.openFileDescriptors();
            if (fds >= 0 && fdsBeforeTrial >= 0) {
                results.add(new ScalarResult(LEFTOVER_FDS, fds - fdsBeforeTrial, "fds", AggregationPolicy.MAX));
            }
        }
        return results;
    }

    private ServerStats fetch() {
        try {
            return stats.fetch();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the target server's /stats: " + e.getMessage(), e);
        }
    }

    private static void settle() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long leftoverThreads() {
        Set<Thread> now = new HashSet<>(ProcessFootprint.liveThreads());
        now.removeAll(threadsBeforeTrial);
        return now.size();
    }

    private static ScalarResult perOp(String label, long count, long ops) {
        double value = ops > 0 ? (double) count / ops : Double.NaN;
        return new ScalarResult(label, value, label, AggregationPolicy.AVG);
    }
}
