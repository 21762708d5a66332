package org.clientcost.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The warm-up evidence behind the profiles' warm-up time: reads a JMH JSON of a long run WITHOUT warm-up (one fork,
 * many 1 s measured iterations; see jmh/README.md, "Warm-up: measured, not assumed") and prints, per cell and fork,
 * the per-request series, its plateau (the median of the last {@value #PLATEAU_ITERATIONS} iterations), and the
 * iteration from which every later {@value #ROLLING}-iteration rolling mean stays at or above {@value #PLATEAU_PERCENT}%
 * of that plateau: with 1 s iterations, the seconds of warm-up that cell needed.
 *
 * <p>Usage: {@code java -cp jmh/target/benchmarks.jar org.clientcost.reports.WarmupSeries RESULT.json}
 */
public final class WarmupSeries {

    static final int PLATEAU_ITERATIONS = 10;
    static final int ROLLING = 3;
    static final int PLATEAU_PERCENT = 90;

    private WarmupSeries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: WarmupSeries RESULT.json (a JMH JSON file)");
            System.exit(2);
        }
        print(JmhResultParser.parse(Path.of(args[0])), System.out);
    }

    static void print(JmhResultFile run, PrintStream out) {
        out.printf(Locale.ROOT, "%-72s %12s %10s  %s%n", "cell", "steady after", "plateau", "series (requests/s, one value per iteration)");
        for (JmhCell cell : run.results()) {
            var forks = cell.perRequest().iterationsPerFork();
            for (int f = 0; f < forks.size(); f++) {
                double[] series = forks.get(f);
                if (series.length < PLATEAU_ITERATIONS + ROLLING) {
                    continue;
                }
                double plateau = plateau(series);
                int after = steadyAfter(series, plateau);
                String name = cell.describe() + (forks.size() > 1 ? " fork " + (f + 1) : "");
                out.printf(Locale.ROOT, "%-72s %12s %,10.0f  %s%n", name, after < 0 ? "never" : after + " it.", plateau,
                        Arrays.stream(series).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(" ")));
            }
        }
    }

    static double plateau(double[] series) {
        double[] tail = Arrays.copyOfRange(series, series.length - PLATEAU_ITERATIONS, series.length);
        Arrays.sort(tail);
        return (tail[PLATEAU_ITERATIONS / 2 - 1] + tail[PLATEAU_ITERATIONS / 2]) / 2;
    }

    /** First iteration from which every rolling mean stays at or above the share of the plateau; -1 if none. */
    static int steadyAfter(double[] series, double plateau) {
        int windows = series.length - ROLLING + 1;
        int start = -1;
        for (int i = windows - 1; i >= 0; i--) {
            double sum = 0;
            for (int k = 0; k < ROLLING; k++) {
                sum += series[i + k];
            }
            if (sum / ROLLING * 100 < PLATEAU_PERCENT * plateau) {
                break;
            }
            start = i;
        }
        return start;
    }
}
