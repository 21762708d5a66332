package org.clientcost.gatling.support;

import java.util.ArrayList;
import java.util.List;
import org.clientcost.gateway.GatewayConfig;
import org.clientcost.reports.GatewayResult;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.StatsClient;

/**
 * After one configuration: do both processes' /stats agree with Gatling's count? The target server must have
 * served exactly the OK answers (warm-up included) of the proxied endpoint, each once; the new connections it
 * accepted must fit the mode (singleton: at most the gateway's pool of callers, i.e. its sync workers or its async
 * in-flight limit; freshConnection and perRequest: exactly one per proxied request); the gateway must have answered
 * every OK with 200, refused and failed nothing, and built one client (singleton, freshConnection) or one per request.
 *
 * <p>A request the client sent twice is told apart from an extra request: the gateway numbers its upstream calls
 * ({@code ?seq=N}) and the target server counts a number it had already answered as repeated. The JDK client does
 * this by design: it re-sends an idempotent request on a new connection when a pooled connection fails before any
 * byte of the answer. Such a re-send is not a disagreement: it is served once more and opens one more connection,
 * both allowed for, and it is reported ({@link #resent}).
 *
 * @param served       requests of the endpoint the target server served during the run (re-sends included)
 * @param resent       of those, requests whose number had already been served (the client sent them again)
 * @param connections  new connections the target server accepted during the run
 * @param verdict      {@link GatewayResult#MATCH} or {@code MISMATCH: } with every disagreement
 */
record GatewayCrossCheck(long served, long resent, long connections, String verdict) {

    static GatewayCrossCheck of(GatewayConfiguration configuration, GatewayEndpoint endpoint, LoadOutcome outcome,
                                ServerStats before, ServerStats after, GatewayStatsReader.GatewayStats gateway) {
        long okAnswers = outcome.warmupOk() + outcome.ok();
        long proxied = okAnswers + outcome.warmupKo() + outcome.ko();
        long served = after.requests(endpoint.statsKey()) - before.requests(endpoint.statsKey());
        long resent = after.repeatedRequests() - before.repeatedRequests();
        long distinct = served - resent;
        // The snapshot before holds its own connection; the one after was read on one more, counted in it.
        long connections = after.connectionsOpened() - before.connectionsOpened() - StatsClient.CONNECTIONS_PER_CALL;
        List<String> problems = new ArrayList<>();
        if (distinct < okAnswers || distinct > proxied) {
            problems.add("target served " + distinct + " distinct " + endpoint.path()
                    + (resent > 0 ? " (and " + resent + " re-sent)" : "") + " but Gatling counted " + okAnswers + " OK"
                    + (proxied > okAnswers ? " and " + (proxied - okAnswers) + " KO" : ""));
        }
        if (configuration.singleton()) {
            long pool = "sync".equals(configuration.style()) ? GatewayConfig.DEFAULT_WORKERS : GatewayConfig.DEFAULT_MAX_IN_FLIGHT;
            if (connections > pool + resent || connections < 1) {
                problems.add(connections + " new upstream connections for a singleton client, expected 1 to " + pool
                        + " (the gateway's " + ("sync".equals(configuration.style()) ? "workers" : "in-flight limit") + ")"
                        + (resent > 0 ? " plus " + resent + " for re-sent requests" : ""));
            }
        } else if (connections != proxied + resent) {
            problems.add(connections + " new upstream connections for " + proxied + " proxied requests"
                    + (resent > 0 ? " and " + resent + " re-sent" : "") + ", expected one per request");
        }
        if (gateway.answered200() != okAnswers) {
            problems.add("gateway answered " + gateway.answered200() + " with 200, Gatling counted " + okAnswers + " OK");
        }
        if (gateway.upstreamErrors() != 0 || gateway.upstreamTimeouts() != 0 || gateway.overCapacity() != 0) {
            problems.add("gateway counted " + gateway.upstreamErrors() + " upstream errors, " + gateway.upstreamTimeouts()
                    + " upstream timeouts, " + gateway.overCapacity() + " over capacity");
        }
        long clients = configuration.perRequest() ? proxied : 1;
        if (gateway.clientsBuilt() != clients) {
            problems.add("gateway built " + gateway.clientsBuilt() + " clients, expected " + clients);
        }
        String verdict = problems.isEmpty() ? GatewayResult.MATCH : "MISMATCH: " + String.join("; ", problems);
        return new GatewayCrossCheck(served, resent, connections, verdict);
    }
}
