package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expected numbers are those Gatling 3.15.1 showed for the fixture runs: a 1,000-request keep-alive run with no
 * failure and a 505-request run with 5 deliberate 404s (console summary), and the project's MillionRequests at
 * 10,001 requests (its report's global row).
 */
class GatlingRunParserTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheGlobalRowOfARealReport() throws IOException {
        GatlingRun run = GatlingRunParser.parse(FixtureRoot.fixture(FixtureRoot.GATLING + "/" + FixtureRoot.HELLO_RUN));
        assertEquals("HelloSimulation", run.simulation());
        assertEquals("2026-11-21 10:15:18 GMT", run.startedAt());
        assertEquals(1000, run.requests());
        assertEquals(1000, run.ok());
        assertEquals(0, run.ko());
        assertEquals(500, run.meanRps(), 1e-9);
        assertEquals(List.of(50.0, 75.0, 95.0, 99.0), run.percentiles().stream().map(GatlingRun.Percentile::rank).toList());
        assertEquals(3, run.percentile(50));
        assertEquals(7, run.percentile(95));
        assertEquals(12, run.percentile(99));
        assertEquals(117, run.maxMillis());
        assertEquals(-1, run.percentile(99.9));
    }

    @Test
    void readsFailures() throws IOException {
        GatlingRun run = GatlingRunParser.parse(FixtureRoot.fixture(FixtureRoot.GATLING + "/" + FixtureRoot.MIXED_RUN));
        assertEquals("MixedSimulation", run.simulation());
        assertEquals(505, run.requests());
        assertEquals(500, run.ok());
        assertEquals(5, run.ko());
        assertEquals(83, run.maxMillis());
    }

    @Test
    void percentilesFollowTheReportsConfiguration() throws IOException {
        GatlingRun run = GatlingRunParser.parse(FixtureRoot.fixture(FixtureRoot.GATLING + "/" + FixtureRoot.MILLION_RUN));
        assertEquals("MillionRequests", run.simulation());
        assertEquals(List.of(50.0, 95.0, 99.0, 99.9), run.percentiles().stream().map(GatlingRun.Percentile::rank).toList());
        assertEquals(10_001, run.requests());
        assertEquals(5000.5, run.meanRps(), 1e-9);
        assertEquals(53, run.percentile(99.9));
        assertEquals(-1, run.percentile(75));
    }

    @Test
    void aPageWithoutTheStatisticsRowIsRejectedWithItsPath() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken-20261121101517846"));
        Files.writeString(dir.resolve("index.html"), "<html><body>interrupted</body></html>");
        assertTrue(GatlingRunParser.isRunDirectory(dir));
        IOException e = assertThrows(IOException.class, () -> GatlingRunParser.parse(dir));
        assertTrue(e.getMessage().contains("index.html") && e.getMessage().contains("ROOT"), e.getMessage());
    }

    @Test
    void aRunWithoutReportIsNotARun() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("crashed-20261121101517846"));
        Files.writeString(dir.resolve("simulation.log"), "");
        assertTrue(!GatlingRunParser.isRunDirectory(dir));
    }

    @Test
    void readsTheRunDescriptionAndNoneAsEmpty() throws IOException {
        FixtureRoot.addDescribedRun(tmp);
        GatlingRun described = GatlingRunParser.parse(tmp.resolve("gatling/target/gatling").resolve(FixtureRoot.DESCRIBED_RUN));
        assertEquals(FixtureRoot.DESCRIPTION, described.description());
        assertEquals("MillionRequests", described.simulation());
        assertEquals(10_001, described.requests());
        assertEquals("", GatlingRunParser.parse(FixtureRoot.fixture(FixtureRoot.GATLING + "/" + FixtureRoot.MILLION_RUN)).description());
    }

    @Test
    void directoryTimestampReadsAsUtc() {
        assertEquals("2026-11-21 10:15:17 GMT", GatlingRunParser.timestamp("20261121101517846"));
    }
}
