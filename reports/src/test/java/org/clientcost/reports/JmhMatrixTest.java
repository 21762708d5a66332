package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhMatrixTest {

    @Test
    void groupsByCallStyleThenVariantWithMatchingBaselines() throws IOException {
        List<JmhMatrix.Group> groups = JmhMatrix.groups(
                JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).results());
        assertEquals(List.of("sync|hello", "sync|bytes16k", "async|hello \u00b7 batch=32", "async|bytes16k \u00b7 batch=32"),
                groups.stream().map(g -> g.callStyle() + "|" + g.variantLabel()).toList());
        for (JmhMatrix.Group g : groups) {
            assertEquals(List.of("jdk", "okhttp", "ahc"), g.clients());
            assertEquals(List.of("singleton", "freshConnection", "perRequest"), g.modes());
            assertEquals(9, g.cells().size());
            assertEquals(1, g.baselines().size(), "one baseline per chart: " + g.variantLabel());
            JmhCell baseline = g.baselines().get(0);
            assertEquals(g.callStyle(), baseline.callStyle());
            assertEquals(g.variant().get("payload"), baseline.variant().get("payload"));
        }
    }

    @Test
    void ratioToSingletonUsesTheSameClientAndVariant() throws IOException {
        List<JmhMatrix.Group> groups = JmhMatrix.groups(
                JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).results());
        JmhMatrix.Group syncHello = groups.get(0);
        JmhCell perRequest = syncHello.cell("okhttp", "perRequest").orElseThrow();
        JmhCell singleton = syncHello.cell("okhttp", "singleton").orElseThrow();
        ScoreRatio ratio = syncHello.ratioToSingleton("okhttp", "perRequest").orElseThrow();
        assertEquals(perRequest.score() / singleton.score(), ratio.value(), 1e-12);
        assertTrue(ratio.value() < 1, "perRequest is slower than singleton in the fixture");
        assertTrue(syncHello.ratioToSingleton("nosuchclient", "perRequest").isEmpty());
    }

    @Test
    void baselineWithoutParamsAppliesToEveryVariantOfItsStyle() {
        JmhCell bare = cell("x.Baseline.syncExchange", Map.of());
        assertTrue(JmhMatrix.appliesTo(bare, CallStyle.SYNC, Map.of("payload", "hello")));
        assertTrue(!JmhMatrix.appliesTo(bare, CallStyle.ASYNC, Map.of("payload", "hello")));
        JmhCell withPayload = cell("x.Baseline.syncExchange", Map.of("payload", "bytes16k"));
        assertTrue(!JmhMatrix.appliesTo(withPayload, CallStyle.SYNC, Map.of("payload", "hello")));
    }

    @Test
    void asyncCellsGroupByBatchInNumericOrderAndAloneBaselinesKeepAGroup() {
        List<JmhCell> cells = List.of(
                cell("x.AsyncBatchBenchmark.client", Map.of("client", "jdk", "mode", "singleton", "payload", "hello", "batch", "32")),
                cell("x.AsyncBatchBenchmark.client", Map.of("client", "jdk", "mode", "singleton", "payload", "hello", "batch", "8")),
                cell("x.AsyncBatchBenchmark.client", Map.of("client", "jdk", "mode", "singleton", "payload", "hello", "batch", "128")),
                cell("x.AsyncBatchBenchmark.baseline", Map.of("payload", "hello", "batch", "8")),
                cell("x.SyncCallBenchmark.baseline", Map.of("payload", "hello")));
        List<JmhMatrix.Group> groups = JmhMatrix.groups(cells);
        assertEquals(List.of("sync", "async \u00d78", "async \u00d732", "async \u00d7128"),
                groups.stream().map(JmhMatrix.Group::styleLabel).toList());
        assertTrue(!groups.get(0).hasClients(), "the sync baseline has no client group but still a group of its own");
        assertEquals(1, groups.get(0).baselines().size());
        assertEquals(1, groups.get(1).baselines().size(), "the batch=8 baseline goes with batch=8 only");
        assertTrue(groups.get(2).baselines().isEmpty());
        assertEquals("hello", groups.get(3).payloadLabel());
        assertEquals(List.of(groups.get(1), groups.get(2), groups.get(3)), JmhMatrix.headline(groups));
    }

    @Test
    void knownKeysComeFromTheClientsEnums() {
        assertEquals(List.of("jdk", "okhttp", "ahc"), JmhMatrix.CLIENT_ORDER);
        assertEquals(List.of("singleton", "freshConnection", "perRequest"), JmhMatrix.MODE_ORDER);
        assertEquals(List.of("hello", "bytes16k"), JmhMatrix.PAYLOAD_ORDER);
    }

    private static JmhCell cell(String benchmark, Map<String, String> params) {
        return new JmhCell(benchmark, params, 1, new JmhMetric(1, 0, "ops/s", List.of()), Map.of());
    }

    @Test
    void unknownClientsAndModesSortAfterTheKnownOnes() {
        assertEquals(List.of("jdk", "ahc", "apache", "zzz"),
                JmhMatrix.ordered(List.of("zzz", "ahc", "apache", "jdk", "ahc"), JmhMatrix.CLIENT_ORDER));
    }
}
