package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Singleton, freshConnection and perRequest side by side per client and style, from the real fixture runs. */
class GatewayComparisonTest {

    private static GatewayRun run(String name) throws IOException {
        Path dir = FixtureRoot.fixture(FixtureRoot.GATEWAY + "/" + name);
        return new GatewayRun(GatewayResultFile.read(dir.resolve(GatewayResultFile.NAME)), dir);
    }

    /** {@code r} with another KO count, rate, cross-check verdict, JDK and date; everything else the same. */
    private static GatewayResult copy(GatewayResult r, long ko, double requestsPerSecond, String crossCheck, String jdk,
                                      String date) {
        return new GatewayResult(r.client(), r.mode(), r.style(), r.endpoint(), r.concurrency(), r.requestsPlanned(),
                r.durationBoundSeconds(), r.warmupSeconds(), r.boundedByDuration(), r.warmupOk(), r.warmupKo(), r.ok(), ko,
                r.seconds(), requestsPerSecond, r.latencyMs(), r.secondsForMillion(), r.upstreamConnections(),
                r.connectionsPerRequest(), r.resentByClient(), r.clientsBuilt(), r.peakThreads(), r.peakFileDescriptors(), crossCheck, jdk,
                r.machine(), date);
    }

    @Test
    void oneRowPerClientAndStyleInTheSuitesClientOrderWithTheRatiosToSingleton() throws IOException {
        List<GatewayRun> runs = new ArrayList<>();
        for (String name : FixtureRoot.GATEWAY_RUNS) {
            runs.add(run(name));
        }
        List<GatewayComparison.Row> rows = GatewayComparison.rows(runs);
        assertEquals(List.of("jdk", "okhttp"), rows.stream().map(GatewayComparison.Row::client).toList());
        GatewayComparison.Row jdk = rows.get(0);
        assertEquals("sync", jdk.style());
        assertEquals("/hello", jdk.endpoint());
        assertTrue(jdk.freshConnection().isEmpty());
        assertTrue(jdk.freshConnectionRatio().isEmpty());
        double expected = run(FixtureRoot.GATEWAY_JDK_PER_REQUEST).result().requestsPerSecond()
                / run(FixtureRoot.GATEWAY_JDK_SINGLETON).result().requestsPerSecond();
        assertEquals(expected, jdk.perRequestRatio().orElseThrow(), 1e-12);
        assertEquals(FixtureRoot.GATEWAY_JDK_SINGLETON, jdk.singleton().orElseThrow().directory().getFileName().toString());
    }

    @Test
    void theNewestRunOfAConfigurationWins() throws IOException {
        GatewayRun older = run(FixtureRoot.GATEWAY_OKHTTP_SINGLETON);
        GatewayResult r = older.result();
        GatewayResult newer = copy(r, r.ko(), 99_999, r.crossCheck(), r.jdk(), "2099-01-01T00:00:00Z");
        List<GatewayComparison.Row> rows = GatewayComparison.rows(List.of(older, new GatewayRun(newer, older.directory())));
        assertEquals(1, rows.size());
        assertEquals(99_999, rows.get(0).singleton().orElseThrow().result().requestsPerSecond());
    }

    @Test
    void runsOnAnotherJdkGetARowOfTheirOwnNeverComparedAcrossJdks() throws IOException {
        GatewayRun jdk17 = run(FixtureRoot.GATEWAY_OKHTTP_SINGLETON);
        GatewayResult r = jdk17.result();
        GatewayResult onJdk25 = copy(r, r.ko(), 99_999, r.crossCheck(), "JDK 25.0.1 (Eclipse Adoptium)", "2099-01-01T00:00:00Z");
        List<GatewayComparison.Row> rows = GatewayComparison.rows(List.of(new GatewayRun(onJdk25, jdk17.directory()), jdk17));
        assertEquals(List.of(r.jdk(), "JDK 25.0.1 (Eclipse Adoptium)"), rows.stream().map(GatewayComparison.Row::jdk).toList());
        assertEquals(r.requestsPerSecond(), rows.get(0).singleton().orElseThrow().result().requestsPerSecond());
        assertEquals(99_999, rows.get(1).singleton().orElseThrow().result().requestsPerSecond());
    }

    @Test
    void aRunWithKoOrAMismatchGivesNoRatio() throws IOException {
        GatewayRun singleton = run(FixtureRoot.GATEWAY_JDK_SINGLETON);
        GatewayRun perRequest = run(FixtureRoot.GATEWAY_JDK_PER_REQUEST);
        GatewayResult r = perRequest.result();
        GatewayResult refused = copy(r, 772_584, 11_775, "MISMATCH: 772584 over capacity", r.jdk(), r.date());
        GatewayRun invalid = new GatewayRun(refused, perRequest.directory());
        assertTrue(GatewayComparison.valid(perRequest));
        assertFalse(GatewayComparison.valid(invalid));
        assertTrue(GatewayComparison.rows(List.of(singleton, invalid)).get(0).perRequestRatio().isEmpty());
        assertTrue(GatewayComparison.rows(List.of(singleton, perRequest)).get(0).perRequestRatio().isPresent());
    }
}
