package org.clientcost.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhMetric;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH's in-memory results as the suite's {@link JmhCell}s, holding what JMH's JSON writer takes from them: params,
 * threads, each metric's score, error and unit, and its measured iterations per fork (one {@link BenchmarkResult} per
 * fork, its {@link IterationResult}s in order; a secondary only where the iteration has it, as {@code rawData}).
 */
final class RunResultCells {

    private RunResultCells() {
    }

    static List<JmhCell> of(Collection<RunResult> results) {
        return results.stream().map(RunResultCells::of).toList();
    }

    static JmhCell of(RunResult run) {
        BenchmarkParams p = run.getParams();
        Map<String, String> params = new TreeMap<>();
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key));
        }
        Map<String, JmhMetric> secondaries = new LinkedHashMap<>();
        for (Map.Entry<String, Result> e : run.getSecondaryResults().entrySet()) {
            secondaries.put(e.getKey(), metric(e.getValue(), run, it -> it.getSecondaryResults().get(e.getKey())));
        }
        return new JmhCell(p.getBenchmark(), params, p.getThreads(),
                metric(run.getPrimaryResult(), run, IterationResult::getPrimaryResult), secondaries);
    }

    private static JmhMetric metric(Result<?> aggregate, RunResult run, Function<IterationResult, Result<?>> ofIteration) {
        List<double[]> forks = new ArrayList<>();
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            List<Double> scores = new ArrayList<>();
            for (IterationResult iteration : fork.getIterationResults()) {
                Result<?> r = ofIteration.apply(iteration);
                if (r != null) {
                    scores.add(r.getScore());
                }
            }
            forks.add(scores.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new JmhMetric(aggregate.getScore(), aggregate.getScoreError(), aggregate.getScoreUnit(), forks);
    }
}
