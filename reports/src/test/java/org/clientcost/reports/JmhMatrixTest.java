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
            JmhResult baseline = g.baselines().get(0);
            assertEquals(g.callStyle(), baseline.callStyle());
            assertEquals(g.variant().get("payload"), baseline.variant().get("payload"));
        }
    }

    @Test
    void ratioToSingletonUsesTheSameClientAndVariant() throws IOException {
        List<JmhMatrix.Group> groups = JmhMatrix.groups(
                JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).results());
        JmhMatrix.Group syncHello = groups.get(0);
        JmhResult perRequest = syncHello.cell("okhttp", "perRequest").orElseThrow();
        JmhResult singleton = syncHello.cell("okhttp", "singleton").orElseThrow();
        ScoreRatio ratio = syncHello.ratioToSingleton("okhttp", "perRequest").orElseThrow();
        assertEquals(perRequest.score() / singleton.score(), ratio.value(), 1e-12);
        assertTrue(ratio.value() < 1, "perRequest is slower than singleton in the fixture");
        assertTrue(syncHello.ratioToSingleton("nosuchclient", "perRequest").isEmpty());
    }

    @Test
    void baselineWithoutParamsAppliesToEveryVariantOfItsStyle() {
        JmhResult bare = new JmhResult("x.Baseline.syncExchange", CallStyle.SYNC, true, null, null, Map.of(),
                1, 0, "ops/s", Map.of());
        assertTrue(JmhMatrix.appliesTo(bare, CallStyle.SYNC, Map.of("payload", "hello")));
        assertTrue(!JmhMatrix.appliesTo(bare, CallStyle.ASYNC, Map.of("payload", "hello")));
        JmhResult withPayload = new JmhResult("x.Baseline.syncExchange", CallStyle.SYNC, true, null, null,
                Map.of("payload", "bytes16k"), 1, 0, "ops/s", Map.of());
        assertTrue(!JmhMatrix.appliesTo(withPayload, CallStyle.SYNC, Map.of("payload", "hello")));
    }

    @Test
    void unknownClientsAndModesSortAfterTheKnownOnes() {
        assertEquals(List.of("jdk", "ahc", "apache", "zzz"),
                JmhMatrix.ordered(List.of("zzz", "ahc", "apache", "jdk", "ahc"), JmhMatrix.CLIENT_ORDER));
    }
}
