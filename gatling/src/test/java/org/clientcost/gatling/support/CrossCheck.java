package org.clientcost.gatling.support;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * The server cross-check as a Gatling request of its own, "server cross-check": once every /hello has been answered,
 * GET /stats of the run's {@link CrossCheckedServer} and compare it with the snapshot from the start of the run and
 * with the simulation's OK/KO tally. A disagreement makes that request a KO, so it shows in the HTML report and fails
 * the zero-failure assertion, while the report is still written. With {@code -Dtarget.stats=false} the request is
 * left out (and the start-up output says the check is skipped).
 */
public final class CrossCheck {

    /** Request name in Gatling's reports. */
    public static final String NAME = "server cross-check";
    static final String MATCH = "MATCH";

    private CrossCheck() {
    }

    /** The request, for the user that saw the last answer (or, in SaturationRamp, ends the run early). */
    public static ChainBuilder request(RunLifecycle run, ServerExpectation expectation) {
        if (!LoadParameters.TARGET_STATS) {
            return exec(session -> session);
        }
        CrossCheckedServer server = run.checkedServer();
        return exec(http(NAME).get(session -> server.statsUrl())
                .check(status().is(200),
                        bodyString().transform(json -> server.verdict(json, run.outcomes(), expectation)).is(MATCH)));
    }

    /** A one-user scenario carrying the request, to run after an open-model population is done ({@code andThen}). */
    public static ScenarioBuilder scenarioAfterAllAnswers(RunLifecycle run, ServerExpectation expectation) {
        return scenario(NAME).exec(request(run, expectation));
    }
}
