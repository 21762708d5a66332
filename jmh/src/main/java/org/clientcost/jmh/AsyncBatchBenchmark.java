/*
 * What this measures: requests per second when each operation is a BATCH of `batch` concurrent GETs completed
 * together (like asyncio.gather): the async API of every client library in every mode, for both payloads, plus the
 * baseline: one bare keep-alive socket per request in the batch, all requests written before any answer is read.
 *
 * Why: this is how event-driven code calls a client, and it is where pools matter most: a shared client keeps
 * `batch` connections warm, a per-request client opens `batch` connections and starts `batch` clients' threads
 * per operation. The gap grows with fan-out, so `batch` is a real parameter: 32 by default (the quick profile),
 * 1, 8, 32 and 128 in the full profile (the motivating case is a gather of 1,000 requests).
 *
 * Scores are per request: the primary metric counts batches, and the RequestCount aux counter counts the requests
 * they carried; that counter ("requests", ops/s) is the cell's score everywhere (summary, JSON readers,
 * dashboard), so async cells stay comparable with SyncCallBenchmark whatever the batch size. Every response is read
 * in full and checked; a wrong answer fails the run.
 */
package org.clientcost.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = BenchProfile.Quick.FORKS, jvmArgs = {BenchProfile.FORK_HEAP_MIN, BenchProfile.FORK_HEAP_MAX})
@Warmup(iterations = BenchProfile.Quick.WARMUP_ITERATIONS, time = BenchProfile.Quick.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = BenchProfile.Quick.MEASUREMENT_ITERATIONS, time = BenchProfile.Quick.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Timeout(time = BenchProfile.ITERATION_TIMEOUT_SECONDS)
@State(Scope.Benchmark)
public class AsyncBatchBenchmark {

    /** The per-request score of an async cell: the secondary metric of {@link RequestCount}. */
    public static final String REQUESTS_METRIC = "requests";

    /** The parameter's name, as JMH and the JSON know it. */
    public static final String BATCH_PARAM = "batch";

    /** Requests per operation, sent concurrently and completed together. */
    @Param({BenchProfile.DEFAULT_BATCH})
    public int batch;

    @Setup(Level.Trial)
    public void checkBatch() {
        if (batch < 1 || batch > BenchProfile.MAX_BATCH) {
            throw new IllegalArgumentException("batch must be between 1 and " + BenchProfile.MAX_BATCH + ", got " + batch);
        }
    }

    /** Requests one operation of a benchmark sends: its {@code batch} parameter where it has one, else 1. */
    public static int requestsPerOperation(BenchmarkParams params) {
        return params.getParamsKeys().contains(BATCH_PARAM) ? Integer.parseInt(params.getParam(BATCH_PARAM)) : 1;
    }

    /**
     * The requests each benchmark thread completed: JMH reports it as the secondary metric {@value #REQUESTS_METRIC}, in
     * requests/s with its own error, from the same iterations as the primary (batches/s) metric.
     */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class RequestCount {
        /** Named as the metric ({@value #REQUESTS_METRIC}): JMH names aux counters after their fields. */
        public long requests;

        @Setup(Level.Iteration)
        public void reset() {
            requests = 0;
        }
    }

    /** {@code batch} concurrent requests through the client cell (library x mode x payload), completed together. */
    @Benchmark
    public void client(ClientUnderTest cell, RequestCount count) throws InterruptedException {
        cell.sendBatch(batch);
        count.requests += batch;
    }

    /** {@code batch} requests on as many kept-alive bare sockets of this thread: all written, then all read. */
    @Benchmark
    public void baseline(BaselineConnections connections, RequestCount count) throws IOException {
        connections.exchangeBatch(batch);
        count.requests += batch;
    }
}
