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
 * Knows where the suite leaves its results, relative to the project root: the newest
 * {@code jmh/target/jmh-result*.json}, any other directory of such files (e.g. {@code results/}), each result's
 * sidecar ({@link ResultFileNames#environmentOf}), and every Gatling run directory
 * {@code gatling/target/gatling/<simulation>-<timestamp>/}.
 */
public final class ResultLocator {

    public static final String JMH_DIR = "jmh/target";
    public static final String JMH_RESULT_GLOB = ResultFileNames.RESULT_GLOB;
    public static final String GATLING_DIR = "gatling/target/gatling";

    private final Path root;

    public ResultLocator(Path root) {
        this.root = root;
    }

    /** The most recently modified JMH result file under {@value #JMH_DIR}, if any. */
    public Optional<Path> newestJmhResult() throws IOException {
        Path newest = null;
        FileTime newestTime = null;
        for (Path file : jmhResultsIn(root.resolve(JMH_DIR))) {
            FileTime time = Files.getLastModifiedTime(file);
            if (newestTime == null || time.compareTo(newestTime) > 0) {
                newest = file;
                newestTime = time;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Every {@value #JMH_RESULT_GLOB} file directly in {@code dir}, by name; none when it is not a directory. */
    public static List<Path> jmhResultsIn(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, JMH_RESULT_GLOB)) {
            for (Path file : found) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /**
     * The environment sidecar written with this result ({@link ResultFileNames#environmentOf}), if it exists. Another
     * run's sidecar is never used: it could name the wrong JDK.
     */
    public Optional<Path> jmhEnvironment(Path result) {
        Path env = ResultFileNames.environmentOf(result);
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
