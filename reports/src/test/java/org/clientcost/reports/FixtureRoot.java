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
    private static final String GATLING_ROOT = "gatling/target/gatling";

    /** Gatling run directories in the fixture, as Gatling named them. */
    static final String HELLO_RUN = "hellosimulation-20261121101517846";
    static final String MIXED_RUN = "mixedsimulation-20261121101523466";
    /** The project's own MillionRequests at small scale, with its gatling.conf percentiles (50, 95, 99, 99.9). */
    static final String MILLION_RUN = "millionrequests-20261121101810204";
    /** The MillionRequests report again, as Gatling writes it for a run with {@link #DESCRIPTION} ({@link #addDescribedRun}). */
    static final String DESCRIBED_RUN = "millionrequests-20261121120000000";
    static final String DESCRIPTION = "nginx reference, 1 worker <&>";

    /** Real gateway matrix runs (smoke scale, 2026-12-03): each its gateway-result.json and Gatling index.html. */
    static final String GATEWAY = "fixtures/gateway";
    static final String GATEWAY_OKHTTP_SINGLETON = "gatewaysimulation-20261203140733115";
    static final String GATEWAY_OKHTTP_PER_REQUEST = "gatewaysimulation-20261203140746848";
    static final String GATEWAY_JDK_SINGLETON = "gatewaysimulation-20261203140759084";
    static final String GATEWAY_JDK_PER_REQUEST = "gatewaysimulation-20261203140810935";
    static final List<String> GATEWAY_RUNS = List.of(GATEWAY_OKHTTP_SINGLETON, GATEWAY_OKHTTP_PER_REQUEST,
            GATEWAY_JDK_SINGLETON, GATEWAY_JDK_PER_REQUEST);

    /** The committed runs of the repository's results/ directory, which the pom puts on the test class path. */
    static final String RESULTS = "results";
    static final String RESULTS_JDK17 = "jmh-result-2026-11-21-full-jdk17.json";
    static final String RESULTS_JDK25 = "jmh-result-2026-11-21-full-jdk25.json";

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
            Path gatling = Files.createDirectories(root.resolve(GATLING_ROOT));
            for (String run : List.of(HELLO_RUN, MIXED_RUN, MILLION_RUN)) {
                Path dir = Files.createDirectories(gatling.resolve(run));
                copy(GATLING + "/" + run + "/index.html", dir.resolve("index.html"));
            }
        }
        return root;
    }

    /** Adds the gateway runs as Gatling run directories under {@code root}; returns their directories. */
    static List<Path> addGatewayRuns(Path root) throws IOException {
        Path gatling = Files.createDirectories(root.resolve(GATLING_ROOT));
        List<Path> dirs = new java.util.ArrayList<>();
        for (String run : GATEWAY_RUNS) {
            Path dir = Files.createDirectories(gatling.resolve(run));
            copy(GATEWAY + "/" + run + "/index.html", dir.resolve("index.html"));
            copy(GATEWAY + "/" + run + "/" + GatewayResultFile.NAME, dir.resolve(GatewayResultFile.NAME));
            dirs.add(dir);
        }
        return dirs;
    }

    /**
     * Rewrites the {@code resentByClient} of the copied gateway run of this client and mode (the fixtures, from
     * before the gateway numbered its upstream calls, say -1), as a run in which the client re-sent some requests.
     */
    static void setResentByClient(List<Path> gatewayRuns, String client, String mode, long resent) throws IOException {
        for (Path dir : gatewayRuns) {
            Path file = dir.resolve(GatewayResultFile.NAME);
            String json = Files.readString(file);
            if (json.contains("\"client\" : \"" + client + "\"") && json.contains("\"mode\" : \"" + mode + "\"")) {
                Files.writeString(file, json.replace("\"resentByClient\" : -1", "\"resentByClient\" : " + resent));
                return;
            }
        }
        throw new IllegalArgumentException("no gateway fixture for " + client + " " + mode);
    }

    /** Copies the committed results/ runs (JSON and environment files) into {@code root/results}. */
    static Path addResults(Path root) throws IOException {
        Path results = Files.createDirectories(root.resolve(RESULTS));
        for (String run : List.of(RESULTS_JDK17, RESULTS_JDK25)) {
            copy(RESULTS + "/" + run, results.resolve(run));
            String env = ResultFileNames.environmentOf(Path.of(run)).toString();
            copy(RESULTS + "/" + env, results.resolve(env));
        }
        return results;
    }

    /** Adds {@link #DESCRIBED_RUN}: the MillionRequests report with the description item Gatling 3.15.1 writes for one. */
    static void addDescribedRun(Path root) throws IOException {
        String html = Files.readString(fixture(GATLING + "/" + MILLION_RUN + "/index.html"));
        String escaped = Html.escape(DESCRIPTION);
        String described = html.replaceFirst(
                "<span class=\"simulation-information-item\">(\\s*<span class=\"simulation-information-label\">Description: </span>\\s*)<span>&mdash;</span>",
                "<span class=\"simulation-tooltip simulation-information-item description\" title=\"Description\" data-content=\""
                        + escaped + "\">$1<span>" + escaped + "</span>");
        if (described.equals(html)) {
            throw new IllegalStateException("the fixture report has no empty Description item any more");
        }
        Path dir = Files.createDirectories(root.resolve(GATLING_ROOT).resolve(DESCRIBED_RUN));
        Files.writeString(dir.resolve("index.html"), described);
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
