package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's one rule for "per request", the verdict taken from it, and the names the rules read. */
class JmhCellTest {

    static final String REQUESTS_FIXTURE = "fixtures/jmh-result-requests.json";

    private static List<JmhCell> requestsFixture() throws IOException {
        return JmhResultParser.parse(FixtureRoot.fixture(REQUESTS_FIXTURE)).results();
    }

    @Test
    void aCellWithARequestsCounterIsScoredPerRequest() throws IOException {
        JmhCell singleton = requestsFixture().get(0);
        assertEquals(2000.0, singleton.score(), 0);
        assertEquals(100.0, singleton.scoreError(), 0);
        assertEquals("ops/s", singleton.unit());
        assertEquals(250.0, singleton.primary().score(), 1e-9, "the primary metric still counts batches");
        assertEquals(8, singleton.inFlightPerThread());
        assertEquals(2, singleton.perRequest().iterationsPerFork().size());
        assertEquals(1920.0, singleton.perRequest().iterationsPerFork().get(0)[0], 0);
    }

    @Test
    void withoutARequestsCounterTheScoreIsThePrimaryMetric() throws IOException {
        JmhCell cell = JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).results().get(0);
        assertEquals(cell.primary().score(), cell.score(), 0);
        assertEquals(cell.primary().error(), cell.scoreError(), 0);
        assertEquals(cell.primary(), cell.perRequest());
    }

    @Test
    void theSteadyStateVerdictAndTheRatiosFollowTheRequestsNotTheBatches() throws IOException {
        List<JmhCell> cells = requestsFixture();
        JmhCell perRequest = cells.get(1);
        assertEquals(SteadyStateCheck.Verdict.NOT_STEADY, perRequest.steadyState().verdict(), perRequest.steadyState().reason());
        assertEquals(SteadyStateCheck.Verdict.STEADY,
                SteadyStateCheck.check(perRequest.primary().iterationsPerFork()).verdict(), "the batches alone look flat");
        assertEquals(SteadyStateCheck.Verdict.STEADY, cells.get(0).steadyState().verdict());

        JmhMatrix.Group group = JmhMatrix.groups(cells).get(0);
        assertEquals(156.25 / 2000.0, group.ratioToSingleton("jdk", "perRequest").orElseThrow().value(), 1e-12);
        assertTrue(group.ratioNotSteady("jdk", "perRequest"));
        assertFalse(group.ratioNotSteady("jdk", "singleton"));
    }

    @Test
    void callStyleAndBaselineComeFromTheClassAndMethodOnly() {
        JmhCell inAsyncPackage = new JmhCell("org.async.SyncCallBenchmark.client", java.util.Map.of(), 1,
                new JmhMetric(1, 0, "ops/s", List.of()), java.util.Map.of());
        assertEquals(CallStyle.SYNC, inAsyncPackage.callStyle());
        assertFalse(inAsyncPackage.baseline());
        JmhCell baseline = new JmhCell("org.baseline.AsyncBatchBenchmark.baseline", java.util.Map.of(), 1,
                new JmhMetric(1, 0, "ops/s", List.of()), java.util.Map.of());
        assertEquals(CallStyle.ASYNC, baseline.callStyle());
        assertTrue(baseline.baseline());
        assertEquals("AsyncBatchBenchmark.baseline", baseline.describe());
    }
}
