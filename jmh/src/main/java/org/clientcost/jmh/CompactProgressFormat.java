package org.clientcost.jmh;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * The launcher's default progress output: one line when a cell starts (with JMH's progress and ETA) and one with
 * its result, instead of JMH's ~25 lines per cell. Everything else JMH prints (failures, warnings, where the
 * result was saved) passes through; only its {@code #} header lines are dropped. {@code -v NORMAL} in
 * {@code jmh.args} brings back JMH's own output.
 */
final class CompactProgressFormat implements OutputFormat {

    private final PrintStream out;
    private String progress = "";
    private String cell = "";
    private boolean droppingLine;
    private long runStart;

    CompactProgressFormat(PrintStream out) {
        this.out = out;
    }

    @Override
    public void startRun() {
        runStart = System.nanoTime();
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        // the cell's line is printed when JMH announces the fork, with the progress it printed just before
        progress = "";
        String name = params.getBenchmark();
        StringBuilder b = new StringBuilder(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
        for (String key : params.getParamsKeys()) {
            b.append(' ').append(key).append('=').append(params.getParam(key));
        }
        cell = b.toString();
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (result == null) {
            return;
        }
        Result<?> perRequest = result.getSecondaryResults().getOrDefault(AsyncBatchBenchmark.REQUESTS_METRIC, result.getPrimaryResult());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "        %,.0f ± %,.0f requests/s", perRequest.getScore(),
                perRequest.getScoreError()));
        for (String label : new String[] {CostProfiler.CONNECTIONS_PER_OP, CostProfiler.THREADS_PER_OP}) {
            Result<?> r = result.getSecondaryResults().get(label);
            if (r != null) {
                line.append(String.format(Locale.ROOT, ", %s %.3f", label, r.getScore()));
            }
        }
        out.println(line);
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        out.printf(Locale.ROOT, "JMH finished %d cells in %.0f s%n", result.size(), (System.nanoTime() - runStart) / 1e9);
    }

    @Override
    public void print(String s) {
        if (droppingLine || s.startsWith("#")) {
            droppingLine = true;
            return;
        }
        out.print(s);
    }

    @Override
    public void println(String s) {
        if (droppingLine) {
            droppingLine = false;
            return;
        }
        if (s.startsWith("# Run progress:")) {
            progress = s.substring("# Run progress:".length()).trim();
            return;
        }
        if (s.startsWith("# Fork:") || s.startsWith("# Warmup Fork:")) {
            out.printf(Locale.ROOT, "[%s] %s (%s)%n", progress, cell, s.substring(2).toLowerCase(Locale.ROOT));
            return;
        }
        if (s.startsWith("#") || s.isEmpty()) {
            return;
        }
        out.println(s);
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    @Override
    public void verbosePrintln(String s) {
    }

    @Override
    public void write(int b) {
        out.write(b);
    }

    @Override
    public void write(byte[] b) {
        out.write(b, 0, b.length);
    }
}
