package org.clientcost.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a JMH run recorded in its sidecar {@code jmh-env.json}:
 * {@code {"date","profile","jdkVendor","jdkVersion","os","cpus","libraries":{...}}}.
 * Fields the file lacks stay empty strings / 0.
 */
public record RunEnvironment(String date, String profile, String jdkVendor, String jdkVersion, String os, int cpus,
                             Map<String, String> libraries) {

    public RunEnvironment {
        libraries = Map.copyOf(libraries);
    }

    public static RunEnvironment parse(Path file) throws IOException {
        JsonNode root = JmhResultParser.JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a JSON object");
        }
        Map<String, String> libraries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> lib : root.path("libraries").properties()) {
            libraries.put(lib.getKey(), lib.getValue().asText());
        }
        return new RunEnvironment(
                root.path("date").asText(""),
                root.path("profile").asText(""),
                root.path("jdkVendor").asText(""),
                root.path("jdkVersion").asText(""),
                root.path("os").asText(""),
                root.path("cpus").asInt(0),
                libraries);
    }
}
