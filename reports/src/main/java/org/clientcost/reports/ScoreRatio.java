package org.clientcost.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ratio {@code a / b} of two JMH scores with its error range: the one definition used by the dashboard and by
 * the summary table the JMH launcher prints, so the same figure never reads two ways.
 *
 * <p>JMH's {@code scoreError} is the half-width of a 99.9% confidence interval, so each score is an interval
 * {@code [a - ea, a + ea]} and {@code [b - eb, b + eb]}. The ratio's range is the ratio of those intervals' far ends:
 * <pre>
 *   low  = (a - ea) / (b + eb)      clamped at 0 (a throughput is never negative)
 *   high = (a + ea) / (b - eb)      +infinity when b - eb &lt;= 0 (the denominator's interval reaches 0)
 * </pre>
 * Every ratio of two values inside the two intervals lies in {@code [low, high]}. This is deliberately conservative:
 * wider than first-order (Gaussian) propagation {@code r ± r·sqrt((ea/a)² + (eb/b)²)}, never narrower. It is chosen
 * because on a small, shared machine the errors are often as large as the scores, where the propagated form gives
 * a negative lower bound and a symmetric range that a ratio of positive numbers cannot have. It also makes the
 * reading simple: "the numerator is slower" (for throughputs) is shown exactly when {@code high < 1}, and "faster"
 * exactly when {@code low > 1}; otherwise the two intervals do not separate the scores.
 *
 * <p>When either score has no error (JMH writes NaN for a single measurement iteration) the bounds are NaN rather
 * than invented, and {@link #format()} shows {@code [n/a]}. Without a usable denominator (0 or NaN) or numerator
 * (NaN), the value itself is NaN.
 *
 * <p>This class uses JDK classes only: the JMH module's shaded benchmarks jar carries it alone from this module.
 *
 * @param value {@code a / b}; NaN when {@code b} is 0 or either score is NaN
 * @param low   lower end of the range, at least 0; NaN when either error is NaN or the value is NaN
 * @param high  upper end of the range, possibly +infinity; NaN when either error is NaN or the value is NaN
 */
public record ScoreRatio(double value, double low, double high) {

    /** What {@link #format()} shows for a missing number. */
    public static final String MISSING = "n/a";

    /** What {@link #format()} shows for an unbounded upper end. */
    public static final String UNBOUNDED = "inf";

    /** Significant digits {@link #format()} gives the value; both bounds get the same number of decimals. */
    static final int SIGNIFICANT_DIGITS = 3;

    /** Decimals are capped so a tiny ratio does not print a long run of zeros. */
    private static final int MAX_DECIMALS = 6;

    /**
     * The ratio {@code a / b} of scores {@code a ± errorA} and {@code b ± errorB} (errors: 99.9% half-widths),
     * with the far-end bounds described in the class comment.
     */
    public static ScoreRatio of(double a, double errorA, double b, double errorB) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return new ScoreRatio(Double.NaN, Double.NaN, Double.NaN);
        }
        double value = a / b;
        if (Double.isNaN(errorA) || Double.isNaN(errorB)) {
            return new ScoreRatio(value, Double.NaN, Double.NaN);
        }
        double ea = Math.abs(errorA);
        double eb = Math.abs(errorB);
        double low = Math.max(0, (a - ea) / (b + eb));
        double high = b - eb > 0 ? (a + ea) / (b - eb) : Double.POSITIVE_INFINITY;
        return new ScoreRatio(value, low, high);
    }

    /** Whether both bounds are known. */
    public boolean bounded() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** The whole range lies below 1: for throughputs, the numerator is slower beyond the confidence intervals. */
    public boolean provenBelowOne() {
        return bounded() && high < 1;
    }

    /** The whole range lies above 1: for throughputs, the numerator is faster beyond the confidence intervals. */
    public boolean provenAboveOne() {
        return bounded() && low > 1;
    }

    /**
     * {@code value [low, high]}, e.g. {@code 0.0151 [0.0000, 0.0470]} or {@code 0.391 [0.131, inf]}; the value gets
     * three significant digits and the bounds the same decimals, so the three line up. {@code 2.00 [n/a]} without
     * bounds, {@code n/a} without a value. Locale-independent.
     */
    public String format() {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        return formatValue() + " " + formatBounds();
    }

    /** The value part of {@link #format()}: {@code 0.0151}, or {@code n/a}. */
    public String formatValue() {
        return Double.isNaN(value) ? MISSING : fixed(value, decimals());
    }

    /** The bounds part of {@link #format()}: {@code [0.0000, 0.0470]}, {@code [0.131, inf]}, or {@code [n/a]}. */
    public String formatBounds() {
        if (Double.isNaN(value) || !bounded()) {
            return "[" + MISSING + "]";
        }
        int decimals = decimals();
        return "[" + fixed(low, decimals) + ", " + fixed(high, decimals) + "]";
    }

    /** Decimals that give the value {@link #SIGNIFICANT_DIGITS} significant digits (none from 100 up). */
    private int decimals() {
        if (value == 0 || Double.isInfinite(value)) {
            return SIGNIFICANT_DIGITS;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT_DIGITS - 1 - magnitude));
    }

    private static String fixed(double v, int decimals) {
        if (Double.isInfinite(v)) {
            return v > 0 ? UNBOUNDED : "-" + UNBOUNDED;
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
