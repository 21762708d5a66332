/*
 * What this measures: requests per second when each operation is a BATCH of concurrent GETs completed together
 * (like asyncio.gather): the async API of every client library in every mode, for both payloads, plus the
 * baseline: one bare keep-alive socket per request in the batch, all requests written before any answer is read.
 *
 * Why: this is how event-driven code calls a client, and it is where pools matter most: a shared client keeps
 * `batch` connections warm, a per-request client opens `batch` connections and starts `batch` clients' threads
 * per operation. @OperationsPerInvocation(BATCH) keeps every score per request, comparable with SyncCallBenchmark.
 * Every response is read in full and checked; a wrong answer fails the run.
 */
package org.clientcost.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = BenchProfile.Quick.FORKS, jvmArgs = {BenchProfile.FORK_HEAP_MIN, BenchProfile.FORK_HEAP_MAX})
@Warmup(iterations = BenchProfile.Quick.WARMUP_ITERATIONS, time = BenchProfile.Quick.ITERATION_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = BenchProfile.Quick.MEASUREMENT_ITERATIONS, time = BenchProfile.Quick.ITERATION_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Timeout(time = BenchProfile.ITERATION_TIMEOUT_SECONDS)
@State(Scope.Benchmark)
public class AsyncBatchBenchmark {

    /**
     * Requests per batch. @OperationsPerInvocation needs a compile-time constant, so the batch size is fixed
     * here; to measure another size, change this constant.
     */
    public static final int BATCH = 32;

    @Param({"" + BATCH})
    public int batch;

    @Setup(Level.Trial)
    public void checkBatch() {
        if (batch != BATCH) {
            throw new IllegalArgumentException("batch must be " + BATCH + " (scores are divided by @OperationsPerInvocation("
                    + BATCH + ")); change AsyncBatchBenchmark.BATCH to measure another size");
        }
    }

    /** {@code batch} concurrent requests through the client cell (library x mode x payload), completed together. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void client(ClientUnderTest cell) throws InterruptedException {
        cell.sendBatch(batch);
    }

    /** {@code batch} requests on as many kept-alive bare sockets of this thread: all written, then all read. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void baseline(BaselineConnections connections) throws IOException {
        connections.exchangeBatch(batch);
    }
}
