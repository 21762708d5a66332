package org.clientcost.reports;

/**
 * How the JMH run was configured, taken from the first row of the JSON (every row carries it).
 * Shown next to the environment so a reader knows how rigorous the numbers are.
 */
public record JmhRunSettings(String jmhVersion, String jdkVersion, String vmName, String vmVersion,
                             int forks, int threads, int warmupIterations, String warmupTime,
                             int measurementIterations, String measurementTime) {

    static final JmhRunSettings UNKNOWN = new JmhRunSettings("", "", "", "", 0, 0, 0, "", 0, "");
}
