package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Payload;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhResultParser;
import org.clientcost.reports.ResultFileNames;
import org.clientcost.reports.SteadyStateAnnotation;
import org.clientcost.reports.SteadyStateCheck;
import org.junit.jupiter.api.Test;

/**
 * Part of the test command ({@code mvn -B -Psmoke verify}): runs EVERY benchmark cell very briefly (smoke profile)
 * through the real launcher and the real shaded jar, then checks the JSON it wrote: the whole matrix is there,
 * every score is positive, and the accounting has the expected shape ({@link AccountingCheck}: one request per op
 * seen by the server; singleton reuses its connections; freshConnection and perRequest open one per request).
 * No timing assertions: the machine is shared and the smoke profile measures nothing meaningful about speed.
 */
class BenchmarkSmokeIT {

    /** Far above the ~4 minutes the 76 smoke cells take; only there so a hung run cannot block the build forever. */
    private static final long RUN_LIMIT_MINUTES = 12;

    @Test
    void everyCellRunsAndTheAccountingHasTheExpectedShape() throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/benchmarks.jar"));
        Path dir = Path.of(System.getProperty("bench.smokeDir", "target/smoke"));
        Path result = dir.resolve("jmh-result.json");
        assertTrue(Files.isRegularFile(jar), jar + " is missing; it is built in the package phase");

        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), BenchmarkLauncher.class.getName(),
                "--profile=" + BenchProfile.SMOKE.key(), "--result=" + result, "--jmh-args=-rf csv")
                .redirectErrorStream(true)
                .start();
        // Copied through System.out (not inheritIO): failsafe owns this JVM's stdout and flags direct writes.
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(launcher output lost: " + e + ")");
            }
        }, "smoke-launcher-output");
        copier.setDaemon(true);
        copier.start();
        if (!launcher.waitFor(RUN_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            fail("the smoke run did not finish within " + RUN_LIMIT_MINUTES + " minutes");
        }
        copier.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(Files.isRegularFile(result), "the launcher wrote no JSON at " + result + " (exit " + launcher.exitValue() + ")");
        assertTrue(Files.isRegularFile(ResultFileNames.environmentOf(result)), "no jmh-env.json beside the result");

        List<JmhCell> cells = JmhResultParser.parse(result).results();
        assertEquals(expectedCells(), cells.stream().map(BenchmarkSmokeIT::key).collect(Collectors.toCollection(TreeSet::new)),
                "the JSON must hold every cell of the matrix, once");
        for (JmhCell cell : cells) {
            assertTrue(cell.score() > 0, cell.describe() + " has score " + cell.score());
        }
        assertEquals(List.of(), AccountingCheck.violations(cells), "accounting shape");

        // The smoke profile measures one iteration per fork: every entry says that it could not be judged.
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        for (JsonNode entry : json) {
            assertEquals(SteadyStateCheck.Verdict.TOO_FEW_ITERATIONS.label(),
                    entry.path(SteadyStateAnnotation.FIELD).path("verdict").asText(), entry.path("benchmark").asText());
        }
        // -rf csv: the same cells beside the JSON, one primary row each (secondary rows are named benchmark:label).
        List<String> csv = Files.readAllLines(ResultFileNames.formatOf(result, "csv"));
        assertTrue(csv.get(0).startsWith("\"Benchmark\""), csv.get(0));
        assertEquals(cells.size(), csv.stream().skip(1).filter(line -> !line.split(",")[0].contains(":")).count(),
                "one CSV row per cell");
        String markdown = Files.readString(ResultFileNames.markdownSummaryOf(result));
        assertTrue(markdown.startsWith("# client-cost JMH summary"), markdown);
        assertTrue(markdown.contains("| sync | hello | baseline |") && markdown.contains("|:---|:---|:---|---:|"), markdown);
        assertEquals(0, launcher.exitValue(), "launcher exit status");
    }

    /** ServiceLoader registration survives shading: {@code -lprof} on the benchmarks jar lists the cost profiler. */
    @Test
    void theBenchmarksJarListsTheCostProfiler() throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/benchmarks.jar"));
        Process lprof = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "-lprof").redirectErrorStream(true).start();
        String output = new String(lprof.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lprof.waitFor(1, TimeUnit.MINUTES), "java -jar benchmarks.jar -lprof did not end");
        assertTrue(output.lines().anyMatch(l -> l.contains(CostProfiler.class.getName()) && l.contains("(discovered)")), output);
    }

    /**
     * The matrix: 3 clients x 3 modes x 2 payloads for each call style over http, plus the baseline for each payload
     * and call style; the client cells of the 13-byte payload over https; then the batch curve over http: async client
     * cells at batch 1, 8 and 128 for singleton and perRequest, 13 bytes. An http cell's description has no scheme
     * (the model drops scheme=http).
     */

    private static Set<String> expectedCells() {
        Set<String> cells = new TreeSet<>();
        for (String size : List.of("1", "8", "128")) {
            for (ClientLibrary client : ClientLibrary.values()) {
                for (ClientMode mode : List.of(ClientMode.SINGLETON, ClientMode.PER_REQUEST)) {
                    cells.add("AsyncBatchBenchmark.client batch=" + size + " client=" + client.key() + " mode=" + mode.key()
                            + " payload=" + Payload.HELLO.key());
                }
            }
        }
        String batch = " batch=" + BenchProfile.DEFAULT_BATCH;
        for (Payload payload : Payload.values()) {
            cells.add("SyncCallBenchmark.baseline payload=" + payload.key());
            cells.add("AsyncBatchBenchmark.baseline" + batch + " payload=" + payload.key());
            for (ClientLibrary client : ClientLibrary.values()) {
                for (ClientMode mode : ClientMode.values()) {
                    for (String scheme : payload == Payload.HELLO ? List.of("", " scheme=https") : List.of("")) {
                        String params = " client=" + client.key() + " mode=" + mode.key() + " payload=" + payload.key() + scheme;
                        cells.add("SyncCallBenchmark.client" + params);
                        cells.add("AsyncBatchBenchmark.client" + batch + params);
                    }
                }
            }
        }
        return cells;
    }

    private static String key(JmhCell cell) {
        return cell.describe();
    }
}
