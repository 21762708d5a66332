package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;

/**
 * The pieces that make a closed-model run send exactly N requests: count each answer, cross-check the server and end
 * the run after the N-th, park users that find no ticket left, and assert the count.
 */
final class ExactCount {

    private ExactCount() {
    }

    /**
     * Runs after each request: {@link Answers#record}; the user with the N-th answer then runs the server cross-check
     * and stops the load generator.
     */
    static ChainBuilder recordAnswer(RequestBudget budget, Outcomes outcomes, OsLimits limits, ChainBuilder crossCheck) {
        return Answers.record(outcomes, limits, session -> budget.answerIsLast())
                .doIf(Answers::wasLast).then(crossCheck
                        .stopLoadGenerator(session -> "all " + budget.total() + " requests answered"));
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
