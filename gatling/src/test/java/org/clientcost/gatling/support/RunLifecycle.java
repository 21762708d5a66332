package org.clientcost.gatling.support;

import java.util.function.Supplier;
import org.clientcost.server.launch.TargetEndpoint;

/**
 * What every simulation keeps and does around its load: the service it loads and the server it cross-checks, its own
 * OK/KO tally and the operating-system limits it watches; {@link #before} checks the limits and starts the target,
 * {@link #after} prints the closing lines and stops the target (also when the run failed).
 *
 * <p>The roles come from the launch harness's {@link TargetEndpoint}: its {@code uri()} is the {@link LoadedService},
 * its {@code statsUri()} the {@link CrossCheckedServer}. Today one process plays both: the target server, started in
 * its own JVM process (or the external one named by {@code -Dtarget.url}); an endpoint with a front service
 * ({@code withFront}) would load the front and cross-check the target behind it. A target without /stats (nginx) is
 * cross-checked only when not told otherwise: {@code -Dtarget.stats=false} skips the check and says so.
 */
public final class RunLifecycle {

    private final LoadedService service = new LoadedService();
    private final CrossCheckedServer checkedServer = new CrossCheckedServer();
    private final Outcomes outcomes = new Outcomes();
    private final OsLimits limits = new OsLimits();
    private volatile TargetEndpoint target;

    /** Where the simulation's requests go. */
    public LoadedService service() {
        return service;
    }

    /** The server whose /stats must agree with the run. */
    CrossCheckedServer checkedServer() {
        return checkedServer;
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    OsLimits limits() {
        return limits;
    }

    /**
     * Prints the run line, checks the OS limits for the sockets and new connections the run needs, starts sampling
     * their use, then starts the target server (in its own process) and snapshots its /stats.
     */
    public void before(String runLine, long socketsNeeded, long newConnections) {
        System.out.println(runLine);
        limits.report(socketsNeeded, newConnections);
        limits.startSampling();
        startTarget();
    }

    /** Prints our OK/KO summary, the peaks of OS resource use and any [overload] line, then stops the target server. */
    public void after() {
        after(() -> "", Overload::repeatAtEnd);
    }

    /**
     * Like {@link #after()}, with the simulation's own lines printed between the summary and the peaks (a table) and
     * its own verdict in place of the repeated [overload] line.
     */
    public void after(Supplier<String> tableAfterSummary, Runnable overloadLine) {
        limits.stopSampling();
        System.out.println(outcomes.summary());
        System.out.print(tableAfterSummary.get());
        System.out.println("[limits] " + limits.peaks());
        overloadLine.run();
        checkedServer.reportIfNotCrossChecked();
        if (target != null) {
            target.close();
        }
    }

    /** Starts (or attaches to) the target, hands it both roles, and takes the /stats snapshot the run is measured against. */
    private void startTarget() {
        try {
            target = TargetEndpoint.resolve();
        } catch (IllegalArgumentException e) {
            throw BadOption.line(e.getMessage());
        }
        System.out.println("[target] " + target.uri() + (target.external() ? " (external, -D" + TargetEndpoint.URL_PROPERTY
                + ")" : " (target server started in its own process)"));
        service.attach(target.uri());
        if (!LoadParameters.TARGET_STATS) {
            System.out.println("[cross-check] SKIPPED: -Dtarget.stats=false, the target's own request count is not checked");
            return;
        }
        try {
            checkedServer.takeSnapshot(target);
        } catch (RuntimeException e) {
            target.close();
            throw BadOption.line("the target at " + target.statsUri() + " has no usable /stats (" + e.getMessage()
                    + "); for a server without /stats, such as nginx, pass -Dtarget.stats=false to skip the cross-check");
        }
    }
}
