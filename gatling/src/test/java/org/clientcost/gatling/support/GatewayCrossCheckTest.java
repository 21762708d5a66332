package org.clientcost.gatling.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.clientcost.gateway.GatewayConfig;
import org.clientcost.reports.GatewayResult;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.Test;

/**
 * The gateway matrix's cross-check on synthetic counters: a run whose counts agree MATCHes, a re-send is allowed for
 * and reported, and each kind of disagreement (served, connections, gateway answers, clients built) is a MISMATCH
 * that names it. This is what fails a configuration whose answer is wrong, so every branch is exercised here.
 */
class GatewayCrossCheckTest {

    private static final GatewayEndpoint HELLO = GatewayEndpoint.parse("/hello");
    private static final GatewayConfiguration PER_REQUEST = new GatewayConfiguration("okhttp", "perRequest", "sync");
    private static final GatewayConfiguration SINGLETON_SYNC = new GatewayConfiguration("jdk", "singleton", "sync");
    private static final GatewayConfiguration SINGLETON_ASYNC = new GatewayConfiguration("ahc", "singleton", "async");
    private static final ServerStats BEFORE = stats(10, 5, 0);

    /** 100 warm-up and 1,000 measured answers, all OK. */
    private static LoadOutcome outcome() {
        return new LoadOutcome(100, 0, 1_000, 0, 1.0, false, new GatewayResult.Latency(1, 2, 3, 4, 5));
    }

    /** The target server's counters: connections opened (the stats read's own included), /hello served, re-sent. */
    private static ServerStats stats(long connectionsOpened, long hello, long repeated) {
        return new ServerStats(connectionsOpened, 1, hello, Map.of("hello", hello), 0, 0, 0, repeated);
    }

    /** After the run: this many new upstream connections, this many served (re-sends included), this many re-sent. */
    private static ServerStats after(long newConnections, long served, long repeated) {
        return stats(BEFORE.connectionsOpened() + newConnections + StatsClient.CONNECTIONS_PER_CALL,
                BEFORE.requests("hello") + served, repeated);
    }

    private static GatewayStatsReader.GatewayStats gateway(long answered200, long clientsBuilt) throws Exception {
        return new GatewayStatsReader.GatewayStats(new ObjectMapper().readTree(String.format(
                "{\"answered\":{\"200\":%d},\"upstreamErrors\":0,\"upstreamTimeouts\":0,\"overCapacity\":0,"
                        + "\"clientsBuilt\":%d}", answered200, clientsBuilt)));
    }

    @Test
    void perRequestWithOneConnectionAndOneClientPerRequestMatches() throws Exception {
        GatewayCrossCheck check = GatewayCrossCheck.of(PER_REQUEST, HELLO, outcome(), BEFORE,
                after(1_100, 1_100, 0), gateway(1_100, 1_100));
        assertEquals(GatewayResult.MATCH, check.verdict());
        assertEquals(1_100, check.served());
        assertEquals(1_100, check.connections());
        assertEquals(0, check.resent());
    }

    @Test
    void aReSentRequestIsServedOnceMoreOnOneMoreConnectionAndStillMatches() throws Exception {
        GatewayCrossCheck check = GatewayCrossCheck.of(PER_REQUEST, HELLO, outcome(), BEFORE,
                after(1_102, 1_102, 2), gateway(1_100, 1_100));
        assertEquals(GatewayResult.MATCH, check.verdict());
        assertEquals(2, check.resent());
    }

    @Test
    void anExtraRequestThatWasNotAReSendIsAMismatch() throws Exception {
        // 1,101 distinct requests served for 1,100 proxied: one the gateway sent that no user asked for.
        String verdict = GatewayCrossCheck.of(PER_REQUEST, HELLO, outcome(), BEFORE,
                after(1_101, 1_101, 0), gateway(1_100, 1_100)).verdict();
        assertTrue(verdict.startsWith("MISMATCH: target served 1101 distinct /hello but Gatling counted 1100 OK"), verdict);
    }

    @Test
    void fewerServedThanOkAnswersIsAMismatch() throws Exception {
        String verdict = GatewayCrossCheck.of(PER_REQUEST, HELLO, outcome(), BEFORE,
                after(1_100, 1_099, 0), gateway(1_100, 1_100)).verdict();
        assertTrue(verdict.contains("target served 1099 distinct /hello"), verdict);
    }

    @Test
    void perRequestReusingAConnectionIsAMismatch() throws Exception {
        String verdict = GatewayCrossCheck.of(PER_REQUEST, HELLO, outcome(), BEFORE,
                after(1_099, 1_100, 0), gateway(1_100, 1_100)).verdict();
        assertEquals("MISMATCH: 1099 new upstream connections for 1100 proxied requests, expected one per request", verdict);
    }

    @Test
    void singletonMayOpenUpToItsPoolOfCallersAndNoMore() throws Exception {
        long workers = GatewayConfig.DEFAULT_WORKERS;
        assertEquals(GatewayResult.MATCH, GatewayCrossCheck.of(SINGLETON_SYNC, HELLO, outcome(), BEFORE,
                after(workers, 1_100, 0), gateway(1_100, 1)).verdict());
        String verdict = GatewayCrossCheck.of(SINGLETON_SYNC, HELLO, outcome(), BEFORE,
                after(workers + 1, 1_100, 0), gateway(1_100, 1)).verdict();
        assertTrue(verdict.contains((workers + 1) + " new upstream connections for a singleton client, expected 1 to "
                + workers + " (the gateway's workers)"), verdict);
        long inFlight = GatewayConfig.DEFAULT_MAX_IN_FLIGHT;
        assertEquals(GatewayResult.MATCH, GatewayCrossCheck.of(SINGLETON_ASYNC, HELLO, outcome(), BEFORE,
                after(inFlight, 1_100, 0), gateway(1_100, 1)).verdict());
        assertTrue(GatewayCrossCheck.of(SINGLETON_ASYNC, HELLO, outcome(), BEFORE,
                after(0, 1_100, 0), gateway(1_100, 1)).verdict().contains("expected 1 to " + inFlight), "no connection at all");
    }

    @Test
    void theGatewaysOwnCountsMustAgreeToo() throws Exception {
        String answers = GatewayCrossCheck.of(SINGLETON_SYNC, HELLO, outcome(), BEFORE,
                after(64, 1_100, 0), gateway(1_099, 1)).verdict();
        assertTrue(answers.contains("gateway answered 1099 with 200, Gatling counted 1100 OK"), answers);
        String clients = GatewayCrossCheck.of(SINGLETON_SYNC, HELLO, outcome(), BEFORE,
                after(64, 1_100, 0), gateway(1_100, 2)).verdict();
        assertTrue(clients.contains("gateway built 2 clients, expected 1"), clients);
        GatewayStatsReader.GatewayStats errors = new GatewayStatsReader.GatewayStats(new ObjectMapper().readTree(
                "{\"answered\":{\"200\":1100},\"upstreamErrors\":3,\"upstreamTimeouts\":0,\"overCapacity\":0,\"clientsBuilt\":1}"));
        String failed = GatewayCrossCheck.of(SINGLETON_SYNC, HELLO, outcome(), BEFORE, after(64, 1_100, 0), errors).verdict();
        assertTrue(failed.contains("gateway counted 3 upstream errors"), failed);
    }
}
