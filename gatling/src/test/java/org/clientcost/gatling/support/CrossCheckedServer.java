package org.clientcost.gatling.support;

import java.util.Locale;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.TargetEndpoint;

/**
 * The server whose /stats is cross-checked: the one that counts the /hello requests that reached it. Today that is
 * the same target server the simulation loads ({@link LoadedService}); once a gateway sits in front, the requests go
 * to the gateway and this stays the target server behind it.
 *
 * <p>{@link RunLifecycle} snapshots its /stats before the load. At the end the cross-check ({@link CrossCheck}) reads
 * /stats again, and {@link #verdict} compares the change of {@code requestsByEndpoint.hello} with the simulation's own
 * OK tally, and the change of {@code connectionsOpened} with what the connection strategy promises.
 */
final class CrossCheckedServer {

    private volatile String statsUrl = "http://127.0.0.1:1/not-started";
    private volatile ServerStats atStart;
    private volatile boolean crossChecked;

    /**
     * Takes the /stats snapshot the run is measured against, from the endpoint's stats role ({@code statsUri()}).
     *
     * @throws RuntimeException when the server has no usable /stats
     */
    void takeSnapshot(TargetEndpoint endpoint) {
        statsUrl = endpoint.statsUri().resolve("/stats").toString();
        atStart = endpoint.stats().fetch();
    }

    String statsUrl() {
        return statsUrl;
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

    /** Says so when a snapshot was taken but the run ended before the cross-check ran. */
    void reportIfNotCrossChecked() {
        if (atStart != null && !crossChecked) {
            System.out.println("[cross-check] did not run: the run ended before all requests were answered");
        }
    }
}
