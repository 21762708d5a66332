package org.clientcost.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The data the page's script draws, as JSON embedded in the page (browsers refuse to fetch local JSON over file://).
 * One entry per {@link JmhMatrix.Group}: {@code {"id","callStyle","variant","unit","clients":[..],
 * "datasets":[{"mode","scores":[..],"errors":[..]}],"baselines":[{"label","score","error"}]}}; a missing cell or
 * an unknown error is null.
 */
final class ChartData {

    private ChartData() {
    }

    static String chartId(int index) {
        return "chart-" + index;
    }

    static String json(List<JmhMatrix.Group> groups) {
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
            for (String mode : g.modes()) {
                ObjectNode ds = datasets.addObject();
                ds.put("mode", mode);
                ArrayNode scores = ds.putArray("scores");
                ArrayNode errors = ds.putArray("errors");
                for (String client : g.clients()) {
                    Optional<JmhResult> cell = g.cell(client, mode);
                    addNumber(scores, cell.map(JmhResult::score).orElse(Double.NaN));
                    addNumber(errors, cell.map(JmhResult::scoreError).orElse(Double.NaN));
                }
            }
            ArrayNode baselines = chart.putArray("baselines");
            for (JmhResult b : g.baselines()) {
                ObjectNode line = baselines.addObject();
                line.put("label", baselineLabel(b));
                putNumber(line, "score", b.score());
                putNumber(line, "error", b.scoreError());
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
    static String baselineLabel(JmhResult baseline) {
        String method = baseline.methodName();
        return method.equalsIgnoreCase("baseline") ? "baseline" : "baseline (" + method + ")";
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
