package org.clientcost.jmh;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clientcost.clients.ClientMode;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhMatrix;
import org.clientcost.reports.ScoreRatio;
import org.clientcost.reports.SteadyStateCheck;

/**
 * The summary of a run, printed at its end and written as Markdown beside its JSON: per call style (and batch),
 * payload and client, requests/s for each mode with its error, the perRequest/singleton and freshConnection/singleton
 * ratios with bounds (as {@link ScoreRatio} defines and formats them, the same as the dashboard), then where the cost
 * goes; a cell that is not steady ({@link SteadyStateCheck}) is marked, and the lines below the table say why and
 * what to do. Rows are the dashboard's groups ({@link JmhMatrix}), in its order; scores are per request ({@link JmhCell}).
 */
final class SummaryTable {

    private static final String SINGLETON = ClientMode.SINGLETON.key();
    private static final String FRESH_CONNECTION = ClientMode.FRESH_CONNECTION.key();
    private static final String PER_REQUEST = ClientMode.PER_REQUEST.key();
    private static final List<String> MODES = List.of(SINGLETON, FRESH_CONNECTION, PER_REQUEST);
    private static final String NOT_STEADY_MARK = " (" + SteadyStateCheck.Verdict.NOT_STEADY.label() + ")";

    private static final String THROUGHPUT_NOTE = "Throughput, requests/s (± 99.9% confidence half-width); ratios as "
            + "value [low, high] from the intervals' far ends, (a-ea)/(b+eb) to (a+ea)/(b-eb)";
    private static final List<String> COST_NOTES = List.of(
            "Cost per request: connections/op and threads/op (singleton / freshConnection / perRequest);",
            "left behind " + CostProfiler.SETTLE_MILLIS + " ms after the trial's teardown: threads and file descriptors (s / f / p);",
            "ceilingWait% = share of perRequest's time spent waiting at the thread ceiling");

    private final Table throughput = new Table(3, "style", "payload", "client", SINGLETON, FRESH_CONNECTION, PER_REQUEST,
            PER_REQUEST + "/" + SINGLETON, FRESH_CONNECTION + "/" + SINGLETON);
    private final Table cost = new Table(3, "style", "payload", "client", CostProfiler.CONNECTIONS_PER_OP,
            CostProfiler.THREADS_PER_OP, CostProfiler.LEFTOVER_THREADS, CostProfiler.LEFTOVER_FDS, CostProfiler.CEILING_WAIT);
    /** Rows for the https groups only; printed when there are any. */
    private final Table tls = new Table(3, "style", "payload", "client", CostProfiler.TLS_FULL_PER_OP,
            CostProfiler.TLS_RESUMED_PER_OP);
    private static final String TLS_NOTE = "TLS handshakes per request the server completed, full and resumed "
            + "(singleton / freshConnection / perRequest)";
    private final List<String> steadyState = new ArrayList<>();

    private SummaryTable(List<JmhCell> cells) {
        for (JmhMatrix.Group g : JmhMatrix.groups(cells)) {
            for (JmhCell b : g.baselines()) {
                throughput.row(g.styleLabel(), g.payloadLabel(), JmhCell.BASELINE, score(Optional.of(b)), "", "", "", "");
                cost.row(g.styleLabel(), g.payloadLabel(), JmhCell.BASELINE, figure(Optional.of(b), CostProfiler.CONNECTIONS_PER_OP, "%.3f"),
                        figure(Optional.of(b), CostProfiler.THREADS_PER_OP, "%.3f"), figure(Optional.of(b), CostProfiler.LEFTOVER_THREADS, "%.0f"),
                        figure(Optional.of(b), CostProfiler.LEFTOVER_FDS, "%.0f"), figure(Optional.of(b), CostProfiler.CEILING_WAIT, "%.1f"));
            }
            for (String client : g.clients()) {
                throughput.row(g.styleLabel(), g.payloadLabel(), client,
                        score(g.cell(client, SINGLETON)), score(g.cell(client, FRESH_CONNECTION)), score(g.cell(client, PER_REQUEST)),
                        ratio(g, client, PER_REQUEST), ratio(g, client, FRESH_CONNECTION));
                cost.row(g.styleLabel(), g.payloadLabel(), client,
                        triple(g, client, CostProfiler.CONNECTIONS_PER_OP, "%.3f"), triple(g, client, CostProfiler.THREADS_PER_OP, "%.3f"),
                        triple(g, client, CostProfiler.LEFTOVER_THREADS, "%.0f"), triple(g, client, CostProfiler.LEFTOVER_FDS, "%.0f"),
                        figure(g.cell(client, PER_REQUEST), CostProfiler.CEILING_WAIT, "%.1f"));
                if ("https".equals(g.variant().get(JmhCell.PARAM_SCHEME))) {
                    tls.row(g.styleLabel(), g.payloadLabel(), client, triple(g, client, CostProfiler.TLS_FULL_PER_OP, "%.3f"),
                            triple(g, client, CostProfiler.TLS_RESUMED_PER_OP, "%.3f"));
                }
            }
        }
        steadyState.addAll(steadyStateLines(cells));
    }

    /** The summary as the console shows it. */
    static void print(List<JmhCell> cells, PrintStream out) {
        SummaryTable summary = new SummaryTable(cells);
        if (summary.throughput.isEmpty()) {
            out.println("(no results)");
            return;
        }
        out.println();
        out.println(THROUGHPUT_NOTE);
        out.print(summary.throughput.text());
        summary.steadyState.forEach(out::println);
        out.println();
        COST_NOTES.forEach(out::println);
        out.print(summary.cost.text());
        if (!summary.tls.isEmpty()) {
            out.println();
            out.println(TLS_NOTE);
            out.print(summary.tls.text());
        }
    }

    /** The same summary as a Markdown document, under a title and the lines saying which run it is. */
    static String markdown(List<JmhCell> cells, List<String> about) {
        SummaryTable summary = new SummaryTable(cells);
        StringBuilder md = new StringBuilder("# client-cost JMH summary\n\n");
        about.forEach(line -> md.append(line).append("  \n"));
        if (summary.throughput.isEmpty()) {
            return md.append("\n(no results)\n").toString();
        }
        md.append("\n## Throughput\n\n").append(THROUGHPUT_NOTE).append(".\n\n").append(summary.throughput.markdown()).append('\n');
        summary.steadyState.forEach(line -> md.append(line.startsWith("  ") ? "- " + line.strip() : line).append('\n'));
        md.append("\n## Cost per request\n\n").append(String.join(" ", COST_NOTES)).append("\n\n").append(summary.cost.markdown());
        if (!summary.tls.isEmpty()) {
            md.append("\n## TLS handshakes per request\n\n").append(TLS_NOTE).append(".\n\n").append(summary.tls.markdown());
        }
        return md.toString();
    }

    /**
     * What the steady-state check says of the run: the cells that are not steady (each with its reason) and what to
     * do; else the cells that could not be judged; else that all are steady.
     */
    private static List<String> steadyStateLines(List<JmhCell> cells) {
        List<String> lines = new ArrayList<>();
        List<JmhCell> notSteady = cells.stream().filter(c -> c.steadyState().notSteady()).toList();
        List<JmhCell> unjudged = cells.stream()
                .filter(c -> c.steadyState().verdict() == SteadyStateCheck.Verdict.TOO_FEW_ITERATIONS).toList();
        if (!notSteady.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "%s: %d cell(s), marked above; their later iterations differ from the "
                    + "earlier ones beyond noise: %s", SteadyStateCheck.Verdict.NOT_STEADY.label(), notSteady.size(), JmhCell.NOT_STEADY_ADVICE));
            notSteady.forEach(c -> lines.add("  " + c.describe() + ": " + c.steadyState().reason()));
        }
        if (!unjudged.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "steady state: %s for %d cell(s): %s",
                    SteadyStateCheck.Verdict.TOO_FEW_ITERATIONS.label(), unjudged.size(), unjudged.get(0).steadyState().reason()));
        }
        if (notSteady.isEmpty() && unjudged.isEmpty() && !cells.isEmpty()) {
            lines.add("steady state: every cell " + SteadyStateCheck.Verdict.STEADY.label()
                    + " (" + SteadyStateCheck.TEST_IN_WORDS + ")");
        }
        return lines;
    }

    private static String score(Optional<JmhCell> cell) {
        if (cell.isEmpty()) {
            return "-";
        }
        JmhCell c = cell.get();
        String mark = c.steadyState().notSteady() ? NOT_STEADY_MARK : "";
        if (Double.isNaN(c.scoreError())) {
            return String.format(Locale.ROOT, "%,.0f", c.score()) + mark;
        }
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", c.score(), c.scoreError()) + mark;
    }

    private static String ratio(JmhMatrix.Group g, String client, String mode) {
        return g.ratioToSingleton(client, mode).map(ScoreRatio::format).orElse("-");
    }

    private static String triple(JmhMatrix.Group g, String client, String label, String format) {
        List<String> parts = new ArrayList<>();
        for (String mode : MODES) {
            parts.add(figure(g.cell(client, mode), label, format));
        }
        return String.join(" / ", parts);
    }

    private static String figure(Optional<JmhCell> cell, String label, String format) {
        OptionalDouble value = cell.isEmpty() ? OptionalDouble.empty() : cell.get().secondary(label);
        return value.isPresent() && !Double.isNaN(value.getAsDouble()) ? String.format(Locale.ROOT, format, value.getAsDouble()) : "-";
    }
}
