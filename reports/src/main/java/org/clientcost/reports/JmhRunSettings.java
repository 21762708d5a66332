package org.clientcost.reports;

import java.util.List;

/**
 * How the JMH run was configured, taken from the rows of the JSON (every row carries it): the warm-up most cells had
 * and, when some cells had another (the launcher warms the slow-to-warm cells up longer), those as
 * {@code otherWarmups}. Shown next to the environment so a reader knows how rigorous the numbers are.
 *
 * @param otherWarmups the other warm-ups, each as "8 x 5 s for 2 of 12 cells"; empty when every cell had the same
 */
public record JmhRunSettings(String jmhVersion, String jdkVersion, String vmName, String vmVersion,
                             int forks, int threads, int warmupIterations, String warmupTime,
                             int measurementIterations, String measurementTime, List<String> otherWarmups) {

    static final JmhRunSettings UNKNOWN = new JmhRunSettings("", "", "", "", 0, 0, 0, "", 0, "", List.of());
}
