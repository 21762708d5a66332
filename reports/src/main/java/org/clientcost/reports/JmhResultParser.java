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
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a standard JMH JSON result file (the array written by {@code -rf json}) into {@link JmhCell}s: the one
 * reader of JMH results in the suite (the dashboard, the smoke test and the launcher's steady-state annotation).
 * Missing parts are tolerated: a row without params has none, a metric without {@code rawData} has no iterations.
 */
public final class JmhResultParser {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JmhResultParser() {
    }

    public static JmhResultFile parse(Path file) throws IOException {
        JsonNode root = readArray(file);
        List<JmhCell> results = new ArrayList<>();
        for (JsonNode row : root) {
            results.add(cell(file, row));
        }
        return new JmhResultFile(file, results, settings(root));
    }

    /** The rows' settings: those of the first row with the most common warm-up, and the other warm-ups with their counts. */
    private static JmhRunSettings settings(JsonNode root) {
        if (root.isEmpty()) {
            return JmhRunSettings.UNKNOWN;
        }
        Map<String, Integer> cellsByWarmup = new LinkedHashMap<>();
        Map<String, JsonNode> firstByWarmup = new LinkedHashMap<>();
        for (JsonNode row : root) {
            String warmup = warmupOf(row);
            cellsByWarmup.merge(warmup, 1, Integer::sum);
            firstByWarmup.putIfAbsent(warmup, row);
        }
        String main = cellsByWarmup.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> others = cellsByWarmup.entrySet().stream().filter(e -> !e.getKey().equals(main))
                .map(e -> e.getKey() + " for " + e.getValue() + " of " + root.size() + " cells").toList();
        return settings(firstByWarmup.get(main), others);
    }

    private static String warmupOf(JsonNode row) {
        return row.path("warmupIterations").asInt(0) + " x " + row.path("warmupTime").asText("");
    }

    /** The file's JSON array; a one-line {@link IOException} when it is empty or not a JMH result. */
    static JsonNode readArray(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(file + " is empty (an interrupted JMH run?)");
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result (expected a JSON array)");
        }
        return root;
    }

    private static JmhRunSettings settings(JsonNode row, List<String> otherWarmups) {
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
                row.path("measurementTime").asText(""),
                otherWarmups);
    }

    /** One row of the array as a cell. */
    static JmhCell cell(Path file, JsonNode row) throws IOException {
        String benchmark = row.path("benchmark").asText("");
        JsonNode primary = row.path("primaryMetric");
        if (benchmark.isEmpty() || !primary.isObject()) {
            throw new IOException(file + " has a row without 'benchmark' or 'primaryMetric'");
        }
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : row.path("params").properties()) {
            params.put(p.getKey(), p.getValue().asText());
        }
        Map<String, JmhMetric> secondaries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> s : row.path("secondaryMetrics").properties()) {
            secondaries.put(s.getKey(), metric(s.getValue()));
        }
        return new JmhCell(benchmark, params, row.path("threads").asInt(0), metric(primary), secondaries);
    }

    private static JmhMetric metric(JsonNode node) {
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : node.path("rawData")) {
            double[] iterations = new double[fork.size()];
            for (int i = 0; i < iterations.length; i++) {
                iterations[i] = number(fork.get(i));
            }
            forks.add(iterations);
        }
        return new JmhMetric(number(node.path("score")), number(node.path("scoreError")),
                node.path("scoreUnit").asText(""), forks);
    }

    /** JMH writes NaN as the string "NaN" and infinities as "+INF" / "-INF"; anything else that is not a number is NaN. */
    static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.asText()) {
                case "+INF" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-INF" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    try {
                        return Double.parseDouble(node.asText());
                    } catch (NumberFormatException e) {
                        return Double.NaN;
                    }
                }
            }
        }
        return Double.NaN;
    }
}
