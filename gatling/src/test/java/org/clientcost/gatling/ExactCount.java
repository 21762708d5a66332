package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.List;

/**
 * The pieces that make a closed-model run send exactly N requests: count each answer, cross-check the server and end
 * the run after the N-th, park users that find no ticket left, keep the users in flight, and assert the count; plus
 * the whole scenario of the closed keep-alive runs, which differ only in their connection pool.
 */
final class ExactCount {

    private ExactCount() {
    }

    /**
     * Runs after each request: {@link Answers#record}; the user with the N-th answer then runs the server cross-check
     * and stops the load generator.
     */
    static ChainBuilder recordAnswer(RequestBudget budget, RunLifecycle run, ChainBuilder crossCheck) {
        return Answers.record(run.outcomes(), run.limits(), session -> budget.answerIsLast())
                .doIf(Answers::wasLast).then(crossCheck
                        .stopLoadGenerator(session -> "all " + budget.total() + " requests answered"));
    }

    /**
     * The closed keep-alive scenario: while tickets for {@code requests} remain, each user sends GET /hello (status and
     * body checked) on a kept-alive connection and counts the answer; the user with the N-th answer cross-checks the
     * server's /stats against {@code serverAgrees} and ends the run; users that find no ticket left wait for that.
     */
    static ScenarioBuilder keepAliveScenario(String name, RunLifecycle run, long requests,
            ServerExpectation serverAgrees) {
        RequestBudget budget = new RequestBudget(requests);
        ChainBuilder crossCheck = CrossCheck.request(run.target(), run.outcomes(), serverAgrees);
        ChainBuilder sendWhileTicketsRemain = asLongAs(session -> budget.takeTicket())
                .on(exec(Hello.request(run.target())).exec(recordAnswer(budget, run, crossCheck)));
        return scenario(name).exec(sendWhileTicketsRemain).exec(parkUntilRunEnds());
    }

    /** The closed load model: exactly {@code concurrency} users at all times, for at most maxDuration. */
    static ClosedInjectionStep usersInFlight(int concurrency) {
        return constantConcurrentUsers(concurrency).during(LoadParameters.MAX_DURATION);
    }

    /** A user that finds no ticket left waits here, sending nothing, until the N-th answer ends the run. */
    static ChainBuilder parkUntilRunEnds() {
        return pause(LoadParameters.MAX_DURATION);
    }

    /** Gatling's own count must be exactly N /hello requests, all OK, and nothing else may fail (the cross-check). */
    static List<Assertion> assertions(long requests) {
        return List.of(
                details(Hello.NAME).failedRequests().count().is(0L),
                details(Hello.NAME).successfulRequests().count().is(requests),
                details(Hello.NAME).allRequests().count().is(requests),
                global().failedRequests().count().is(0L));
    }
}
