package org.clientcost.reports;

/** The documented commands that produce the dashboard's input; the empty page and the README name exactly these. */
public final class RunCommands {

    /** Main job: the whole JMH matrix, quick profile; ends by rebuilding the dashboard. */
    public static final String JMH = "mvn -pl jmh verify";
    /** The million-request Gatling simulation; ends by rebuilding the dashboard. */
    public static final String GATLING = "mvn -pl gatling verify";
    /** The gateway matrix: every client x mode x style through the gateway; ends by rebuilding the dashboard. */
    public static final String GATEWAY = "mvn -pl gatling verify -Pgateway";
    /** Rebuilds the dashboard alone from whatever results exist. */
    public static final String DASHBOARD = "mvn -q -pl reports -Pdashboard process-classes";
    /** Rebuilds the dashboard with the committed runs of {@code results/} and the newest run side by side. */
    public static final String COMPARE = DASHBOARD + " -Ddashboard.jmh=results,newest";

    private RunCommands() {
    }
}
