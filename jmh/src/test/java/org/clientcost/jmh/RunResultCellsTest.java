package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhMetric;
import org.clientcost.reports.JmhResultParser;
import org.clientcost.reports.SteadyStateCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.results.ThroughputResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The launcher's cells (from JMH's in-memory results) equal the dashboard's (from the JSON JMH writes of the same
 * results): the one model gets the same numbers from both, per-iteration series per fork included.
 */
class RunResultCellsTest {

    @TempDir
    Path tmp;

    /** An async batch cell, 2 forks x 4 iterations: flat batches/s, requests/s climbing in fork 1, a last-iteration figure. */
    private static RunResult asyncCell() {
        WorkloadParams workload = new WorkloadParams();
        workload.put("batch", "8", 0);
        workload.put("client", "jdk", 1);
        workload.put("mode", "perRequest", 2);
        workload.put("payload", "hello", 3);
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, 4, TimeValue.seconds(1), 1);
        BenchmarkParams params = new BenchmarkParams("org.clientcost.jmh.AsyncBatchBenchmark.client", "generated", true, 1,
                new int[] {1}, List.of(), 2, 0, warmup, measurement, Mode.Throughput, workload, TimeUnit.SECONDS, 1,
                "java", List.of(), "17.0.15", "OpenJDK 64-Bit Server VM", "17.0.15+6", "1.37", TimeValue.minutes(1));
        double[][] requests = {{100, 131, 159, 190}, {150, 152, 149, 151}};
        List<BenchmarkResult> forks = new ArrayList<>();
        for (double[] fork : requests) {
            List<IterationResult> iterations = new ArrayList<>();
            for (int i = 0; i < fork.length; i++) {
                IterationResult it = new IterationResult(params, measurement, new IterationResultMetaData(100, 100));
                it.addResult(new ThroughputResult(ResultRole.PRIMARY, "client", 20 + i % 2, 1_000_000_000L, TimeUnit.SECONDS));
                it.addResult(new ThroughputResult(ResultRole.SECONDARY, JmhCell.REQUESTS, fork[i], 1_000_000_000L, TimeUnit.SECONDS));
                if (i == fork.length - 1) {
                    it.addResult(new ScalarResult(CostProfiler.LEFTOVER_THREADS, 3, "threads", AggregationPolicy.MAX));
                }
                iterations.add(it);
            }
            forks.add(new BenchmarkResult(params, iterations));
        }
        return new RunResult(params, forks);
    }

    @Test
    void inMemoryAndJsonGiveTheSameCell() throws Exception {
        RunResult run = asyncCell();
        JmhCell inMemory = RunResultCells.of(run);
        Path json = tmp.resolve("jmh-result.json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(List.of(run));
        JmhCell fromJson = JmhResultParser.parse(json).results().get(0);

        assertEquals(fromJson.benchmark(), inMemory.benchmark());
        assertEquals(Map.of("batch", "8", "client", "jdk", "mode", "perRequest", "payload", "hello"), inMemory.params());
        assertEquals(fromJson.params(), inMemory.params());
        assertEquals(fromJson.threads(), inMemory.threads());
        assertMetric(fromJson.primary(), inMemory.primary());
        assertEquals(fromJson.secondaries().keySet(), inMemory.secondaries().keySet());
        for (String label : inMemory.secondaries().keySet()) {
            assertMetric(fromJson.secondaries().get(label), inMemory.secondaries().get(label));
        }
        assertArrayEquals(new double[] {3}, inMemory.secondaryMetric(CostProfiler.LEFTOVER_THREADS).orElseThrow().iterationsPerFork().get(0));

        // per request: the requests counter, in both
        assertEquals((100 + 131 + 159 + 190 + 150 + 152 + 149 + 151) / 8.0, inMemory.score(), 1e-9);
        assertEquals(fromJson.score(), inMemory.score(), 0);
        assertEquals(SteadyStateCheck.Verdict.NOT_STEADY, inMemory.steadyState().verdict(), inMemory.steadyState().reason());
        assertEquals(fromJson.steadyState(), inMemory.steadyState());
    }

    private static void assertMetric(JmhMetric expected, JmhMetric actual) {
        assertEquals(expected.score(), actual.score(), 0);
        assertEquals(expected.error(), actual.error(), 0);
        assertEquals(expected.unit(), actual.unit());
        assertEquals(expected.iterationsPerFork().size(), actual.iterationsPerFork().size());
        for (int f = 0; f < expected.iterationsPerFork().size(); f++) {
            assertArrayEquals(expected.iterationsPerFork().get(f), actual.iterationsPerFork().get(f));
        }
    }
}
