/*
 * ConstantArrivalRate: response times of GET /hello at a fixed arrival rate, the way real traffic arrives. An open
 * model: -Drate (5,000) new virtual users per second for -Dduration (60) seconds, each sending one validated request
 * on a connection from one shared pool, whether or not earlier requests have been answered yet.
 *
 * Why: a closed model slows down when the server does, which hides queueing. At a fixed arrival rate, slowness shows
 * up as latency, so this run's report is the place to read p50, p95, p99 (and p99.9) and max at a known load. The
 * shared pool makes the connection count follow the requests in flight, not the arrival rate.
 *
 * It fails unless Gatling counted exactly rate x duration requests, all OK, and the server's /stats saw exactly as
 * many /hello requests. It sets no rule on the connections the server saw opened (the cross-check prints the count):
 * an open model's shared pool opens one whenever a request finds none idle, so how many it opens depends on how long
 * the answers take, not on the request count.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import org.clientcost.gatling.support.Answers;
import org.clientcost.gatling.support.ExactCount;
import org.clientcost.gatling.support.Hello;
import org.clientcost.gatling.support.LoadParameters;
import org.clientcost.gatling.support.Overload;
import org.clientcost.gatling.support.RunLifecycle;

public class ConstantArrivalRate extends Simulation {

    // Parameters: arrivals per second and for how long; every arrival is one request.
    private static final int RATE = LoadParameters.RATE;
    private static final int DURATION_SECONDS = LoadParameters.DURATION_SECONDS;
    private static final long REQUESTS = (long) RATE * DURATION_SECONDS;

    // Bookkeeping: the service we load, the server we cross-check, our own OK/KO tally and the OS limits we watch.
    private final RunLifecycle run = new RunLifecycle();

    // Protocol: one connection pool shared by all arriving users; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp().shareConnections();

    // Exact count: the injection profile sends REQUESTS; once all arrivals are answered, the server's /stats must
    // agree (every OK served, nothing else). No rule on connections: see the header.
    private final ExactCount exactCount = new ExactCount(run, REQUESTS, ExactCount.ConnectionRule.none());
    private final ScenarioBuilder crossCheck = exactCount.crossCheckAfterAllArrivals();

    // Chain: unless an OS limit ran out (the run is stopping), GET /hello (status and body checked) and count the answer.
    private final ChainBuilder oneRequest = exitHereIf(session -> Overload.happened())
            .exec(Hello.request(run.service()))
            .exec(Answers.record(run));

    // Scenario: every arriving user sends one request and leaves.
    private final ScenarioBuilder arrivals = scenario("hello, constant arrival rate").exec(oneRequest);

    // Assertions, load model and bound: exactly RATE x DURATION OK requests, then the cross-check, within maxDuration.
    {
        setUp(arrivals.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(DURATION_SECONDS)))
                        .andThen(crossCheck.injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                .assertions(exactCount.assertions())
                .maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits, start the target server in its own process, snapshot its /stats.
    @Override
    public void before() {
        run.before(String.format("[run] ConstantArrivalRate: %,d requests/s for %d s = %,d requests, shared pool",
                RATE, DURATION_SECONDS, REQUESTS), RATE, RATE);
    }

    // After: print our tally and the peaks of OS resource use, then stop the target server (also when the run failed).
    @Override
    public void after() {
        run.after();
    }
}
