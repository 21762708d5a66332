package org.clientcost.reports;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row of a JMH JSON result file, reduced to what the dashboard shows.
 *
 * @param benchmark   fully qualified benchmark method name, e.g. {@code org.clientcost.jmh.SyncBenchmark.call}
 * @param callStyle   {@code sync}, {@code async} or {@code other}, derived from the benchmark name
 * @param baseline    true when the benchmark name contains "baseline" (any case)
 * @param client      value of the {@code client} param, or {@code null} when the row has none
 * @param mode        value of the {@code mode} param, or {@code null} when the row has none
 * @param variant     every other param (payload, batch, ...), sorted by name
 * @param score       primary score
 * @param scoreError  JMH's half-width of the 99.9% confidence interval; NaN when JMH could not compute one
 * @param unit        primary score unit, e.g. {@code ops/s}
 * @param secondaries secondary metrics by their name as written by JMH (possibly prefixed with "·")
 */
public record JmhResult(String benchmark, String callStyle, boolean baseline, String client, String mode,
                        Map<String, String> variant, double score, double scoreError, String unit,
                        Map<String, Double> secondaries) {

    public JmhResult {
        variant = Map.copyOf(variant);
        secondaries = Map.copyOf(secondaries);
    }

    /** The secondary metric whose name ends with {@code suffix} (JMH may prefix profiler results with "·"). */
    public OptionalDouble secondary(String suffix) {
        Double exact = secondaries.get(suffix);
        if (exact != null) {
            return OptionalDouble.of(exact);
        }
        return secondaries.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix))
                .mapToDouble(Map.Entry::getValue)
                .findFirst();
    }

    /** The last segment of the benchmark name: the method. */
    public String methodName() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }
}
