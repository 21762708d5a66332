package org.clientcost.jmh;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Payload;
import org.clientcost.reports.ScoreRatio;

/**
 * The table printed at the end of a run: per call style, payload and client, ops/s for each mode with its error,
 * the perRequest/singleton and freshConnection/singleton ratios with bounds (as {@link ScoreRatio} defines and formats
 * them, the same as the dashboard), then where the cost goes.
 */
final class SummaryTable {

    private static final String[] MODES = {
        ClientMode.SINGLETON.key(), ClientMode.FRESH_CONNECTION.key(), ClientMode.PER_REQUEST.key()};

    private SummaryTable() {
    }

    /** One row: the cells of one (style, payload, client), by mode ({@code ""} for the baseline). */
    private record Row(String style, String payload, String client, Map<String, CellResult> byMode) {
        CellResult mode(String mode) {
            return byMode.get(mode);
        }
    }

    static void print(List<CellResult> cells, PrintStream out) {
        List<Row> rows = rows(cells);
        if (rows.isEmpty()) {
            out.println("(no results)");
            return;
        }
        out.println();
        out.println("Throughput, requests/s (± 99.9% confidence half-width); ratios as value [low, high] from the "
                + "intervals' far ends, (a-ea)/(b+eb) to (a+ea)/(b-eb)");
        String head = "%-10s %-9s %-9s %22s %22s %22s %26s %26s%n";
        out.printf(Locale.ROOT, head, "style", "payload", "client", "singleton", "freshConnection", "perRequest",
                "perRequest/singleton", "freshConnection/singleton");
        for (Row row : rows) {
            CellResult single = row.mode(ClientMode.SINGLETON.key());
            if (row.client().equals(CellResult.BASELINE)) {
                out.printf(Locale.ROOT, head, row.style(), row.payload(), row.client(), score(row.mode("")), "", "", "", "");
                continue;
            }
            out.printf(Locale.ROOT, head, row.style(), row.payload(), row.client(),
                    score(single), score(row.mode(MODES[1])), score(row.mode(MODES[2])),
                    ratio(row.mode(MODES[2]), single), ratio(row.mode(MODES[1]), single));
        }

        out.println();
        out.println("Cost per request: connections/op and threads/op (singleton / freshConnection / perRequest);");
        out.println("left behind " + CostProfiler.SETTLE_MILLIS + " ms after the trial's teardown: threads and file descriptors (s / f / p);");
        out.println("ceilingWait% = share of perRequest's time spent waiting at the thread ceiling");
        String costHead = "%-10s %-9s %-9s %24s %24s %20s %20s %12s%n";
        out.printf(Locale.ROOT, costHead, "style", "payload", "client", "connections/op", "threads/op",
                "leftoverThreads", "leftoverFds", "ceilingWait%");
        for (Row row : rows) {
            out.printf(Locale.ROOT, costHead, row.style(), row.payload(), row.client(),
                    triple(row, CostProfiler.CONNECTIONS_PER_OP, "%.3f"),
                    triple(row, CostProfiler.THREADS_PER_OP, "%.3f"),
                    triple(row, CostProfiler.LEFTOVER_THREADS, "%.0f"),
                    triple(row, CostProfiler.LEFTOVER_FDS, "%.0f"),
                    one(row.client().equals(CellResult.BASELINE) ? row.mode("") : row.mode(MODES[2]), CostProfiler.CEILING_WAIT, "%.1f"));
        }
    }

    private static List<Row> rows(List<CellResult> cells) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<CellResult> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing((CellResult c) -> c.style().equals("sync") ? 0 : 1)
                .thenComparing(CellResult::inFlightPerThread)
                .thenComparing(order(CellResult::payload, payloadOrder()))
                .thenComparing(order(CellResult::client, clientOrder())));
        for (CellResult cell : sorted) {
            String style = cell.inFlightPerThread() > 1 || cell.params().containsKey(CellResult.PARAM_BATCH)
                    ? cell.style() + " x" + cell.inFlightPerThread() : cell.style();
            String key = style + "|" + cell.payload() + "|" + cell.client();
            rows.computeIfAbsent(key, k -> new Row(style, cell.payload(), cell.client(), new LinkedHashMap<>()))
                    .byMode().put(cell.mode() == null ? "" : cell.mode(), cell);
        }
        return new ArrayList<>(rows.values());
    }

    private static List<String> payloadOrder() {
        List<String> order = new ArrayList<>();
        for (Payload p : Payload.values()) {
            order.add(p.key());
        }
        return order;
    }

    private static List<String> clientOrder() {
        List<String> order = new ArrayList<>(List.of(CellResult.BASELINE));
        for (ClientLibrary c : ClientLibrary.values()) {
            order.add(c.key());
        }
        return order;
    }

    private static Comparator<CellResult> order(Function<CellResult, String> key, List<String> known) {
        return Comparator.comparing((CellResult c) -> {
            int i = known.indexOf(key.apply(c));
            return i < 0 ? known.size() : i;
        }).thenComparing(key);
    }

    private static String score(CellResult cell) {
        if (cell == null) {
            return "-";
        }
        if (Double.isNaN(cell.error())) {
            return String.format(Locale.ROOT, "%,.0f", cell.score());
        }
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", cell.score(), cell.error());
    }

    private static String ratio(CellResult numerator, CellResult denominator) {
        if (numerator == null || denominator == null) {
            return "-";
        }
        return ScoreRatio.of(numerator.score(), numerator.error(), denominator.score(), denominator.error()).format();
    }

    private static String triple(Row row, String label, String format) {
        if (row.client().equals(CellResult.BASELINE)) {
            return one(row.mode(""), label, format);
        }
        List<String> parts = new ArrayList<>();
        for (String mode : MODES) {
            parts.add(one(row.mode(mode), label, format));
        }
        return String.join(" / ", parts);
    }

    private static String one(CellResult cell, String label, String format) {
        if (cell == null || Double.isNaN(cell.secondary(label))) {
            return "-";
        }
        return String.format(Locale.ROOT, format, cell.secondary(label));
    }
}
