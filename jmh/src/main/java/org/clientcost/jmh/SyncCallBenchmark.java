/*
 * What this measures: requests per second when each operation is ONE blocking GET against the local target
 * server, for every client library (jdk, okhttp, ahc) in every mode (singleton, freshConnection, perRequest) and
 * for both payloads, plus the baseline: a bare keep-alive socket doing the same exchange.
 *
 * Why: this is the code path of a thread-per-request service. Comparing perRequest with singleton gives the
 * price of building a client per request; freshConnection in between separates the price of the TCP connection
 * from the price of the client object. Every response is read in full and checked (status 200, exact length);
 * a wrong answer fails the run. The CostProfiler (always on under the launcher) adds where the cost goes:
 * connections/op, threads/op, and what each mode leaves behind.
 */
package org.clientcost.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = BenchProfile.Quick.FORKS, jvmArgs = {BenchProfile.FORK_HEAP_MIN, BenchProfile.FORK_HEAP_MAX})
@Warmup(iterations = BenchProfile.Quick.WARMUP_ITERATIONS, time = BenchProfile.Quick.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = BenchProfile.Quick.MEASUREMENT_ITERATIONS, time = BenchProfile.Quick.MEASUREMENT_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Timeout(time = BenchProfile.ITERATION_TIMEOUT_SECONDS)
public class SyncCallBenchmark {

    /** One blocking request through the client cell (library x mode x payload). */
    @Benchmark
    public void client(ClientUnderTest cell) throws IOException, InterruptedException {
        cell.send();
    }

    /** One request over this thread's kept-alive bare socket: the floor. */
    @Benchmark
    public void baseline(BaselineConnections connections) throws IOException {
        connections.exchange();
    }
}
