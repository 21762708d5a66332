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

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

public class MillionRequests extends Simulation {

    // Parameters: request count and users in flight (defaults and -D names in LoadParameters).
    private static final long REQUESTS = LoadParameters.REQUESTS;
    private static final int CONCURRENCY = LoadParameters.CONCURRENCY;

    // Bookkeeping: the target server, the N tickets, our own OK/KO tally, and the OS limits we watch.
    private final TargetUnderTest target = new TargetUnderTest();
    private final RequestBudget budget = new RequestBudget(REQUESTS);
    private final Outcomes outcomes = new Outcomes();
    private final OsLimits limits = new OsLimits();

    // Protocol: Gatling's default, one keep-alive connection pool per virtual user; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp();

    // Cross-check: after the last answer, the server's /stats must agree (every OK served, at most one connection per user).
    private final ChainBuilder crossCheck = CrossCheck.request(target, outcomes,
            ServerExpectation.servedExactly(REQUESTS, ServerExpectation.ConnectionRule.atMost(CONCURRENCY,
                    "one keep-alive connection per virtual user")));

    // Chain: while tickets remain, GET /hello (status and body checked), then count the answer.
    private final ChainBuilder sendWhileTicketsRemain = asLongAs(session -> budget.takeTicket())
            .on(exec(Hello.request(target)).exec(ExactCount.recordAnswer(budget, outcomes, limits, crossCheck)));

    // Scenario: each user sends on one connection until the tickets are gone, then waits for the run to end.
    private final ScenarioBuilder keepAlivePerUser = scenario("hello, keep-alive per user")
            .exec(sendWhileTicketsRemain)
            .exec(ExactCount.parkUntilRunEnds());

    // Assertions, load model and bound: exactly REQUESTS OK, CONCURRENCY users at all times, at most maxDuration.
    {
        setUp(keepAlivePerUser.injectClosed(constantConcurrentUsers(CONCURRENCY).during(LoadParameters.MAX_DURATION)))
                .protocols(protocol)
                .assertions(ExactCount.assertions(REQUESTS))
                .maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits, start the target server in its own process, snapshot its /stats.
    @Override
    public void before() {
        System.out.printf("[run] MillionRequests: %,d requests, %d users, keep-alive per user%n", REQUESTS, CONCURRENCY);
        limits.report(CONCURRENCY, CONCURRENCY);
        limits.startSampling();
        target.start();
    }

    // After: print the peaks of OS resource use, then stop the target server (also when the run failed).
    @Override
    public void after() {
        limits.stopSampling();
        System.out.println(outcomes.summary());
        System.out.println("[limits] " + limits.peaks());
        Overload.repeatAtEnd();
        target.stop();
    }
}
