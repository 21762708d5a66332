package org.clientcost.reports;

import java.util.List;
import java.util.Locale;

/**
 * Did a JMH cell measure at steady state? The one definition used by the summary the JMH launcher prints, by the
 * verdict it writes into the JSON, and by the dashboard.
 *
 * <p><b>The test.</b> For each fork, a straight line is fitted (least squares) through the measured iterations in
 * time order. The cell is {@linkplain Verdict#NOT_STEADY not steady} when, in any fork, the line's change across the
 * measured window
 * <ol>
 *   <li>is beyond the iterations' noise: the slope's two-sided {@value #CONFIDENCE_PERCENT}% confidence interval
 *       (Student's t with n - 2 degrees of freedom, from the scatter around the line) excludes 0, and</li>
 *   <li>is more than {@value #MIN_RELATIVE_CHANGE_PERCENT}% of the window's mean, so that a drift too small to
 *       change any conclusion of the suite is not reported even when the noise is tiny.</li>
 * </ol>
 * In words: the later iterations differ from the earlier ones by more than their noise explains. Rising (the JIT
 * still compiling, pools still filling) and falling (threads or sockets piling up) both count: either way the
 * window does not show one stable rate. A flat series, however noisy, is steady by this test; its noise shows in
 * JMH's error instead. The line is used rather than comparing the two halves' means because a halves test counts
 * the trend inside each half as noise and so misses the very ramps it is meant to find. A fork with fewer than
 * {@value #MIN_ITERATIONS} measured iterations cannot be judged ({@link Verdict#TOO_FEW_ITERATIONS}), like the
 * smoke profile's single iteration.
 *
 * <p>Uses JDK classes only: the JMH module's shaded benchmarks jar carries it.
 */
public final class SteadyStateCheck {

    /** Fewest measured iterations per fork the test needs (a line through them keeps 2 degrees of freedom). */
    public static final int MIN_ITERATIONS = 4;
    /** Confidence of the slope's interval, which must exclude 0. */
    public static final int CONFIDENCE_PERCENT = 99;
    /** Smallest fitted change across the measured window, relative to the window's mean, that is reported. */
    public static final int MIN_RELATIVE_CHANGE_PERCENT = 10;

    /** The test in words, for the summary and the dashboard: what a steady cell satisfies. */
    public static final String TEST_IN_WORDS = "a line fitted through each fork's measured iterations stays flat "
            + "within their noise and " + MIN_RELATIVE_CHANGE_PERCENT + "%";

    /** Two-sided 99% Student t quantiles (t at 0.995) for 1..30 degrees of freedom. */
    private static final double[] T_995 = {
        63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169,
        3.106, 3.055, 3.012, 2.977, 2.947, 2.921, 2.898, 2.878, 2.861, 2.845,
        2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.750};
    /** t at 0.995 for 40, 60 and 120 degrees of freedom; beyond that the normal quantile. */
    private static final double T_995_40 = 2.704;
    private static final double T_995_60 = 2.660;
    private static final double T_995_120 = 2.617;
    private static final double Z_995 = 2.576;

    private SteadyStateCheck() {
    }

    /** What the test says of a cell. */
    public enum Verdict {
        STEADY("steady"),
        NOT_STEADY("not steady"),
        TOO_FEW_ITERATIONS("too few iterations to tell");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** As printed in the summary, written into the JSON and shown on the dashboard. */
        public String label() {
            return label;
        }
    }

    /**
     * The verdict on one cell and why.
     *
     * @param verdict the verdict
     * @param reason  one line: the fork that drifts and by how much (for NOT_STEADY), or what was checked
     */
    public record Result(Verdict verdict, String reason) {

        public boolean notSteady() {
            return verdict == Verdict.NOT_STEADY;
        }
    }

    /**
     * Checks a cell from its measured iterations, one array per fork, each in time order (scores in any unit).
     * The first fork that drifts decides the reason; a cell none of whose forks has enough iterations is
     * {@link Verdict#TOO_FEW_ITERATIONS}.
     */
    public static Result check(List<double[]> iterationsPerFork) {
        int judged = 0;
        double largestDrift = 0;
        for (int f = 0; f < iterationsPerFork.size(); f++) {
            double[] series = iterationsPerFork.get(f);
            if (series.length < MIN_ITERATIONS) {
                continue;
            }
            judged++;
            Line line = Line.fit(series);
            if (line.trends()) {
                return new Result(Verdict.NOT_STEADY, String.format(Locale.ROOT,
                        "fork %d: throughput drifts %+.0f%% of its mean across the %d measured iterations (fitted %s -> %s), beyond their noise",
                        f + 1, 100 * line.relativeDrift(), series.length, number(line.first()), number(line.last())));
            }
            largestDrift = Math.max(largestDrift, Math.abs(line.relativeDrift()));
        }
        if (judged == 0) {
            return new Result(Verdict.TOO_FEW_ITERATIONS,
                    "fewer than " + MIN_ITERATIONS + " measured iterations per fork");
        }
        return new Result(Verdict.STEADY, String.format(Locale.ROOT,
                "%d fork(s): no drift beyond noise and %d%% (largest fitted drift %.0f%%)",
                judged, MIN_RELATIVE_CHANGE_PERCENT, 100 * largestDrift));
    }

    /**
     * The least-squares line through one fork's iterations (x = 0 .. n-1).
     *
     * @param mean      mean of the iterations
     * @param slope     change per iteration
     * @param halfWidth half-width of the slope's 99% confidence interval
     * @param n         iterations
     */
    private record Line(double mean, double slope, double halfWidth, int n) {

        static Line fit(double[] y) {
            int n = y.length;
            double xMean = (n - 1) / 2.0;
            double yMean = SteadyStateCheck.mean(y);
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (i - xMean) * (i - xMean);
                sxy += (i - xMean) * (y[i] - yMean);
            }
            double slope = sxy / sxx;
            double residuals = 0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - (yMean + slope * (i - xMean));
                residuals += r * r;
            }
            double slopeError = Math.sqrt(residuals / (n - 2) / sxx);
            return new Line(yMean, slope, tQuantile995(n - 2) * slopeError, n);
        }

        double first() {
            return mean - slope * (n - 1) / 2.0;
        }

        double last() {
            return mean + slope * (n - 1) / 2.0;
        }

        /** The fitted change from the first to the last iteration, relative to the mean. */
        double relativeDrift() {
            return mean == 0 ? 0 : slope * (n - 1) / mean;
        }

        boolean trends() {
            return Math.abs(slope) > halfWidth && Math.abs(relativeDrift()) * 100 > MIN_RELATIVE_CHANGE_PERCENT;
        }
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** Two-sided 99% quantile, degrees of freedom rounded down (a wider interval, never a narrower one). */
    static double tQuantile995(double df) {
        int whole = (int) Math.floor(df);
        if (whole < 1) {
            return T_995[0];
        }
        if (whole <= T_995.length) {
            return T_995[whole - 1];
        }
        if (whole < 40) {
            return T_995[T_995.length - 1];
        }
        if (whole < 60) {
            return T_995_40;
        }
        if (whole < 120) {
            return T_995_60;
        }
        return whole < 1000 ? T_995_120 : Z_995;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.3g", value);
    }
}
