package org.clientcost.gatling.support;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exactly N requests, every one answered OK, and the server agrees: count the answers, stop after the N-th, compare
 * with /stats. The one idea behind MillionRequests, ConnectionPerRequest, SharedConnectionPool and
 * ConstantArrivalRate, kept here whole.
 *
 * <p><b>Closed model.</b> N tickets are shared by all virtual users. A user takes a ticket before each request
 * ({@link #takeTicket()}); a user that finds none left waits without sending ({@link #parkUntilRunEnds()}). After
 * each answer (OK or KO) the user reports it ({@link #recordAnswer()}); the user whose report is the N-th runs the
 * server cross-check and then stops the load generator, a normal end. Because the N-th answer can only arrive after
 * all N tickets were used, nothing is in flight when the run ends and nothing is cut off.
 *
 * <p><b>Open model</b> (ConstantArrivalRate): the injection profile sends the N requests, and the cross-check runs in a
 * one-user scenario of its own once all arrivals are done ({@link #crossCheckAfterAllArrivals()}).
 *
 * <p><b>Both.</b> The cross-check must find exactly N OK in the simulation's tally, exactly as many /hello served by
 * the server, and the connections it opened within the strategy's {@link ConnectionRule}; Gatling's own assertions
 * ({@link #assertions()}) want exactly N /hello requests, all OK, and nothing else failed.
 */
public final class ExactCount {

    private final RunLifecycle run;
    private final long requests;
    private final ConnectionRule connections;
    private final AtomicLong ticketsTaken = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    /** Exactly {@code requests} requests for {@code run}, whose connections must satisfy {@code connections}. */
    public ExactCount(RunLifecycle run, long requests, ConnectionRule connections) {
        this.run = run;
        this.requests = requests;
        this.connections = connections;
    }

    /** True if the caller may send one more request (never after an OS limit ran out: the run is stopping). */
    public boolean takeTicket() {
        return !Overload.happened() && ticketsTaken.incrementAndGet() <= requests;
    }

    /**
     * Runs after each request of a closed-model run: {@link Answers#record}; the user with the N-th answer then runs the
     * server cross-check and stops the load generator.
     */
    public ChainBuilder recordAnswer() {
        return Answers.record(run, session -> answered.incrementAndGet() == requests)
                .doIf(Answers::wasLast).then(CrossCheck.request(run, this::serverProblem)
                        .stopLoadGenerator(session -> "all " + requests + " requests answered"));
    }

    /**
     * The closed keep-alive scenario: while tickets remain, each user sends GET /hello (status and body checked) on a
     * kept-alive connection and counts the answer; the user with the N-th answer cross-checks the server and ends the
     * run; users that find no ticket left wait for that.
     */
    public ScenarioBuilder keepAliveScenario(String name) {
        ChainBuilder sendWhileTicketsRemain = asLongAs(session -> takeTicket())
                .on(exec(Hello.request(run.service())).exec(recordAnswer()));
        return scenario(name).exec(sendWhileTicketsRemain).exec(parkUntilRunEnds());
    }

    /** The open model's cross-check: a one-user scenario to start once all arrivals are done ({@code andThen}). */
    public ScenarioBuilder crossCheckAfterAllArrivals() {
        return CrossCheck.scenarioAfterAllAnswers(run, this::serverProblem);
    }

    /** The closed load model: exactly {@code concurrency} users at all times, for at most maxDuration. */
    public static ClosedInjectionStep usersInFlight(int concurrency) {
        return constantConcurrentUsers(concurrency).during(LoadParameters.MAX_DURATION);
    }

    /** A user that finds no ticket left waits here, sending nothing, until the N-th answer ends the run. */
    public static ChainBuilder parkUntilRunEnds() {
        return pause(LoadParameters.MAX_DURATION);
    }

    /** Gatling's own count must be exactly N /hello requests, all OK, and nothing else may fail (the cross-check). */
    public List<Assertion> assertions() {
        return List.of(
                details(Hello.NAME).failedRequests().count().is(0L),
                details(Hello.NAME).successfulRequests().count().is(requests),
                details(Hello.NAME).allRequests().count().is(requests),
                global().failedRequests().count().is(0L));
    }

    /**
     * All N requests were OK, the server served exactly those and nothing else, and the connections it opened satisfy
     * the strategy's own rule.
     */
    private String serverProblem(Outcomes outcomes, long served, long opened) {
        if (outcomes.ok() != requests) {
            return "Gatling counted " + outcomes.ok() + " OK and " + outcomes.ko() + " KO, expected " + requests + " OK";
        }
        if (served != outcomes.ok()) {
            return "server served " + served + " /hello but Gatling counted " + outcomes.ok() + " OK";
        }
        return connections.problem(opened, outcomes);
    }

    /** How many TCP connections a connection strategy may open during the run. */
    @FunctionalInterface
    public interface ConnectionRule {

        /** A description of the broken rule, or null. */
        String problem(long opened, Outcomes outcomes);

        /** One new connection per answered request. */
        static ConnectionRule onePerRequest() {
            return (opened, outcomes) -> opened == outcomes.ok() + outcomes.ko() ? null
                    : opened + " connections opened for " + (outcomes.ok() + outcomes.ko())
                            + " requests, expected exactly one new connection per request";
        }

        /** At most {@code limit} new connections, because of {@code why}. */
        static ConnectionRule atMost(long limit, String why) {
            return (opened, outcomes) -> opened <= limit ? null
                    : opened + " connections opened, expected at most " + limit + " (" + why + ")";
        }

        /**
         * No rule: for a strategy that promises no connection count, such as a shared pool under an open model, which
         * opens a connection whenever a request finds none idle, so that its count follows the latency. The
         * cross-check line still prints how many were opened.
         */
        static ConnectionRule none() {
            return (opened, outcomes) -> null;
        }
    }
}
