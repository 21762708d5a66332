package org.clientcost.reports;

import java.util.List;

/**
 * One JMH metric of a cell, primary or secondary: its score, error and unit, and every measured iteration's
 * score, one array per fork in time order (JMH JSON {@code rawData}; in memory, each fork's {@code IterationResult}s).
 *
 * @param score             the score JMH aggregated over all forks and iterations
 * @param error             JMH's 99.9% confidence half-width; NaN when it could not compute one (one iteration)
 * @param unit              the score's unit, e.g. {@code ops/s}
 * @param iterationsPerFork the measured iterations' scores, one array per fork (an array may be empty)
 */
public record JmhMetric(double score, double error, String unit, List<double[]> iterationsPerFork) {

    public JmhMetric {
        iterationsPerFork = List.copyOf(iterationsPerFork);
    }
}
