package org.clientcost.gatling;

import java.util.function.Supplier;

/**
 * What every simulation keeps and does around its load: the target server it loads, its own OK/KO tally and the
 * operating-system limits it watches; {@link #before} checks the limits and starts the target, {@link #after} prints
 * the closing lines and stops the target (also when the run failed).
 */
final class RunLifecycle {

    private final TargetUnderTest target = new TargetUnderTest();
    private final Outcomes outcomes = new Outcomes();
    private final OsLimits limits = new OsLimits();

    TargetUnderTest target() {
        return target;
    }

    Outcomes outcomes() {
        return outcomes;
    }

    OsLimits limits() {
        return limits;
    }

    /**
     * Prints the run line, checks the OS limits for the sockets and new connections the run needs, starts sampling
     * their use, then starts the target server (in its own process) and snapshots its /stats.
     */
    void before(String runLine, long socketsNeeded, long newConnections) {
        System.out.println(runLine);
        limits.report(socketsNeeded, newConnections);
        limits.startSampling();
        target.start();
    }

    /** Prints our OK/KO summary, the peaks of OS resource use and any [overload] line, then stops the target server. */
    void after() {
        after(() -> "", Overload::repeatAtEnd);
    }

    /**
     * Like {@link #after()}, with the simulation's own lines printed between the summary and the peaks (a table) and
     * its own verdict in place of the repeated [overload] line.
     */
    void after(Supplier<String> tableAfterSummary, Runnable overloadLine) {
        limits.stopSampling();
        System.out.println(outcomes.summary());
        System.out.print(tableAfterSummary.get());
        System.out.println("[limits] " + limits.peaks());
        overloadLine.run();
        target.stop();
    }
}
