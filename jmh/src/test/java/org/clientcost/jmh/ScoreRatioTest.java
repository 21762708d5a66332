package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ratio bounds come from the far ends of both confidence intervals. */
class ScoreRatioTest {

    @Test
    void boundsAreTheRatiosOfTheIntervalEnds() {
        ScoreRatio r = ScoreRatio.of(100, 10, 1000, 100);
        assertEquals(0.1, r.value(), 1e-12);
        assertEquals(90.0 / 1100, r.low(), 1e-12);
        assertEquals(110.0 / 900, r.high(), 1e-12);
        assertEquals("0.100 [0.082, 0.122]", r.format());
    }

    @Test
    void noErrorMeansNoBoundsAndAnIntervalThroughZeroHasNoUpperBound() {
        assertEquals("2.000 [n/a]", ScoreRatio.of(2, Double.NaN, 1, 0.1).format());
        assertTrue(Double.isInfinite(ScoreRatio.of(1, 0.1, 1, 2).high()));
    }
}
