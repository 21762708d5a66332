package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Keyed;
import org.clientcost.clients.Payload;
import org.clientcost.reports.CallStyle;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhMatrix;
import org.clientcost.reports.JmhMetric;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The names the result model (reports) reads and this module writes cannot refer to each other in code: @Param fields,
 * an aux counter's field, the profiler's labels. This holds them together, over every benchmark JMH generated.
 */
class SharedNamesTest {

    private static final Set<String> MODEL_PARAMS =
            Set.of(JmhCell.PARAM_CLIENT, JmhCell.PARAM_MODE, JmhCell.PARAM_PAYLOAD, JmhCell.PARAM_BATCH, JmhCell.PARAM_SCHEME);

    @Test
    void everyBenchmarkHasTheParamsCallStyleAndBaselineTheModelReads() {
        Set<BenchmarkListEntry> benchmarks = BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of());
        assertFalse(benchmarks.isEmpty(), "no META-INF/BenchmarkList on the test class path");
        for (BenchmarkListEntry b : benchmarks) {
            String name = b.getUsername();
            Map<String, String[]> params = b.getParams().orElse(Map.of());
            assertTrue(MODEL_PARAMS.containsAll(params.keySet()), name + " declares " + params.keySet());
            assertValues(params, JmhCell.PARAM_CLIENT, ClientLibrary.values(), name);
            assertValues(params, JmhCell.PARAM_MODE, ClientMode.values(), name);
            assertValues(params, JmhCell.PARAM_PAYLOAD, Payload.values(), name);
            if (params.containsKey(JmhCell.PARAM_SCHEME)) {
                assertEquals(LauncherOptions.SCHEMES, List.of(params.get(JmhCell.PARAM_SCHEME)), name);
                assertEquals(JmhCell.HTTP, LauncherOptions.SCHEMES.get(0), "http first: the default and the quick profile's");
            }
            assertEquals(name.endsWith(".client"), params.containsKey(JmhCell.PARAM_SCHEME),
                    name + ": client cells have a scheme, the baseline socket is http only");
            JmhCell cell = new JmhCell(name, Map.of(), 1, new JmhMetric(1, 0, "ops/s", List.of()), Map.of());
            assertNotEquals(CallStyle.OTHER, cell.callStyle(), name);
            assertEquals(name.endsWith("." + JmhCell.BASELINE), cell.baseline(), name);
            assertEquals(name.endsWith(".client"), params.containsKey(JmhCell.PARAM_CLIENT), name + ": clients are benchmarked by 'client'");
        }
    }

    @Test
    void theBenchmarkClassesNameTheirCallStyle() {
        assertEquals(CallStyle.SYNC, CallStyle.of(SyncCallBenchmark.class.getName() + ".client"));
        assertEquals(CallStyle.ASYNC, CallStyle.of(AsyncBatchBenchmark.class.getName() + ".client"));
    }

    @Test
    void theRequestsCounterAndTheProfilersLabelsAreTheOnesTheModelReads() {
        assertEquals(JmhCell.REQUESTS, AsyncBatchBenchmark.REQUESTS_METRIC);
        assertTrue(Arrays.stream(AsyncBatchBenchmark.RequestCount.class.getFields()).anyMatch(f -> f.getName().equals(JmhCell.REQUESTS)),
                "JMH names an aux counter after its field");
        assertEquals(JmhCell.PARAM_BATCH, AsyncBatchBenchmark.BATCH_PARAM);
        assertEquals(JmhCell.PARAM_SCHEME, ClientUnderTest.SCHEME_PARAM);
        assertEquals(JmhMatrix.COST_METRICS, List.of(CostProfiler.CONNECTIONS_PER_OP, CostProfiler.THREADS_PER_OP,
                CostProfiler.LEFTOVER_THREADS, CostProfiler.LEFTOVER_FDS));
    }

    private static <E extends Enum<E> & Keyed> void assertValues(Map<String, String[]> params, String param, E[] constants,
                                                                String benchmark) {
        if (params.containsKey(param)) {
            assertEquals(Arrays.stream(constants).map(Keyed::key).toList(), List.of(params.get(param)),
                    benchmark + ": @Param " + param + " must list every key of " + constants[0].getDeclaringClass().getSimpleName());
        }
    }
}
