package org.clientcost.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientcost.clients.ClientMode;

/**
 * Does the main job's answer hold? Compares two quick runs and a full run made one after the other on one JDK
 * ({@code scripts/quick-vs-full.sh} runs them and then this):
 * <ul>
 *   <li>every singleton and perRequest score of the first quick run against the full run's: the quick profile is
 *       trusted only while it says what the full profile says, within {@value #SCORE_LIMIT_PERCENT}%;</li>
 *   <li>every perRequest/singleton ratio of quick run 1 against quick run 2: the main job's headline must repeat,
 *       within {@value #RATIO_LIMIT_PERCENT}%.</li>
 * </ul>
 * Differences are {@code (a - b) / b}, with the full run (or quick run 2) as {@code b}. Every cell the first quick run
 * has is compared (a cell missing from the other run is a failure, and so is a not-steady one); it prints one line
 * per comparison and a verdict, and exits 1 when any comparison is outside its limit, 2 on bad arguments.
 */
public final class QuickVsFull {

    static final int SCORE_LIMIT_PERCENT = 25;
    static final int RATIO_LIMIT_PERCENT = 20;

    private static final List<String> COMPARED_MODES = List.of(ClientMode.SINGLETON.key(), ClientMode.PER_REQUEST.key());

    private QuickVsFull() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: QuickVsFull QUICK-1.json QUICK-2.json FULL.json");
            System.exit(2);
        }
        for (String a : args) {
            if (!Files.isRegularFile(Path.of(a))) {
                System.err.println("QuickVsFull: no such file: " + a);
                System.exit(2);
            }
        }
        List<JmhMatrix.Group> quick1 = JmhMatrix.groups(JmhResultParser.parse(Path.of(args[0])).results());
        List<JmhMatrix.Group> quick2 = JmhMatrix.groups(JmhResultParser.parse(Path.of(args[1])).results());
        List<JmhMatrix.Group> full = JmhMatrix.groups(JmhResultParser.parse(Path.of(args[2])).results());
        System.exit(compare(quick1, quick2, full, System.out) ? 0 : 1);
    }

    /** Prints both comparisons; true when every one is within its limit. */
    static boolean compare(List<JmhMatrix.Group> quick1, List<JmhMatrix.Group> quick2, List<JmhMatrix.Group> full,
                           PrintStream out) {
        List<String> failures = new ArrayList<>();
        out.printf(Locale.ROOT, "Scores, quick run 1 against full (limit %d%%), requests/s%n", SCORE_LIMIT_PERCENT);
        out.printf(Locale.ROOT, "%-22s %-8s %-16s %22s %22s %8s%n", "group", "client", "mode", "quick", "full", "diff");
        for (JmhMatrix.Group g : quick1) {
            for (String client : g.clients()) {
                for (String mode : COMPARED_MODES) {
                    Optional<JmhCell> q = g.cell(client, mode);
                    if (q.isEmpty()) {
                        continue;
                    }
                    Optional<JmhCell> f = counterpart(full, g).flatMap(o -> o.cell(client, mode));
                    String where = label(g) + " " + client + " " + mode;
                    if (f.isEmpty()) {
                        failures.add(where + ": not in the full run");
                        continue;
                    }
                    double diff = relative(q.get().score(), f.get().score());
                    boolean ok = Math.abs(diff) * 100 <= SCORE_LIMIT_PERCENT && steady(q.get(), f.get(), where, failures);
                    if (Math.abs(diff) * 100 > SCORE_LIMIT_PERCENT) {
                        failures.add(where + ": quick differs from full by " + percent(diff));
                    }
                    out.printf(Locale.ROOT, "%-22s %-8s %-16s %22s %22s %8s%s%n", label(g), client, mode,
                            score(q.get()), score(f.get()), percent(diff), ok ? "" : "  <- outside");
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "perRequest/singleton, quick run 1 against quick run 2 (limit %d%%)%n", RATIO_LIMIT_PERCENT);
        out.printf(Locale.ROOT, "%-22s %-8s %28s %28s %8s%n", "group", "client", "quick 1", "quick 2", "diff");
        for (JmhMatrix.Group g : quick1) {
            for (String client : g.clients()) {
                Optional<ScoreRatio> r1 = g.ratioToSingleton(client, ClientMode.PER_REQUEST.key());
                if (r1.isEmpty()) {
                    continue;
                }
                Optional<ScoreRatio> r2 = counterpart(quick2, g).flatMap(o -> o.ratioToSingleton(client, ClientMode.PER_REQUEST.key()));
                String where = label(g) + " " + client + " perRequest/singleton";
                if (r2.isEmpty()) {
                    failures.add(where + ": not in quick run 2");
                    continue;
                }
                double diff = relative(r1.get().value(), r2.get().value());
                boolean ok = Math.abs(diff) * 100 <= RATIO_LIMIT_PERCENT;
                if (!ok) {
                    failures.add(where + ": the two quick runs differ by " + percent(diff));
                }
                out.printf(Locale.ROOT, "%-22s %-8s %28s %28s %8s%s%n", label(g), client, r1.get().format(),
                        r2.get().format(), percent(diff), ok ? "" : "  <- outside");
            }
        }
        out.println();
        if (failures.isEmpty()) {
            out.println("verdict: every score within " + SCORE_LIMIT_PERCENT + "% of full, every ratio within "
                    + RATIO_LIMIT_PERCENT + "% between the quick runs");
            return true;
        }
        out.println("verdict: " + failures.size() + " comparison(s) outside their limit:");
        failures.forEach(f -> out.println("  " + f));
        return false;
    }

    private static boolean steady(JmhCell quick, JmhCell full, String where, List<String> failures) {
        boolean steady = true;
        if (quick.steadyState().notSteady()) {
            failures.add(where + ": quick cell not steady (" + quick.steadyState().reason() + ")");
            steady = false;
        }
        if (full.steadyState().notSteady()) {
            failures.add(where + ": full cell not steady (" + full.steadyState().reason() + ")");
            steady = false;
        }
        return steady;
    }

    /** The group of the other run with the same call style and variant. */
    private static Optional<JmhMatrix.Group> counterpart(List<JmhMatrix.Group> run, JmhMatrix.Group g) {
        return run.stream().filter(o -> o.callStyle().equals(g.callStyle()) && o.variant().equals(g.variant())).findFirst();
    }

    private static String label(JmhMatrix.Group g) {
        return g.styleLabel() + " " + g.payloadLabel();
    }

    private static double relative(double a, double b) {
        return b == 0 ? Double.NaN : (a - b) / b;
    }

    private static String percent(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%+.0f%%", 100 * d);
    }

    private static String score(JmhCell c) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", c.score(), c.scoreError());
    }
}
