package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreRatioTest {

    @Test
    void relativeErrorsAddInQuadrature() {
        // 50 ± 5 over 100 ± 10: both 10% relative, so the ratio 0.5 carries sqrt(0.01 + 0.01) = 14.14% -> ± 0.0707.
        ScoreRatio r = ScoreRatio.of(50, 5, 100, 10);
        assertEquals(0.5, r.value(), 1e-12);
        assertEquals(0.5 * Math.sqrt(0.02), r.error(), 1e-12);
    }

    @Test
    void exactDenominatorKeepsTheNumeratorsRelativeError() {
        ScoreRatio r = ScoreRatio.of(3_000, 300, 60_000, 0);
        assertEquals(0.05, r.value(), 1e-12);
        assertEquals(0.005, r.error(), 1e-12);
    }

    @Test
    void zeroNumeratorStillGetsAnError() {
        ScoreRatio r = ScoreRatio.of(0, 2, 100, 10);
        assertEquals(0, r.value(), 0);
        assertEquals(0.02, r.error(), 1e-12);
    }

    @Test
    void missingErrorGivesNoErrorInsteadOfAnInventedOne() {
        ScoreRatio r = ScoreRatio.of(10, Double.NaN, 100, 1);
        assertEquals(0.1, r.value(), 1e-12);
        assertTrue(Double.isNaN(r.error()));
    }

    @Test
    void zeroDenominatorHasNoRatio() {
        ScoreRatio r = ScoreRatio.of(10, 1, 0, 0);
        assertTrue(Double.isNaN(r.value()));
        assertTrue(Double.isNaN(r.error()));
    }
}
