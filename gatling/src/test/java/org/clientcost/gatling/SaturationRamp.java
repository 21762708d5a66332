/*
 * SaturationRamp: where does the load generator + server pair stop keeping up, and what happens past that point?
 * An open model whose arrival rate climbs in stairs: -Dramp.levels (12) levels of -Dramp.levelSeconds (10) each,
 * starting at -Dramp.start (5,000) new users per second and adding -Dramp.step (5,000) per level. Each user sends one
 * validated GET /hello on a connection from one shared pool.
 *
 * Why: below saturation, answers come back as fast as users arrive and latency is flat. Past it, answers fall behind
 * arrivals, requests queue, latency climbs and the pool opens ever more connections, until something gives: a
 * request timeout, or an operating-system limit (open files, ephemeral ports). The run prints a per-level table
 * (offered, arrived and answered per second; p50/p95/p99/max) and the first saturated level; the HTML report shows
 * the same over time.
 *
 * Running into an OS limit past saturation is this simulation's expected finding, not a failure: the first user to
 * see the limit prints one [overload] line naming it, every later arrival leaves without sending, and once the
 * requests in flight are answered (or time out) that user runs the server cross-check and ends the run early. The
 * run then passes and says: saturation at level X, stopped at level Y because of that limit.
 *
 * It fails (the cross-check request is a KO) if: a limit ran out before saturation was found (found = a saturated
 * level with a level below it that kept up, so a limit in level 1 fails: lower -Dramp.start); any request failed
 * before saturation; the /hello requests Gatling completed differ from the users that sent one (and, when no limit
 * ran out, from all users injected); or the server's /stats served fewer than the OKs or more than OKs + KOs (a KO
 * past saturation may have been answered late). With -Dtarget.stats=false there is no cross-check, and the run
 * keeps the strict rule instead: exactly every injected user's request recorded by Gatling, so a limit fails it.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.clientcost.gatling.support.Answers;
import org.clientcost.gatling.support.CrossCheck;
import org.clientcost.gatling.support.Hello;
import org.clientcost.gatling.support.LoadParameters;
import org.clientcost.gatling.support.Outcomes;
import org.clientcost.gatling.support.Overload;
import org.clientcost.gatling.support.RampLevels;
import org.clientcost.gatling.support.RunLifecycle;
import org.clientcost.gatling.support.ServerExpectation;

public class SaturationRamp extends Simulation {

    // Parameters: the stairs of arrival rates, and how many requests they add up to.
    private static final int LEVELS = LoadParameters.RAMP_LEVELS;
    private static final int LEVEL_SECONDS = LoadParameters.RAMP_LEVEL_SECONDS;
    private static final int[] RATES = IntStream.range(0, LEVELS)
            .map(i -> LoadParameters.RAMP_START + i * LoadParameters.RAMP_STEP).toArray();
    private static final long REQUESTS = IntStream.of(RATES).asLongStream().sum() * LEVEL_SECONDS;
    private static final String ARRIVED = "arrivedNanos";
    /** After a limit ran out: how long to wait for the requests in flight (gatling.conf's 10 s timeout, plus slack). */
    private static final Duration DRAIN_BOUND = Duration.ofSeconds(15);
    /** Lets users that passed the overload check just before it tripped reach their request before draining. */
    private static final Duration SETTLE = Duration.ofMillis(200);

    // Bookkeeping: the service we load, the server we cross-check, our own OK/KO tally and the OS limits we watch
    // (see RunLifecycle); the per-level latencies.
    private final RunLifecycle run = new RunLifecycle();
    private final Outcomes outcomes = run.outcomes();
    private final RampLevels levels = new RampLevels(RATES, LEVEL_SECONDS);

    // Protocol: one connection pool shared by all arriving users; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp().shareConnections();

    // Verdict of the cross-check: the ramp's own rules (see rampProblem), then the server's count within [OK, OK+KO].
    private final ServerExpectation expectation = (outcomes, served, opened) -> {
        String problem = rampProblem(outcomes);
        return problem != null ? problem : ServerExpectation.servedBetweenOksAndAll().problem(outcomes, served, opened);
    };

    // Cross-check after a normal end: once all arrivals are answered.
    private final ScenarioBuilder crossCheck = CrossCheck.scenarioAfterAllAnswers(run, expectation);

    // Early end, run by the first user that saw an OS limit run out: wait until no request is in flight (bounded),
    // cross-check, stop the load generator (a normal end; the verdict decides pass or fail).
    private final ChainBuilder endEarlyOnOverload = pause(SETTLE)
            .asLongAsDuring(session -> levels.sent() > outcomes.ok() + outcomes.ko(), DRAIN_BOUND)
            .on(pause(Duration.ofMillis(100)))
            .exec(CrossCheck.request(run, expectation))
            .stopLoadGenerator(session -> "ramp ended early on an operating-system limit: " + Overload.reason());

    // Chain: unless an OS limit ran out (the ramp is ending), stamp the arrival, GET /hello (status and body checked),
    // file the answer under its level, count it; the first user to see a limit ends the run early.
    private final ChainBuilder oneRequest = exitHereIf(session -> Overload.happened())
            .exec(session -> session.set(ARRIVED, levels.arrive()))
            .exec(Hello.request(run.service()))
            .exec(session -> {
                levels.answer(session.getLong(ARRIVED), session.isFailed());
                return session;
            })
            .exec(Answers.recordAndFlagFirstOverload(run))
            .doIf(Answers::firstToSeeOverload).then(endEarlyOnOverload);

    // Scenario: every arriving user sends one request and leaves.
    private final ScenarioBuilder arrivals = scenario("hello, saturation ramp").exec(oneRequest);

    // Assertions, load model and bound: stairs of arrival rates, then the cross-check, all within maxDuration. With
    // /stats: the cross-check ran exactly once, as the normal or the early end, and passed (it holds the count rules);
    // Gatling never recorded more /hello than users injected. Without: every injected user's request was recorded.
    {
        List<Assertion> assertions = LoadParameters.TARGET_STATS
                ? List.of(details(CrossCheck.NAME).allRequests().count().is(1L),
                        details(CrossCheck.NAME).failedRequests().count().is(0L),
                        details(Hello.NAME).allRequests().count().lte(REQUESTS))
                : List.of(details(Hello.NAME).allRequests().count().is(REQUESTS));
        setUp(arrivals.injectOpen(incrementUsersPerSec(LoadParameters.RAMP_STEP)
                                .times(LEVELS)
                                .eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
                                .startingFrom(LoadParameters.RAMP_START))
                        .andThen(crossCheck.injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                .assertions(assertions)
                .maxDuration(LoadParameters.MAX_DURATION);
    }

    /**
     * The ramp's rules, checked by the cross-check once nothing is in flight: a description of the first one broken,
     * or null. "Completed" counts each /hello request whose answer (OK or KO) Gatling recorded; "sent" each user that
     * went on to send one.
     */
    private String rampProblem(Outcomes outcomes) {
        long sent = levels.sent();
        long completed = outcomes.ok() + outcomes.ko();
        if (completed != sent) {
            return "Gatling completed " + completed + " /hello requests but " + sent + " users sent one";
        }
        if (!Overload.happened() && sent != REQUESTS) {
            return "no limit ran out, yet " + sent + " of the " + REQUESTS + " users injected sent their request";
        }
        if (Overload.happened() && !saturationFound()) {
            return "an operating-system limit ran out at level " + (Math.max(0, levels.lastReachedLevel()) + 1)
                    + " before saturation was found: " + Overload.reason();
        }
        long early = levels.failuresBeforeSaturation();
        return early > 0 ? early + " requests failed before saturation was reached" : null;
    }

    // Before: check the OS limits (past saturation connections pile up), start the target server, snapshot /stats.
    @Override
    public void before() {
        run.before(String.format("[run] SaturationRamp: %d levels x %d s, %d to %d requests/s, %,d requests, shared pool",
                LEVELS, LEVEL_SECONDS, RATES[0], RATES[LEVELS - 1], REQUESTS),
                RATES[LEVELS - 1], RATES[LEVELS - 1]);
    }

    // After: print the per-level table and the OS resource peaks, then stop the target server (also when the run failed).
    @Override
    public void after() {
        run.after(levels::table, this::printOverloadVerdict);
    }

    /**
     * Saturation counts as found when the table has a saturated level with a level below it that kept up: without
     * one (a limit in the first level, say during JIT warm-up) the ramp cannot say where saturation lies.
     */
    private boolean saturationFound() {
        return levels.firstSaturatedLevel() > 0;
    }

    // One line at the end when a limit ran out: past saturation (the expected finding) or before it (a failure).
    private void printOverloadVerdict() {
        if (!Overload.happened()) {
            return;
        }
        int saturated = levels.firstSaturatedLevel();
        int stopped = Math.max(0, levels.lastReachedLevel());
        if (saturationFound()) {
            System.out.printf(Locale.ROOT, "[overload] ramp ended early past saturation: saturation at level %d "
                    + "(%d requests/s offered), stopped at level %d (%d requests/s offered) because of: %s%n",
                    saturated + 1, levels.offeredRate(saturated), stopped + 1, levels.offeredRate(stopped), Overload.reason());
        } else {
            System.out.printf(Locale.ROOT, "[overload] FAILED: an operating-system limit ran out at level %d "
                    + "(%d requests/s offered) before saturation was found: %s%n",
                    stopped + 1, levels.offeredRate(stopped), Overload.reason());
        }
    }
}
