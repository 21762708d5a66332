package org.clientcost.jmh;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark cell's outcome, independent of where it was read from (JMH's in-memory results in the launcher,
 * the JSON file in the smoke test), so the summary and the accounting check are written once.
 *
 * @param benchmark full benchmark name, e.g. {@code org.clientcost.jmh.SyncCallBenchmark.client}
 * @param params    JMH parameters of the cell (client, mode, payload, batch)
 * @param threads   benchmark threads
 * @param score     requests/s: the primary score, or the {@code requests} aux counter of async batch cells
 * @param error     primary score error (99.9% half-width; NaN with a single iteration)
 * @param secondary secondary results by label (scores only)
 */
public record CellResult(String benchmark, Map<String, String> params, int threads, double score, double error,
                         Map<String, Double> secondary) {

    public static final String PARAM_CLIENT = "client";
    public static final String PARAM_MODE = "mode";
    public static final String PARAM_PAYLOAD = "payload";
    public static final String PARAM_BATCH = "batch";

    /** The shared keep-alive socket rows: benchmark methods named {@code baseline}. */
    public static final String BASELINE = "baseline";

    public static List<CellResult> fromRunResults(Collection<RunResult> results) {
        return results.stream().map(CellResult::fromRunResult).collect(Collectors.toList());
    }

    static CellResult fromRunResult(RunResult run) {
        BenchmarkParams p = run.getParams();
        Map<String, String> params = new TreeMap<>();
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key));
        }
        Map<String, Double> secondary = new LinkedHashMap<>();
        for (Map.Entry<String, Result> e : run.getSecondaryResults().entrySet()) {
            secondary.put(e.getKey(), e.getValue().getScore());
        }
        // Per request: async cells count their requests in an aux counter; their primary metric counts batches.
        Result<?> perRequest = run.getSecondaryResults().getOrDefault(AsyncBatchBenchmark.REQUESTS_METRIC, run.getPrimaryResult());
        return new CellResult(p.getBenchmark(), params, p.getThreads(), perRequest.getScore(), perRequest.getScoreError(), secondary);
    }

    /** {@code sync} or {@code async}, from the benchmark class ({@link SyncCallBenchmark}, {@link AsyncBatchBenchmark}). */
    public String style() {
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        if (className.endsWith("." + AsyncBatchBenchmark.class.getSimpleName())) {
            return "async";
        }
        if (className.endsWith("." + SyncCallBenchmark.class.getSimpleName())) {
            return "sync";
        }
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public boolean isBaseline() {
        return benchmark.endsWith("." + BASELINE);
    }

    /** The client key, or {@code baseline} for the baseline rows. */
    public String client() {
        return isBaseline() ? BASELINE : params.getOrDefault(PARAM_CLIENT, "?");
    }

    /** The mode key; null for the baseline rows. */
    public String mode() {
        return params.get(PARAM_MODE);
    }

    public String payload() {
        return params.getOrDefault(PARAM_PAYLOAD, "?");
    }

    /** Requests in flight per benchmark thread: the batch size for async cells, 1 otherwise. */
    public int inFlightPerThread() {
        String batch = params.get(PARAM_BATCH);
        return batch == null ? 1 : Integer.parseInt(batch);
    }

    public double secondary(String label) {
        return secondary.getOrDefault(label, Double.NaN);
    }

    /** e.g. {@code SyncCallBenchmark.client client=jdk mode=singleton payload=hello}. */
    public String describe() {
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        return shortName + params.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
    }
}
