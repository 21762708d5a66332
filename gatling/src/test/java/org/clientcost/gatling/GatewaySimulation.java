/*
 * GatewaySimulation: one configuration of the gateway matrix. Gatling loads the gateway (a small service whose
 * handler calls the target server through one client library, in one mode and handler style) with a closed model,
 * and every answer is checked: status 200 and exactly the body the target server gives for the endpoint.
 *
 * Why: this is the end-to-end case the suite exists for. The same service under the same load, with one line of
 * its code different: share one client (singleton), share it but open a connection per call (freshConnection), or
 * build a client per request (perRequest). The seeds measured it with k6 (1.32 s against 930 ms per view) and
 * with a million requests (52 against 9 minutes).
 *
 * How: -Dconcurrency users (64) are in flight at all times. The first -Dgateway.warmup seconds are warm-up
 * (request "warm-up": validated, counted by the cross-check, left out of the figures); then exactly
 * -Dgateway.requests measured requests (request "proxy"), or fewer when a non-singleton configuration reaches its
 * -Dgateway.duration bound. After the last answer one user stops the run; nothing is in flight at the end.
 *
 * It is not run on its own: GatewayMatrix starts a fresh target server and gateway for it, runs it in a Gatling JVM
 * of its own, then cross-checks both processes' /stats with the counts this simulation writes, and writes
 * gateway-result.json next to the report. Run it with `mvn -pl gatling verify -Pgateway`.
 */
package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clientcost.gatling.support.GatewayLoad;
import org.clientcost.gatling.support.GatewayRunSettings;

public class GatewaySimulation extends Simulation {

    // Parameters: the configuration, the gateway's address, the endpoint and the sizes (GatewayParameters has every
    // default; GatewayRunSettings what the matrix set for this configuration).
    private static final GatewayRunSettings RUN = GatewayRunSettings.fromSystemProperties();
    private static final String PERMIT = "permit";
    private static final String SENT_AT = "sentAt";

    // Bookkeeping: warm-up, then the measured requests; permits, counts and response times.
    private final GatewayLoad load = new GatewayLoad(RUN.label(), RUN.requests(), RUN.warmupSeconds(), RUN.boundSeconds());

    // Protocol: one keep-alive connection per virtual user to the gateway; no warm-up request of Gatling's own.
    private final HttpProtocolBuilder protocol = http.baseUrl(RUN.gatewayUrl().toString()).disableWarmUp();

    // Chains: take a permit; send the warm-up or the measured request (status and body checked); record the answer.
    private final ChainBuilder takePermit = exec(session -> session.set(PERMIT, load.take()).set(SENT_AT, System.nanoTime()));
    private final ChainBuilder send = exec(session -> session)
            .doIfEqualsOrElse(session -> session.getInt(PERMIT), GatewayLoad.WARMUP)
            .then(exec(proxied("warm-up")))
            .orElse(exec(proxied("proxy")));
    private final ChainBuilder recordAnswer = exec(session -> {
        load.record(session.getInt(PERMIT), session.isFailed(), System.nanoTime() - session.getLong(SENT_AT));
        return session.markAsSucceeded();
    });

    // Scenario: while permits come, send and record; the user that sees the run finished stops it; others wait.
    private final ScenarioBuilder throughGateway = scenario("gateway " + RUN.label())
            .exec(takePermit)
            .exec(asLongAs(session -> session.getInt(PERMIT) != GatewayLoad.NONE).on(send.exec(recordAnswer).exec(takePermit)))
            .doIf(session -> load.finishedFirst()).then(exec(session -> session)
                    .stopLoadGenerator(session -> "all requests of " + RUN.label() + " answered"))
            .exec(pause(Duration.ofSeconds(RUN.maxRunSeconds())));

    // Assertions, load model and bound: no KO anywhere; singleton sends exactly the planned count.
    {
        setUp(throughGateway.injectClosed(constantConcurrentUsers(RUN.concurrency())
                .during(Duration.ofSeconds(RUN.maxRunSeconds()))))
                .protocols(protocol).assertions(assertions()).maxDuration(Duration.ofSeconds(RUN.maxRunSeconds()));
    }

    // Before: say what runs, and start the progress line.
    @Override
    public void before() {
        System.out.println("[gateway] " + RUN.describe());
        load.startProgress();
    }

    // After: write the counts and response times for the matrix (also when the run failed).
    @Override
    public void after() {
        System.out.println("[gateway] " + load.finish(RUN.outcomeFile()).summary());
    }

    private HttpRequestActionBuilder proxied(String name) {
        CheckBuilder body = RUN.endpoint().body().isEmpty() ? bodyLength().is(0) : bodyString().is(RUN.endpoint().body());
        return http(name).get(RUN.endpoint().proxyPath()).check(status().is(200), body);
    }

    private static List<Assertion> assertions() {
        List<Assertion> all = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
        if (RUN.boundSeconds() == 0) {
            all.add(details("proxy").successfulRequests().count().is(RUN.requests()));
        }
        return all;
    }
}
