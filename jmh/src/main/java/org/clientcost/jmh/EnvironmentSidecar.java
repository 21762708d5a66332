package org.clientcost.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

/**
 * Writes {@code jmh-env.json} next to the JMH result (named by {@code org.clientcost.reports.ResultFileNames}): when, with which profile, on which JDK, OS and CPU count,
 * with which library versions (from the parent pom, filtered into {@code library-versions.properties}).
 * Format (shared with the reports module):
 * {@code {"date":..,"profile":..,"jdkVendor":..,"jdkVersion":..,"os":..,"cpus":..,"libraries":{..}}}.
 */
final class EnvironmentSidecar {

    private static final String VERSIONS = "library-versions.properties";
    private static final List<String> LIBRARIES = List.of("netty", "jmh", "okhttp", "asyncHttpClient", "gatling");

    private EnvironmentSidecar() {
    }

    static void write(Path file, Instant date, BenchProfile profile) throws IOException {
        Properties versions = new Properties();
        try (InputStream in = EnvironmentSidecar.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS + " is missing from the class path");
            }
            versions.load(in);
        }
        StringBuilder json = new StringBuilder("{");
        field(json, "date", date.truncatedTo(ChronoUnit.SECONDS).toString()).append(',');
        field(json, "profile", profile.key()).append(',');
        field(json, "jdkVendor", System.getProperty("java.vendor")).append(',');
        field(json, "jdkVersion", System.getProperty("java.runtime.version", System.getProperty("java.version"))).append(',');
        field(json, "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")).append(',');
        json.append("\"cpus\":").append(Runtime.getRuntime().availableProcessors()).append(",\"libraries\":{");
        for (int i = 0; i < LIBRARIES.size(); i++) {
            String name = LIBRARIES.get(i);
            field(json, name, versions.getProperty(name, "unknown")).append(i + 1 < LIBRARIES.size() ? "," : "");
        }
        json.append("}}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return json.append(quote(name)).append(':').append(quote(value));
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
