package org.clientcost.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientcost.clients.ClientMode;

/**
 * The data the page's script draws, as JSON embedded in the page (browsers refuse to fetch local JSON over file://).
 * Every name and colour comes from here, so the script knows no benchmark key.
 * <ul>
 *   <li>{@code charts}: one throughput chart per {@link JmhMatrix.Group}: {@code {"id","callStyle","variant","unit",
 *       "clients":[..],"datasets":[{"label","colour","scores":[..],"errors":[..],"notSteady":[..]}],
 *       "baselines":[{"label","score","error"}]}}; a missing cell or an unknown error is null;</li>
 *   <li>{@code ratioCharts}: ratios with their ranges on a log axis with a line at 1: {@code {"id","categories":[..],
 *       "datasets":[{"label","colour","points":[{"value","low","high"}|null]}]}}; {@code high} is {@code "inf"} when
 *       unbounded, {@code low}/{@code high} null when unknown.</li>
 * </ul>
 */
final class ChartData {

    static final String HEADLINE_CHART = "headline-chart";
    static final String COMPARE_CHART = "compare-chart";

    /** The colour of each way of using a client, in every chart and table. */
    private static final Map<ClientMode, String> MODE_COLOURS = new EnumMap<>(Map.of(
            ClientMode.SINGLETON, "#2e7d32", ClientMode.FRESH_CONNECTION, "#ef8f00", ClientMode.PER_REQUEST, "#c62828"));
    /** Colours of anything else (unknown modes, runs side by side), in turn. */
    private static final List<String> OTHER_COLOURS = List.of("#1565c0", "#6a1b9a", "#00838f", "#6d4c41", "#546e7a");

    /** A chart of ratios: its categories along x and one dataset per series. */
    record RatioChart(String id, List<String> categories, List<RatioSeries> datasets) {
    }

    /** One series of a ratio chart; a point is empty where its category has no ratio. */
    record RatioSeries(String label, String colour, List<Optional<ScoreRatio>> points) {
    }

    private ChartData() {
    }

    static String chartId(int index) {
        return "chart-" + index;
    }

    /** The colour of a mode key; unknown modes get the other colours by their position. */
    static String modeColour(String mode, int position) {
        for (Map.Entry<ClientMode, String> e : MODE_COLOURS.entrySet()) {
            if (e.getKey().key().equals(mode)) {
                return e.getValue();
            }
        }
        return otherColour(position);
    }

    static String otherColour(int position) {
        return OTHER_COLOURS.get(position % OTHER_COLOURS.size());
    }

    /** "sync · jdk": a ratio chart category for one client of a group. */
    static String category(JmhMatrix.Group group, String client) {
        return group.styleLabel() + " \u00b7 " + client;
    }

    /** The headline: perRequest/singleton and freshConnection/singleton for every client of the headline groups. */
    static RatioChart headline(List<JmhMatrix.Group> headlineGroups) {
        List<String> categories = new ArrayList<>();
        List<RatioSeries> series = new ArrayList<>();
        List<ClientMode> modes = List.of(ClientMode.PER_REQUEST, ClientMode.FRESH_CONNECTION);
        for (ClientMode mode : modes) {
            series.add(new RatioSeries(mode.key() + " / " + ClientMode.SINGLETON.key(), MODE_COLOURS.get(mode), new ArrayList<>()));
        }
        for (JmhMatrix.Group g : headlineGroups) {
            for (String client : g.clients()) {
                categories.add(category(g, client));
                for (int i = 0; i < modes.size(); i++) {
                    series.get(i).points().add(g.ratioToSingleton(client, modes.get(i).key()));
                }
            }
        }
        return new RatioChart(HEADLINE_CHART, categories, series);
    }

    /** The comparison: each run's perRequest/singleton for the rows of the first row's payload. */
    static RatioChart comparison(List<JmhRun> runs, List<RunComparison.Row> rows) {
        List<String> categories = new ArrayList<>();
        List<RatioSeries> series = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            series.add(new RatioSeries(runs.get(r).label(), otherColour(r), new ArrayList<>()));
        }
        String payload = rows.isEmpty() ? "" : rows.get(0).group().payload();
        for (RunComparison.Row row : rows) {
            if (!row.group().payload().equals(payload)) {
                continue;
            }
            categories.add(category(row.group(), row.client()));
            for (int r = 0; r < runs.size(); r++) {
                series.get(r).points().add(row.ratios().get(r));
            }
        }
        return new RatioChart(COMPARE_CHART, categories, series);
    }

    static String json(List<JmhMatrix.Group> groups, List<RatioChart> ratioCharts) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode charts = root.putArray("charts");
        for (int i = 0; i < groups.size(); i++) {
            JmhMatrix.Group g = groups.get(i);
            ObjectNode chart = charts.addObject();
            chart.put("id", chartId(i));
            chart.put("callStyle", g.callStyle());
            chart.put("variant", g.variantLabel());
            chart.put("unit", g.cells().values().iterator().next().unit());
            ArrayNode clients = chart.putArray("clients");
            g.clients().forEach(clients::add);
            ArrayNode datasets = chart.putArray("datasets");
            for (int m = 0; m < g.modes().size(); m++) {
                String mode = g.modes().get(m);
                ObjectNode ds = datasets.addObject();
                ds.put("label", mode);
                ds.put("colour", modeColour(mode, m));
                ArrayNode scores = ds.putArray("scores");
                ArrayNode errors = ds.putArray("errors");
                ArrayNode notSteady = ds.putArray("notSteady");
                for (String client : g.clients()) {
                    Optional<JmhCell> cell = g.cell(client, mode);
                    addNumber(scores, cell.map(JmhCell::score).orElse(Double.NaN));
                    addNumber(errors, cell.map(JmhCell::scoreError).orElse(Double.NaN));
                    notSteady.add(cell.map(c -> c.steadyState().notSteady()).orElse(false));
                }
            }
            ArrayNode baselines = chart.putArray("baselines");
            for (JmhCell b : g.baselines()) {
                ObjectNode line = baselines.addObject();
                line.put("label", baselineLabel(b));
                putNumber(line, "score", b.score());
                putNumber(line, "error", b.scoreError());
            }
        }
        ArrayNode ratios = root.putArray("ratioCharts");
        for (RatioChart rc : ratioCharts) {
            ObjectNode chart = ratios.addObject();
            chart.put("id", rc.id());
            ArrayNode categories = chart.putArray("categories");
            rc.categories().forEach(categories::add);
            ArrayNode datasets = chart.putArray("datasets");
            for (RatioSeries s : rc.datasets()) {
                ObjectNode ds = datasets.addObject();
                ds.put("label", s.label());
                ds.put("colour", s.colour());
                ArrayNode points = ds.putArray("points");
                for (Optional<ScoreRatio> point : s.points()) {
                    if (point.isEmpty() || !(point.get().value() > 0) || Double.isInfinite(point.get().value())) {
                        points.addNull(); // nothing to place on a log axis
                        continue;
                    }
                    ScoreRatio r = point.get();
                    ObjectNode p = points.addObject();
                    p.put("value", r.value());
                    putNumber(p, "low", r.low());
                    if (Double.isInfinite(r.high())) {
                        p.put("high", ScoreRatio.UNBOUNDED);
                    } else {
                        putNumber(p, "high", r.high());
                    }
                }
            }
        }
        try {
            // "<" only occurs inside JSON strings; escaping it keeps "</script>" in data from closing the element.
            return JmhResultParser.JSON.writeValueAsString(root).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chart data", e);
        }
    }

    /** "baseline", or "baseline (method)" when the method name says more than that. */
    static String baselineLabel(JmhCell baseline) {
        String method = baseline.methodName();
        return method.equalsIgnoreCase(JmhCell.BASELINE) ? JmhCell.BASELINE : JmhCell.BASELINE + " (" + method + ")";
    }

    private static void addNumber(ArrayNode array, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            array.addNull();
        } else {
            array.add(value);
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
