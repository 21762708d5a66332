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

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

public class SharedConnectionPool extends Simulation {

    // Parameters: request count and users in flight (defaults and -D names in LoadParameters).
    private static final long REQUESTS = LoadParameters.REQUESTS;
    private static final int CONCURRENCY = LoadParameters.CONCURRENCY;

    // Bookkeeping: the target server, the N tickets, our own OK/KO tally, and the OS limits we watch.
    private final TargetUnderTest target = new TargetUnderTest();
    private final RequestBudget budget = new RequestBudget(REQUESTS);
    private final Outcomes outcomes = new Outcomes();
    private final OsLimits limits = new OsLimits();

    // Protocol: one connection pool shared by all virtual users; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp().shareConnections();

    // Cross-check: after the last answer, the server's /stats must agree (every OK served, at most CONCURRENCY connections).
    private final ChainBuilder crossCheck = CrossCheck.request(target, outcomes,
            ServerExpectation.servedExactly(REQUESTS, ServerExpectation.ConnectionRule.atMost(CONCURRENCY,
                    "a shared pool needs no more connections than requests in flight")));

    // Chain: while tickets remain, GET /hello (status and body checked) on a pooled connection, then count the answer.
    private final ChainBuilder sendWhileTicketsRemain = asLongAs(session -> budget.takeTicket())
            .on(exec(Hello.request(target)).exec(ExactCount.recordAnswer(budget, outcomes, limits, crossCheck)));

    // Scenario: each user sends until the tickets are gone, then waits for the run to end.
    private final ScenarioBuilder sharedPool = scenario("hello, shared connection pool")
            .exec(sendWhileTicketsRemain)
            .exec(ExactCount.parkUntilRunEnds());

    // Assertions, load model and bound: exactly REQUESTS OK, CONCURRENCY users at all times, at most maxDuration.
    {
        setUp(sharedPool.injectClosed(constantConcurrentUsers(CONCURRENCY).during(LoadParameters.MAX_DURATION)))
                .protocols(protocol)
                .assertions(ExactCount.assertions(REQUESTS))
                .maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits, start the target server in its own process, snapshot its /stats.
    @Override
    public void before() {
        System.out.printf("[run] SharedConnectionPool: %,d requests, %d users, one shared pool%n", REQUESTS, CONCURRENCY);
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
