package org.clientcost.reports;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a standard JMH JSON result file (the array written by {@code -rf json}).
 * Missing params are tolerated: a row without {@code client} or {@code mode} keeps them as null.
 */
public final class JmhResultParser {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JmhResultParser() {
    }

    public static JmhResultFile parse(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(file + " is empty (an interrupted JMH run?)");
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result (expected a JSON array)");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode row : root) {
            results.add(parseRow(file, row));
        }
        JmhRunSettings settings = root.isEmpty() ? JmhRunSettings.UNKNOWN : settings(root.get(0));
        return new JmhResultFile(file, results, settings);
    }

    private static JmhRunSettings settings(JsonNode row) {
        return new JmhRunSettings(
                row.path("jmhVersion").asText(""),
                row.path("jdkVersion").asText(""),
                row.path("vmName").asText(""),
                row.path("vmVersion").asText(""),
                row.path("forks").asInt(0),
                row.path("threads").asInt(0),
                row.path("warmupIterations").asInt(0),
                row.path("warmupTime").asText(""),
                row.path("measurementIterations").asInt(0),
                row.path("measurementTime").asText(""));
    }

    private static JmhResult parseRow(Path file, JsonNode row) throws IOException {
        String benchmark = row.path("benchmark").asText("");
        JsonNode primary = row.path("primaryMetric");
        if (benchmark.isEmpty() || !primary.isObject()) {
            throw new IOException(file + " has a row without 'benchmark' or 'primaryMetric'");
        }
        Map<String, String> variant = new TreeMap<>();
        String client = null;
        String mode = null;
        for (Map.Entry<String, JsonNode> p : row.path("params").properties()) {
            switch (p.getKey()) {
                case "client" -> client = p.getValue().asText();
                case "mode" -> mode = p.getValue().asText();
                default -> variant.put(p.getKey(), p.getValue().asText());
            }
        }
        Map<String, Double> secondaries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> s : row.path("secondaryMetrics").properties()) {
            secondaries.put(s.getKey(), number(s.getValue().path("score")));
        }
        return new JmhResult(benchmark,
                CallStyle.of(benchmark),
                benchmark.toLowerCase(Locale.ROOT).contains("baseline"),
                client, mode, variant,
                number(primary.path("score")),
                number(primary.path("scoreError")),
                primary.path("scoreUnit").asText(""),
                secondaries);
    }

    /** JMH writes NaN as the string "NaN"; anything that is not a number becomes NaN. */
    static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
