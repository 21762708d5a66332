package org.clientcost.reports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lays the test fixtures out as a project root, the way the suite leaves its results:
 * {@code jmh/target/jmh-result.json}, {@code jmh/target/jmh-env.json} and {@code gatling/target/gatling/<run>/index.html}.
 * (The fixtures cannot live in such a tree in git: every "target" directory is ignored.)
 */
final class FixtureRoot {

    static final String JMH_RESULT = "fixtures/jmh-result.json";
    static final String JMH_ENV = "fixtures/jmh-env.json";
    static final String GATLING = "fixtures/gatling";

    /** Gatling run directories in the fixture, as Gatling named them. */
    static final String HELLO_RUN = "hellosimulation-20261121101517846";
    static final String MIXED_RUN = "mixedsimulation-20261121101523466";
    /** The project's own MillionRequests at small scale, with its gatling.conf percentiles (50, 95, 99, 99.9). */
    static final String MILLION_RUN = "millionrequests-20261121101810204";

    private FixtureRoot() {
    }

    static Path fixture(String name) {
        URL url = FixtureRoot.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh project root under {@code target/} holding the chosen parts of the fixture. */
    static Path create(String testName, boolean withJmh, boolean withGatling) throws IOException {
        Path root = Path.of("target", "fixture-roots", testName).toAbsolutePath();
        deleteRecursively(root);
        Files.createDirectories(root);
        if (withJmh) {
            Path jmh = Files.createDirectories(root.resolve("jmh/target"));
            copy(JMH_RESULT, jmh.resolve("jmh-result.json"));
            copy(JMH_ENV, jmh.resolve("jmh-env.json"));
        }
        if (withGatling) {
            Path gatling = Files.createDirectories(root.resolve("gatling/target/gatling"));
            for (String run : List.of(HELLO_RUN, MIXED_RUN, MILLION_RUN)) {
                Path dir = Files.createDirectories(gatling.resolve(run));
                copy(GATLING + "/" + run + "/index.html", dir.resolve("index.html"));
            }
        }
        return root;
    }

    private static void copy(String fixture, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(fixture(fixture))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
