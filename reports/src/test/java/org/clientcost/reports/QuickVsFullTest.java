package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quick-vs-full verdict: scores within 25% of full, ratios within 20% between the quick runs, cells steady. */
class QuickVsFullTest {

    private static final double[] FLAT = {100, 102, 98, 101, 99, 100, 101, 99, 100, 100};

    private static JmhCell cell(String client, String mode, double score) {
        double[] series = new double[FLAT.length];
        for (int i = 0; i < series.length; i++) {
            series[i] = FLAT[i] / 100 * score;
        }
        return new JmhCell("org.clientcost.jmh.SyncCallBenchmark.client",
                Map.of("client", client, "mode", mode, "payload", "hello"), 1,
                new JmhMetric(score, score * 0.05, "ops/s", List.of(series)), Map.of());
    }

    /** One run: okhttp singleton and perRequest at these scores. */
    private static List<JmhMatrix.Group> run(double singleton, double perRequest) {
        List<JmhCell> cells = new ArrayList<>();
        cells.add(cell("okhttp", "singleton", singleton));
        cells.add(cell("okhttp", "perRequest", perRequest));
        return JmhMatrix.groups(cells);
    }

    private static String compare(List<JmhMatrix.Group> q1, List<JmhMatrix.Group> q2, List<JmhMatrix.Group> full, boolean expected) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = QuickVsFull.compare(q1, q2, full, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (expected) {
            assertTrue(ok, text);
        } else {
            assertFalse(ok, text);
        }
        return text;
    }

    @Test
    void agreeingRunsPass() {
        String text = compare(run(10_000, 3_000), run(11_000, 3_200), run(12_000, 3_500), true);
        assertTrue(text.contains("verdict: every score within 25% of full"), text);
    }

    @Test
    void aQuickScoreFarFromFullFails() {
        // Quick singleton 40% below full: the quick profile measured a client that was still warming up.
        String text = compare(run(6_000, 3_000), run(6_000, 3_000), run(10_000, 3_000), false);
        assertTrue(text.contains("sync hello okhttp singleton: quick differs from full by -40%"), text);
    }

    @Test
    void quickRunsWhoseRatiosDisagreeFail() {
        // Ratio 0.30 in run 1 against 0.20 in run 2: +50%.
        String text = compare(run(10_000, 3_000), run(10_000, 2_000), run(10_000, 3_000), false);
        assertTrue(text.contains("the two quick runs differ by +50%"), text);
    }

    @Test
    void aCellMissingFromTheFullRunFails() {
        List<JmhMatrix.Group> onlySingleton = JmhMatrix.groups(List.of(cell("okhttp", "singleton", 10_000)));
        String text = compare(run(10_000, 3_000), run(10_000, 3_000), onlySingleton, false);
        assertTrue(text.contains("okhttp perRequest: not in the full run"), text);
    }
}
