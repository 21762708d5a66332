package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clientcost.reports.SteadyStateCheck.Verdict;
import org.junit.jupiter.api.Test;

/** The steady-state test on synthetic iteration series: trends are flagged, flat noise is not. */
class SteadyStateCheckTest {

    @Test
    void aRisingSeriesIsNotSteady() {
        // Also one that a comparison of the two halves' means would miss: the ramp inside each half is no noise.
        // The shape of an OkHttp singleton fork measured without warm-up (issue 8): still compiling.
        double[] rising = {1_985, 6_519, 8_683, 9_277, 13_640, 14_100, 15_900, 16_400};
        SteadyStateCheck.Result r = SteadyStateCheck.check(List.of(rising));
        assertEquals(Verdict.NOT_STEADY, r.verdict());
        assertTrue(r.reason().startsWith("fork 1: throughput drifts +130% of its mean across the 8 measured iterations (fitted 3,795 -> 17,831)"), r.reason());
    }

    @Test
    void aFlatButNoisySeriesIsSteady() {
        // +-40% around 100: the fitted line falls 20% across the window, but well within what this noise explains.
        double[] noisy = {100, 140, 60, 125, 70, 130, 55, 105};
        SteadyStateCheck.Result r = SteadyStateCheck.check(List.of(noisy, noisy.clone()));
        assertEquals(Verdict.STEADY, r.verdict(), r.reason());
    }

    @Test
    void aFallingSeriesIsNotSteadyEither() {
        // Throughput that sinks as leftovers pile up is no more one rate than a rising one.
        double[] falling = {900, 880, 910, 870, 600, 590, 610, 580};
        assertEquals(Verdict.NOT_STEADY, SteadyStateCheck.check(List.of(falling)).verdict());
    }

    @Test
    void aSignificantButSmallDriftIsNotReported() {
        // Almost no noise, so a 3% drift is statistically clear, but below the 10% that could change a conclusion.
        double[] drift = {1000, 1001, 1000, 1001, 1030, 1031, 1030, 1031};
        assertEquals(Verdict.STEADY, SteadyStateCheck.check(List.of(drift)).verdict());
    }

    @Test
    void anyTrendingForkMakesTheCellNotSteady() {
        double[] flat = {500, 510, 495, 505, 500, 498, 507, 502};
        double[] rising = {200, 240, 260, 300, 420, 450, 470, 500};
        SteadyStateCheck.Result r = SteadyStateCheck.check(List.of(flat, rising));
        assertEquals(Verdict.NOT_STEADY, r.verdict());
        assertTrue(r.reason().startsWith("fork 2:"), r.reason());
    }

    @Test
    void aSingleOutlierIsNoTrend() {
        // One wild iteration in the middle (a GC, a context switch storm) tilts no line.
        double[] spikeInTheMiddle = {10, 10.1, 10, 99, 10, 10.1, 10};
        assertEquals(Verdict.STEADY, SteadyStateCheck.check(List.of(spikeInTheMiddle)).verdict());
    }

    @Test
    void tooFewIterationsCannotBeJudged() {
        SteadyStateCheck.Result r = SteadyStateCheck.check(List.of(new double[] {1, 2, 3}, new double[] {5}));
        assertEquals(Verdict.TOO_FEW_ITERATIONS, r.verdict());
        assertEquals(Verdict.TOO_FEW_ITERATIONS, SteadyStateCheck.check(List.of()).verdict());
    }

    @Test
    void theQuantileTableIsRoundedDownToTheWiderInterval() {
        assertEquals(63.657, SteadyStateCheck.tQuantile995(0.4), 1e-9);
        assertEquals(4.604, SteadyStateCheck.tQuantile995(4.9), 1e-9);
        assertEquals(2.750, SteadyStateCheck.tQuantile995(35), 1e-9);
        assertEquals(2.576, SteadyStateCheck.tQuantile995(5000), 1e-9);
    }
}
