/*
 * SharedConnectionPool: the same exact count and concurrency as MillionRequests, but all virtual users draw their
 * connections from ONE pool (shareConnections()), the way an application shares one pooled HTTP client.
 *
 * Why: this is Gatling's view of the "singleton client" side of the question. With -Dconcurrency users in flight the
 * pool grows to at most that many connections and reuses them for every request, so the report shows the cost of
 * requests alone. Compare its report with MillionRequests (pool per user) and ConnectionPerRequest (no reuse).
 *
 * It fails unless Gatling counted exactly -Drequests requests, all OK, and the server's /stats saw exactly as many
 * /hello requests over at most -Dconcurrency connections.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.clientcost.gatling.support.ExactCount;
import org.clientcost.gatling.support.LoadParameters;
import org.clientcost.gatling.support.RunLifecycle;

public class SharedConnectionPool extends Simulation {

    // Parameters: request count and users in flight (defaults and -D names in LoadParameters).
    private static final long REQUESTS = LoadParameters.REQUESTS;
    private static final int CONCURRENCY = LoadParameters.CONCURRENCY;

    // Bookkeeping: the service we load, the server we cross-check, our own OK/KO tally and the OS limits we watch.
    private final RunLifecycle run = new RunLifecycle();

    // Protocol: one connection pool shared by all virtual users; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp().shareConnections();

    // Exact count: REQUESTS tickets; after the last answer the server's /stats must agree (every OK served, at most
    // CONCURRENCY connections).
    private final ExactCount exactCount = new ExactCount(run, REQUESTS, ExactCount.ConnectionRule.atMost(CONCURRENCY,
            "a shared pool needs no more connections than requests in flight"));

    // Chain and scenario: while tickets remain, each user sends GET /hello (status and body checked) on a pooled
    // connection and counts the answer, then waits for the run to end (see ExactCount.keepAliveScenario).
    private final ScenarioBuilder sharedPool = exactCount.keepAliveScenario("hello, shared connection pool");

    // Assertions, load model and bound: exactly REQUESTS OK, CONCURRENCY users sharing the pool, at most maxDuration.
    {
        setUp(sharedPool.injectClosed(ExactCount.usersInFlight(CONCURRENCY))).protocols(protocol)
                .assertions(exactCount.assertions()).maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits, start the target server in its own process, snapshot its /stats.
    @Override
    public void before() {
        run.before(String.format("[run] SharedConnectionPool: %,d requests, %d users, one shared pool",
                REQUESTS, CONCURRENCY), CONCURRENCY, CONCURRENCY);
    }

    // After: print our tally and the peaks of OS resource use, then stop the target server (also when the run failed).
    @Override
    public void after() {
        run.after();
    }
}
