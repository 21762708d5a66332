/*
 * ConnectionPerRequest: the same exact count and concurrency as MillionRequests, but every request gets a brand-new
 * TCP connection: each virtual user sends ONE request and leaves, Gatling closes a leaving user's connections, and
 * the closed model immediately starts a new user in its place. Like `ab` without -k, or a client built per request.
 *
 * Why: this is Gatling's view of the "client per request" side of the question: connect, request, close, a million
 * times. Every closed connection keeps its ephemeral port in TIME_WAIT for 60 s on the closing side; on loopback
 * Linux reuses them when net.ipv4.tcp_tw_reuse is 1 or 2 (the start-up line prints the range and the setting). If the
 * ports or file descriptors do run out, the run stops and names the limit instead of piling up connect errors.
 *
 * It fails unless Gatling counted exactly -Drequests requests, all OK, and the server's /stats saw exactly as many
 * /hello requests over exactly as many new connections.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.clientcost.gatling.support.ExactCount;
import org.clientcost.gatling.support.Hello;
import org.clientcost.gatling.support.LoadParameters;
import org.clientcost.gatling.support.RunLifecycle;

public class ConnectionPerRequest extends Simulation {

    // Parameters: request count and users in flight (defaults and -D names in LoadParameters).
    private static final long REQUESTS = LoadParameters.REQUESTS;
    private static final int CONCURRENCY = LoadParameters.CONCURRENCY;

    // Bookkeeping: the service we load, the server we cross-check, our own OK/KO tally and the OS limits we watch.
    private final RunLifecycle run = new RunLifecycle();

    // Protocol: Gatling's default pool per virtual user, which dies with the user; no warm-up request anywhere.
    private final HttpProtocolBuilder protocol = http.disableWarmUp();

    // Exact count: REQUESTS tickets; after the last answer the server's /stats must agree (every OK served, one new
    // connection each).
    private final ExactCount exactCount = new ExactCount(run, REQUESTS, ExactCount.ConnectionRule.onePerRequest());

    // Chain: with a ticket, GET /hello (status and body checked) on the user's new connection and count the answer;
    // without one, wait for the run to end.
    private final ChainBuilder oneRequestThenLeave = doIfOrElse(session -> exactCount.takeTicket())
            .then(exec(Hello.request(run.service())).exec(exactCount.recordAnswer()))
            .orElse(ExactCount.parkUntilRunEnds());

    // Scenario: one request per user; the leaving user's connection is closed and a new user takes its place.
    private final ScenarioBuilder connectionPerRequest = scenario("hello, new connection per request")
            .exec(oneRequestThenLeave);

    // Assertions, load model and bound: exactly REQUESTS OK, CONCURRENCY users at all times, at most maxDuration.
    {
        setUp(connectionPerRequest.injectClosed(ExactCount.usersInFlight(CONCURRENCY))).protocols(protocol)
                .assertions(exactCount.assertions()).maxDuration(LoadParameters.MAX_DURATION);
    }

    // Before: check the OS limits (ports matter here), start the target server, snapshot its /stats.
    @Override
    public void before() {
        run.before(String.format("[run] ConnectionPerRequest: %,d requests, %d users, one new connection per request",
                REQUESTS, CONCURRENCY), CONCURRENCY, REQUESTS);
    }

    // After: print our tally and the peaks of OS resource use, then stop the target server (also when the run failed).
    @Override
    public void after() {
        run.after();
    }
}
