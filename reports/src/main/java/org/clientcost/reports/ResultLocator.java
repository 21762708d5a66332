package org.clientcost.reports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Knows where the suite leaves its results, relative to the project root:
 * the newest {@code jmh/target/jmh-result*.json} with its sidecar ({@code jmh-env*.json}, same suffix),
 * and every Gatling run directory {@code gatling/target/gatling/<simulation>-<timestamp>/}.
 */
public final class ResultLocator {

    public static final String JMH_DIR = "jmh/target";
    public static final String JMH_RESULT_GLOB = "jmh-result*.json";
    public static final String GATLING_DIR = "gatling/target/gatling";

    private final Path root;

    public ResultLocator(Path root) {
        this.root = root;
    }

    /** The most recently modified JMH result file, if any. */
    public Optional<Path> newestJmhResult() throws IOException {
        Path dir = root.resolve(JMH_DIR);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, JMH_RESULT_GLOB)) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                FileTime time = Files.getLastModifiedTime(file);
                if (newestTime == null || time.compareTo(newestTime) > 0) {
                    newest = file;
                    newestTime = time;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * The environment sidecar written with this result: {@code jmh-result<suffix>.json} pairs with
     * {@code jmh-env<suffix>.json} (so {@code jmh-result.json} with {@code jmh-env.json}). Another run's sidecar is
     * never used: it could name the wrong JDK.
     */
    public Optional<Path> jmhEnvironment(Path result) {
        String name = result.getFileName().toString();
        String prefix = "jmh-result";
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        Path env = result.resolveSibling("jmh-env" + name.substring(prefix.length()));
        return Files.isRegularFile(env) ? Optional.of(env) : Optional.empty();
    }

    /** Every Gatling run directory that holds a report ({@code index.html}), sorted by name (simulation, then start). */
    public List<Path> gatlingRuns() throws IOException {
        Path dir = root.resolve(GATLING_DIR);
        List<Path> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return runs;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path child : children) {
                if (GatlingRunParser.isRunDirectory(child)) {
                    runs.add(child);
                }
            }
        }
        runs.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return runs;
    }
}
