package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ratio range is the ratio of the confidence intervals' far ends; the one format both outputs print. */
class ScoreRatioTest {

    @Test
    void boundsAreTheRatiosOfTheIntervalsFarEnds() {
        // 100 ± 10 over 1000 ± 100: low 90 / 1100, high 110 / 900.
        ScoreRatio r = ScoreRatio.of(100, 10, 1000, 100);
        assertEquals(0.1, r.value(), 1e-12);
        assertEquals(90.0 / 1100, r.low(), 1e-12);
        assertEquals(110.0 / 900, r.high(), 1e-12);
        assertEquals("0.100 [0.082, 0.122]", r.format());
    }

    @Test
    void intervalBelowOneProvesTheNumeratorSlower() {
        // 240 ± 40 over 13,000 ± 450: the measured AHC sync perRequest/singleton shape.
        ScoreRatio r = ScoreRatio.of(240, 40, 13_000, 450);
        assertEquals(200.0 / 13_450, r.low(), 1e-12);
        assertEquals(280.0 / 12_550, r.high(), 1e-12);
        assertTrue(r.provenBelowOne());
        assertFalse(r.provenAboveOne());
        assertEquals("0.0185 [0.0149, 0.0223]", r.format());
    }

    @Test
    void intervalAboveOneProvesTheNumeratorFaster() {
        ScoreRatio r = ScoreRatio.of(3_000, 100, 1_000, 50);
        assertEquals(2_900.0 / 1_050, r.low(), 1e-12);
        assertEquals(3_100.0 / 950, r.high(), 1e-12);
        assertTrue(r.provenAboveOne());
        assertFalse(r.provenBelowOne());
        assertEquals("3.00 [2.76, 3.26]", r.format());
    }

    @Test
    void intervalAcrossOneProvesNothing() {
        ScoreRatio r = ScoreRatio.of(9_000, 1_000, 10_000, 1_000);
        assertTrue(r.low() < 1 && r.high() > 1, r.toString());
        assertFalse(r.provenBelowOne());
        assertFalse(r.provenAboveOne());
    }

    @Test
    void hugeErrorsClampTheLowerBoundAtZeroInsteadOfGoingNegative() {
        // 120 ± 161 over 9,356 ± 3,320: the numerator's interval reaches below 0; Gaussian propagation
        // would give 0.0128 ± 0.0178, i.e. a negative lower end.
        ScoreRatio r = ScoreRatio.of(120, 161, 9_356, 3_320);
        assertEquals(0, r.low(), 0);
        assertEquals(281.0 / 6_036, r.high(), 1e-12);
        assertTrue(r.provenBelowOne(), "the far-end bound still proves the slowdown");
        assertEquals("0.0128 [0.0000, 0.0466]", r.format());
    }

    @Test
    void denominatorIntervalReachingZeroHasNoUpperBound() {
        ScoreRatio r = ScoreRatio.of(1_065, 1_054, 11_820, 12_752);
        assertEquals(Double.POSITIVE_INFINITY, r.high());
        assertEquals(11.0 / 24_572, r.low(), 1e-15);
        assertFalse(r.provenBelowOne());
        assertEquals("0.0901 [0.0004, inf]", r.format());
        // Exactly at zero counts as reaching it.
        assertEquals(Double.POSITIVE_INFINITY, ScoreRatio.of(1, 0.1, 1, 1).high());
    }

    @Test
    void missingErrorGivesNoBoundsInsteadOfInventedOnes() {
        ScoreRatio r = ScoreRatio.of(10, Double.NaN, 100, 1);
        assertEquals(0.1, r.value(), 1e-12);
        assertTrue(Double.isNaN(r.low()));
        assertTrue(Double.isNaN(r.high()));
        assertFalse(r.bounded());
        assertFalse(r.provenBelowOne());
        assertEquals("0.100 [n/a]", r.format());
        assertTrue(Double.isNaN(ScoreRatio.of(2, 0.1, 1, Double.NaN).high()));
    }

    @Test
    void zeroOrMissingDenominatorHasNoRatio() {
        for (ScoreRatio r : new ScoreRatio[] {ScoreRatio.of(10, 1, 0, 0), ScoreRatio.of(10, 1, Double.NaN, 1)}) {
            assertTrue(Double.isNaN(r.value()), r.toString());
            assertTrue(Double.isNaN(r.low()), r.toString());
            assertTrue(Double.isNaN(r.high()), r.toString());
            assertEquals(ScoreRatio.MISSING, r.format());
        }
    }

    @Test
    void zeroNumeratorStillHasARange() {
        ScoreRatio r = ScoreRatio.of(0, 2, 100, 10);
        assertEquals(0, r.value(), 0);
        assertEquals(0, r.low(), 0);
        assertEquals(2.0 / 90, r.high(), 1e-12);
        assertEquals("0.000 [0.000, 0.022]", r.format());
    }

    @Test
    void formatKeepsThreeSignificantDigitsOfTheValueForEveryMagnitude() {
        assertEquals("25.3 [25.3, 25.3]", ScoreRatio.of(253, 0, 10, 0).format());
        assertEquals("1234 [1234, 1234]", ScoreRatio.of(1234, 0, 1, 0).format());
        assertEquals("0.000123 [0.000123, 0.000123]", ScoreRatio.of(0.000123, 0, 1, 0).format());
        assertEquals("0.000000 [0.000000, 0.000000]", ScoreRatio.of(1e-9, 0, 1, 0).format(), "decimals are capped");
    }
}
