/*
 * MillionRequests: how fast one million validated GET /hello requests go through when every virtual user keeps its
 * connection alive (Gatling's default: one connection pool per virtual user).
 *
 * Why: JMH prices one call; this prices the whole job. A published Python run took 52 minutes for a million requests
 * with a session per request and 9 minutes with one shared session. Here the same million is sent in a closed model:
 * exactly -Dconcurrency users (64) are in flight at any time, each sending its next request as soon as the previous
 * answer arrived, until exactly -Drequests (1,000,000) answers are in. Every answer must be 200 with the 13-byte body.
 *
 * It fails unless Gatling counted exactly N requests, all OK, and the target server's own /stats saw exactly as many
 * /hello requests over at most one connection per user.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.clientcost.gatling.support.ExactCount;
import org.clientcost.gatling.support.LoadParameters;
import org.clientcost.gatling.support.RunLifecycle;

public class MillionRequests extends Simulation {

    // Parameters: request count and users in flight (defaults and -D names in LoadParameters).
    private static final long REQUESTS = LoadParameters.REQUESTS;
    private static final int CONCURRENCY = LoadParameters.CONCURRENCY;

    // Bookkeeping: the service we load, the server we cross-check, our own OK/KO tally and the OS limits we watch.
    private final RunLifecycle run = new RunLifecycle();

    // Protocol: Gatling's default, one keep-alive connection pool per virtual user; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp();

    // Exact count: REQUESTS tickets; after the last answer the server's /stats must agree (every OK served, at most
    // one connection per user).
    private final ExactCount exactCount = new ExactCount(run, REQUESTS,
            ExactCount.ConnectionRule.atMost(CONCURRENCY, "one keep-alive connection per virtual user"));

    // Chain and scenario: while tickets remain, each user sends GET /hello (status and body checked) on its one
    // connection and counts the answer, then waits for the run to end (see ExactCount.keepAliveScenario).
    private final ScenarioBuilder keepAlivePerUser = exactCount.keepAliveScenario("hello, keep-alive per user");

    // Assertions, load model and bound: exactly REQUESTS OK, CONCURRENCY users at all times, at most maxDuration.
    {
        setUp(keepAlivePerUser.injectClosed(ExactCount.usersInFlight(CONCURRENCY))).protocols(protocol)
                .assertions(exactCount.assertions()).maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits, start the target server in its own process, snapshot its /stats.
    @Override
    public void before() {
        run.before(String.format("[run] MillionRequests: %,d requests, %d users, keep-alive per user",
                REQUESTS, CONCURRENCY), CONCURRENCY, CONCURRENCY);
    }

    // After: print our tally and the peaks of OS resource use, then stop the target server (also when the run failed).
    @Override
    public void after() {
        run.after();
    }
}
