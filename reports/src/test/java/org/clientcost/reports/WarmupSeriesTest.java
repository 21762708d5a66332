package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When a long series without warm-up reaches its plateau. */
class WarmupSeriesTest {

    @Test
    void aJumpAfterAFirstPlateauCountsFromTheJump() {
        // The JDK 25 OkHttp sync singleton shape: ~6,000 for a while, then 12,000.
        double[] series = {2_600, 5_600, 6_000, 6_100, 5_900, 6_000, 12_000, 12_200, 11_900, 12_100, 12_000,
            11_800, 12_300, 12_000, 12_100, 11_900};
        double plateau = WarmupSeries.plateau(series);
        assertEquals(12_000, plateau, 1e-9);
        // The window 5..7 averages 10,067, under 90% of 12,000: steady from iteration 6, the first after the jump.
        assertEquals(6, WarmupSeries.steadyAfter(series, plateau));
    }

    @Test
    void aFlatSeriesIsSteadyFromTheStart() {
        double[] series = {100, 101, 99, 100, 100, 101, 99, 100, 100, 101, 99, 100, 100};
        assertEquals(0, WarmupSeries.steadyAfter(series, WarmupSeries.plateau(series)));
    }

    @Test
    void aSeriesThatDropsAtTheEndNeverSettles() {
        double[] series = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 10, 10, 10};
        assertEquals(-1, WarmupSeries.steadyAfter(series, 100));
    }
}
