/*
 * SaturationRamp: where does the load generator + server pair stop keeping up, and what happens past that point?
 * An open model whose arrival rate climbs in stairs: -Dramp.levels (10) levels of -Dramp.levelSeconds (10) each,
 * starting at -Dramp.start (4,000) new users per second and adding -Dramp.step (4,000) per level. Each user sends one
 * validated GET /hello on a connection from one shared pool.
 *
 * Why: below saturation, answers come back as fast as users arrive and latency is flat. Past it, answers fall behind
 * arrivals, requests queue, latency climbs and the pool opens ever more connections, until something gives: a
 * request timeout, or an operating-system limit (open files, ephemeral ports). The run prints a per-level table
 * (offered, arrived and answered per second; p50/p95/p99/max) and the first saturated level; the HTML report shows
 * the same over time. When an OS limit runs out, the run stops at once and names the limit.
 *
 * It fails if any request failed BEFORE saturation, if Gatling's count differs from the users injected, or if the
 * server's /stats served fewer than the OKs or more than OKs + KOs (a KO past saturation may have been answered late).
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.stream.IntStream;

public class SaturationRamp extends Simulation {

    // Parameters: the stairs of arrival rates, and how many requests they add up to.
    private static final int LEVELS = LoadParameters.RAMP_LEVELS;
    private static final int LEVEL_SECONDS = LoadParameters.RAMP_LEVEL_SECONDS;
    private static final int[] RATES = IntStream.range(0, LEVELS)
            .map(i -> LoadParameters.RAMP_START + i * LoadParameters.RAMP_STEP).toArray();
    private static final long REQUESTS = IntStream.of(RATES).asLongStream().sum() * LEVEL_SECONDS;
    private static final String ARRIVED = "arrivedNanos";

    // Bookkeeping: the target server, our own OK/KO tally, the per-level latencies, and the OS limits we watch.
    private final TargetUnderTest target = new TargetUnderTest();
    private final Outcomes outcomes = new Outcomes();
    private final RampLevels levels = new RampLevels(RATES, LEVEL_SECONDS);
    private final OsLimits limits = new OsLimits();

    // Protocol: one connection pool shared by all arriving users; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp().shareConnections();

    // Cross-check: once all arrivals are answered, no KO before saturation, and the server's count within [OK, OK+KO].
    private final ScenarioBuilder crossCheck = CrossCheck.scenarioAfterAllAnswers(target, outcomes,
            (outcomes, served, opened) -> levels.failuresBeforeSaturation() > 0
                    ? levels.failuresBeforeSaturation() + " requests failed before saturation was reached"
                    : ServerExpectation.servedBetweenOksAndAll().problem(outcomes, served, opened));

    // Chain: unless an OS limit ran out (the run is stopping), stamp the arrival, GET /hello (status and body
    // checked), file the answer under its level, count it.
    private final ChainBuilder oneRequest = exitHereIf(session -> Overload.happened())
            .exec(session -> session.set(ARRIVED, levels.arrive()))
            .exec(Hello.request(target))
            .exec(session -> {
                levels.answer(session.getLong(ARRIVED), session.isFailed());
                return session;
            })
            .exec(Answers.record(outcomes, limits));

    // Scenario: every arriving user sends one request and leaves.
    private final ScenarioBuilder arrivals = scenario("hello, saturation ramp").exec(oneRequest);

    // Assertions, load model and bound: stairs of arrival rates, then the cross-check; every injected user made exactly
    // one request (KOs allowed only past saturation, checked by the cross-check), all within maxDuration.
    {
        setUp(arrivals.injectOpen(incrementUsersPerSec(LoadParameters.RAMP_STEP)
                                .times(LEVELS)
                                .eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
                                .startingFrom(LoadParameters.RAMP_START))
                        .andThen(crossCheck.injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                .assertions(details(Hello.NAME).allRequests().count().is(REQUESTS),
                        details(CrossCheck.NAME).failedRequests().count().is(0L))
                .maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits (past saturation connections pile up), start the target server, snapshot /stats.
    @Override
    public void before() {
        System.out.printf("[run] SaturationRamp: %d levels x %d s, %d to %d requests/s, %,d requests, shared pool%n",
                LEVELS, LEVEL_SECONDS, RATES[0], RATES[LEVELS - 1], REQUESTS);
        limits.report(RATES[LEVELS - 1], RATES[LEVELS - 1]);
        limits.startSampling();
        target.start();
    }

    // After: print the per-level table and the OS resource peaks, then stop the target server (also when the run failed).
    @Override
    public void after() {
        limits.stopSampling();
        System.out.println(outcomes.summary());
        System.out.print(levels.table());
        System.out.println("[limits] " + limits.peaks());
        Overload.repeatAtEnd();
        target.stop();
    }
}
