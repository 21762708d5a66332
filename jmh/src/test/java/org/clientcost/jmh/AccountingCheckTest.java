package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientcost.reports.JmhCell;
import org.clientcost.reports.JmhMetric;
import org.junit.jupiter.api.Test;

/** The accounting check accepts the expected shape and reports each kind of wrong one. */
class AccountingCheckTest {

    private static final String SYNC = "org.clientcost.jmh.SyncCallBenchmark.client";
    private static final String ASYNC = "org.clientcost.jmh.AsyncBatchBenchmark.client";

    private static JmhCell cell(String benchmark, String mode, int threads, double score,
                                   double connectionsPerOp, double requestsPerOp, double connections) {
        return cell(benchmark, mode, threads, score, connectionsPerOp, requestsPerOp, connections, "http", 0, 0);
    }

    private static JmhCell cell(String benchmark, String mode, int threads, double score, double connectionsPerOp,
                                double requestsPerOp, double connections, String scheme, double tlsFull, double tlsResumed) {
        Map<String, String> params = new HashMap<>(Map.of("client", "jdk", "mode", mode, "payload", "hello", "scheme", scheme));
        if (benchmark.equals(ASYNC)) {
            params.put("batch", "32");
        }
        Map<String, JmhMetric> secondary = new HashMap<>();
        secondary.put(CostProfiler.CONNECTIONS_PER_OP, figure(connectionsPerOp));
        secondary.put(CostProfiler.REQUESTS_PER_OP, figure(requestsPerOp));
        secondary.put(CostProfiler.THREADS_PER_OP, figure(0.0));
        secondary.put(CostProfiler.TLS_FULL_PER_OP, figure(tlsFull));
        secondary.put(CostProfiler.TLS_RESUMED_PER_OP, figure(tlsResumed));
        secondary.put(CostProfiler.CONNECTIONS, figure(connections));
        secondary.put(CostProfiler.LEFTOVER_THREADS, figure(0.0));
        secondary.put(CostProfiler.LEFTOVER_FDS, figure(0.0));
        return new JmhCell(benchmark, params, threads, new JmhMetric(score, 1.0, "ops/s", List.of()), secondary);
    }

    private static JmhMetric figure(double value) {
        return new JmhMetric(value, Double.NaN, "", List.of());
    }

    @Test
    void theExpectedShapePasses() {
        List<JmhCell> cells = List.of(
                cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 1),
                cell(ASYNC, "singleton", 2, 5000, 0.0, 1.0, 64),
                cell(SYNC, "freshConnection", 1, 900, 1.0, 1.0, 900),
                cell(ASYNC, "perRequest", 1, 300, 1.02, 1.0, 310));
        assertEquals(List.of(), AccountingCheck.violations(cells));
    }

    @Test
    void aSingletonThatOpensMoreConnectionsThanRequestsInFlightAndTwoResendsFails() {
        List<String> problems = AccountingCheck.violations(List.of(cell(ASYNC, "singleton", 1, 5000, 0.01, 1.0, 35)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("opened 35.000 connections"), problems.get(0));
        assertEquals(1, AccountingCheck.violations(List.of(cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 4))).size());
    }

    @Test
    void aSingletonMayOpenTwoConnectionsForResends() {
        assertEquals(List.of(), AccountingCheck.violations(List.of(cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 3),
                cell(ASYNC, "singleton", 1, 5000, 0.0, 1.0, 34))));
    }

    @Test
    void perRequestWithoutOneConnectionPerRequestFails() {
        assertEquals(1, AccountingCheck.violations(List.of(cell(SYNC, "perRequest", 1, 300, 0.5, 1.0, 150))).size());
        assertEquals(1, AccountingCheck.violations(List.of(cell(SYNC, "freshConnection", 1, 300, 1.2, 1.0, 360))).size());
    }

    @Test
    void httpsCellsHaveTheirModesHandshakes() {
        List<JmhCell> expected = List.of(
                cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 1, "https", 0.0, 0.0),
                cell(SYNC, "freshConnection", 1, 900, 1.0, 1.0, 900, "https", 0.001, 0.999),
                cell(SYNC, "freshConnection", 1, 900, 1.0, 1.0, 900, "https", 1.0, 0.0),
                cell(ASYNC, "perRequest", 1, 300, 1.0, 1.0, 310, "https", 1.0, 0.0));
        assertEquals(List.of(), AccountingCheck.violations(expected));

        List<String> perRequestResumed = AccountingCheck.violations(
                List.of(cell(SYNC, "perRequest", 1, 300, 1.0, 1.0, 300, "https", 0.5, 0.5)));
        assertEquals(1, perRequestResumed.size(), perRequestResumed.toString());
        assertTrue(perRequestResumed.get(0).contains("expected 1 for a client per request"), perRequestResumed.get(0));

        List<String> noHandshake = AccountingCheck.violations(
                List.of(cell(SYNC, "freshConnection", 1, 900, 1.0, 1.0, 900, "https", 0.0, 0.0)));
        assertEquals(2, noHandshake.size(), noHandshake.toString());
        assertTrue(noHandshake.get(0).contains("expected one handshake per connection"), noHandshake.get(0));

        List<String> tlsOverHttp = AccountingCheck.violations(
                List.of(cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 1, "http", 0.01, 0.0)));
        assertEquals(1, tlsOverHttp.size(), tlsOverHttp.toString());
        assertTrue(tlsOverHttp.get(0).contains("over http, expected none"), tlsOverHttp.get(0));
    }

    @Test
    void theHttpSchemeIsTheDefaultAndNotAParam() {
        JmhCell http = cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 1);
        assertEquals("http", http.scheme());
        assertTrue(!http.params().containsKey(JmhCell.PARAM_SCHEME), http.params().toString());
        JmhCell https = cell(SYNC, "singleton", 1, 5000, 0.0, 1.0, 1, "https", 0, 0);
        assertEquals("https", https.params().get(JmhCell.PARAM_SCHEME));
    }

    @Test
    void requestsTheServerDidNotSeeFail() {
        assertEquals(1, AccountingCheck.violations(List.of(cell(SYNC, "singleton", 1, 5000, 0.0, 0.5, 1))).size());
    }

    @Test
    void aMissingCostFigureOrAZeroScoreFails() {
        JmhCell noProfiler = new JmhCell(SYNC, Map.of("client", "jdk", "mode", "singleton", "payload", "hello"),
                1, new JmhMetric(0.0, Double.NaN, "ops/s", List.of()), Map.of());
        List<String> problems = AccountingCheck.violations(List.of(noProfiler));
        assertTrue(problems.stream().anyMatch(p -> p.contains("score 0.0")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'connections/op' is missing")), problems.toString());
    }
}
