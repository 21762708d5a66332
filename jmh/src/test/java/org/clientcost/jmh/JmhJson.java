package org.clientcost.jmh;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a JMH JSON result file into {@link CellResult}s (test side: the launcher has the results in memory). */
final class JmhJson {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private JmhJson() {
    }

    static List<CellResult> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON array");
        }
        List<CellResult> cells = new ArrayList<>();
        for (JsonNode row : root) {
            Map<String, String> params = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                params.put(p.getKey(), p.getValue().asText());
            }
            Map<String, Double> secondary = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.path("secondaryMetrics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> s = it.next();
                secondary.put(s.getKey(), number(s.getValue().path("score")));
            }
            JsonNode primary = row.path("primaryMetric");
            cells.add(new CellResult(row.path("benchmark").asText(), params, row.path("threads").asInt(),
                    number(primary.path("score")), number(primary.path("scoreError")), secondary));
        }
        return cells;
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
