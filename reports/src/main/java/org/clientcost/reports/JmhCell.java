package org.clientcost.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One benchmark cell of a JMH run, whether read from the JSON file ({@link JmhResultParser}) or from JMH's in-memory
 * results (the jmh launcher): the one record the summary table, the accounting check and the dashboard all read.
 *
 * <p><b>Per request.</b> A cell's {@link #score()}, {@link #scoreError()}, {@link #unit()} and the series the
 * {@link #steadyState() steady-state verdict} is taken from are those of {@link #perRequest()}: the secondary metric
 * named {@value #REQUESTS} when the cell has one (a benchmark whose operation is a batch of requests counts its
 * requests with JMH {@code @AuxCounters}, because {@code @OperationsPerInvocation} cannot follow a {@code @Param}),
 * otherwise the primary metric (one operation is one request).
 *
 * @param benchmark   fully qualified benchmark method, e.g. {@code org.clientcost.jmh.SyncCallBenchmark.client}
 * @param params      the cell's JMH params by name (client, mode, payload, batch, ...), sorted by name
 * @param threads     benchmark threads (0 when unknown)
 * @param primary     JMH's primary metric
 * @param secondaries secondary metrics by their name as JMH wrote it (profiler results may be prefixed with "·")
 */
public record JmhCell(String benchmark, Map<String, String> params, int threads, JmhMetric primary,
                      Map<String, JmhMetric> secondaries) {

    /** The params the suite's benchmarks declare; the jmh module's tests hold its {@code @Param} fields to them. */
    public static final String PARAM_CLIENT = "client";
    public static final String PARAM_MODE = "mode";
    public static final String PARAM_PAYLOAD = "payload";
    public static final String PARAM_BATCH = "batch";
    /**
     * {@code http} or {@code https}. {@code scheme=http} is dropped from {@link #params()}: it is what every run
     * before the param measured, so http cells group, label and compare as they always did, and only https cells
     * carry the param (their tables and charts are labelled {@code hello · scheme=https}).
     */
    public static final String PARAM_SCHEME = "scheme";
    /** The scheme of a cell without a {@value #PARAM_SCHEME} param. */
    public static final String HTTP = "http";

    /** The per-request throughput counter of a cell whose operation is several requests. */
    public static final String REQUESTS = "requests";

    /** Benchmarks whose class or method name contains this (any case) are the floor every client is compared with. */
    public static final String BASELINE = "baseline";

    /**
     * What to do about a cell that is not steady; the summary table and the dashboard print it. A rise, in a slope or
     * a step, is usually warm-up still going on (the JDK client's and AHC's sync singleton cells need 40 s or more:
     * results/warmup/2026-12-04-60s-sync-singleton); a fall is usually the machine (another process, or the
     * scheduler moving a sync call's threads between CPUs: results/handoff-noise-2026-12-04), which more warm-up does
     * not cure but a quiet machine and a longer measurement do.
     */
    public static final String NOT_STEADY_ADVICE =
            "if it rises, warm up longer, e.g. -Djmh.args=\"-wi 12\" (60 s for every cell); if it falls, re-run on an idle machine "
            + "or measure longer, e.g. -Djmh.args=\"-i 20\"";

    public JmhCell {
        TreeMap<String, String> kept = new TreeMap<>(params);
        kept.remove(PARAM_SCHEME, HTTP);
        params = Collections.unmodifiableMap(kept);
        secondaries = Collections.unmodifiableMap(new LinkedHashMap<>(secondaries));
    }

    /** {@code sync}, {@code async} or {@code other}: {@link CallStyle#of}. */
    public String callStyle() {
        return CallStyle.of(benchmark);
    }

    /** Whether the benchmark's class or method name contains {@value #BASELINE} (any case). */
    public boolean baseline() {
        return CallStyle.classAndMethod(benchmark).toLowerCase(Locale.ROOT).contains(BASELINE);
    }

    /** The {@code client} param, or null. */
    public String client() {
        return params.get(PARAM_CLIENT);
    }

    /** The {@code scheme} param: {@code https}, or {@value #HTTP} for a cell without one. */
    public String scheme() {
        return params.getOrDefault(PARAM_SCHEME, HTTP);
    }

    /** The {@code mode} param, or null. */
    public String mode() {
        return params.get(PARAM_MODE);
    }

    /** Every param but client and mode (payload, batch, ...), sorted by name: what a chart or table group shares. */
    public Map<String, String> variant() {
        Map<String, String> variant = new TreeMap<>(params);
        variant.remove(PARAM_CLIENT);
        variant.remove(PARAM_MODE);
        return variant;
    }

    /** Requests in flight per benchmark thread: the {@code batch} param, 1 without one. */
    public int inFlightPerThread() {
        String batch = params.get(PARAM_BATCH);
        return batch == null ? 1 : Integer.parseInt(batch);
    }

    /** The metric that counts requests: the {@value #REQUESTS} secondary when there is one, else the primary. */
    public JmhMetric perRequest() {
        return secondaryMetric(REQUESTS).orElse(primary);
    }

    /** Requests per second (per time unit), from {@link #perRequest()}. */
    public double score() {
        return perRequest().score();
    }

    /** The error of {@link #score()}: its 99.9% half-width, NaN when unknown. */
    public double scoreError() {
        return perRequest().error();
    }

    /** The unit of {@link #score()}. */
    public String unit() {
        return perRequest().unit();
    }

    /** Whether the measured window shows one stable rate ({@link SteadyStateCheck}, on {@link #perRequest()}). */
    public SteadyStateCheck.Result steadyState() {
        return SteadyStateCheck.check(perRequest().iterationsPerFork());
    }

    /** The secondary metric named {@code suffix}, or else the first whose name ends with it (JMH may prefix "·"). */
    public Optional<JmhMetric> secondaryMetric(String suffix) {
        JmhMetric exact = secondaries.get(suffix);
        if (exact != null) {
            return Optional.of(exact);
        }
        return secondaries.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue).findFirst();
    }

    /** The score of {@link #secondaryMetric}, if the cell has that metric. */
    public OptionalDouble secondary(String suffix) {
        return secondaryMetric(suffix).map(m -> OptionalDouble.of(m.score())).orElse(OptionalDouble.empty());
    }

    /** The method: the last segment of the benchmark name. */
    public String methodName() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }

    /** e.g. {@code SyncCallBenchmark.client client=jdk mode=singleton payload=hello}. */
    public String describe() {
        return CallStyle.classAndMethod(benchmark)
                + params.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
    }
}
