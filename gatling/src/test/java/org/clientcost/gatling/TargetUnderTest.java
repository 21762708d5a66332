package org.clientcost.gatling;

import java.util.Locale;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.TargetEndpoint;

/**
 * The server a simulation loads: started in its own JVM process in {@code before()} (or the external one named by
 * {@code -Dtarget.url}), stopped in {@code after()} even when the run failed, and cross-checked through its /stats.
 *
 * <p>The cross-check ({@link CrossCheck}) compares the change of the server's {@code requestsByEndpoint.hello} over the
 * run with the simulation's own OK tally, and the change of {@code connectionsOpened} with what the connection
 * strategy promises.
 * A target without /stats (nginx) is cross-checked only when not told otherwise: {@code -Dtarget.stats=false}
 * skips the check and says so.
 */
final class TargetUnderTest {

    private volatile String helloUrl = "http://127.0.0.1:1/not-started";
    private volatile String statsUrl = "http://127.0.0.1:1/not-started";
    private volatile TargetEndpoint endpoint;
    private volatile ServerStats atStart;
    private volatile boolean crossChecked;

    /** Starts (or attaches to) the target and takes the /stats snapshot the run is measured against. */
    void start() {
        try {
            endpoint = TargetEndpoint.resolve();
        } catch (IllegalArgumentException e) {
            throw BadOption.line(e.getMessage());
        }
        helloUrl = endpoint.uri().resolve("/hello").toString();
        statsUrl = endpoint.uri().resolve("/stats").toString();
        System.out.println("[target] " + endpoint.uri() + (endpoint.external() ? " (external, -D" + TargetEndpoint.URL_PROPERTY
                + ")" : " (target server started in its own process)"));
        if (!LoadParameters.TARGET_STATS) {
            System.out.println("[cross-check] SKIPPED: -Dtarget.stats=false, the target's own request count is not checked");
            return;
        }
        try {
            atStart = endpoint.stats().fetch();
        } catch (RuntimeException e) {
            endpoint.close();
            throw BadOption.line("the target at " + endpoint.uri() + " has no usable /stats (" + e.getMessage()
                    + "); for a server without /stats, such as nginx, pass -Dtarget.stats=false to skip the cross-check");
        }
    }

    String helloUrl() {
        return helloUrl;
    }

    String statsUrl() {
        return statsUrl;
    }

    /** Whether the run can be cross-checked against the target's /stats. */
    boolean hasStats() {
        return atStart != null;
    }

    /**
     * Compares the /stats JSON read at the end of the run with the snapshot from its start and the simulation's tally.
     *
     * @return {@link CrossCheck#MATCH}, or a sentence starting with "MISMATCH" that describes the disagreement
     */
    String verdict(String statsJson, Outcomes outcomes, ServerExpectation expectation) {
        ServerStats atEnd = ServerStats.parse(statsJson);
        long served = atEnd.requests(Hello.NAME) - atStart.requests(Hello.NAME);
        // The start snapshot's own connection is already in it; the end is read on a connection of the run's own.
        long connections = atEnd.connectionsOpened() - atStart.connectionsOpened();
        String problem = expectation.problem(outcomes, served, connections);
        String verdict = problem == null ? CrossCheck.MATCH : "MISMATCH: " + problem;
        System.out.printf(Locale.ROOT, "[cross-check] server served %d /hello over %d new connections; "
                + "Gatling counted %d OK, %d KO -> %s%n", served, connections, outcomes.ok(), outcomes.ko(), verdict);
        crossChecked = true;
        return verdict;
    }

    /** Stops the target server (if this run started it); called from after(), so also when the run failed. */
    void stop() {
        if (atStart != null && !crossChecked) {
            System.out.println("[cross-check] did not run: the run ended before all requests were answered");
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
