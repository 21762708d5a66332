package org.clientcost.jmh;

import java.util.Locale;

/**
 * {@code a / b} of two scores with conservative bounds: the ratio of the confidence intervals' far ends,
 * {@code (a - ea) / (b + eb)} to {@code (a + ea) / (b - eb)}. Wider than a propagated error, never narrower.
 */
record ScoreRatio(double value, double low, double high) {

    static ScoreRatio of(double a, double errorA, double b, double errorB) {
        double value = a / b;
        if (Double.isNaN(errorA) || Double.isNaN(errorB)) {
            return new ScoreRatio(value, Double.NaN, Double.NaN);
        }
        double low = Math.max(0, (a - errorA) / (b + errorB));
        double high = b - errorB > 0 ? (a + errorA) / (b - errorB) : Double.POSITIVE_INFINITY;
        return new ScoreRatio(value, low, high);
    }

    /** e.g. {@code 0.123 [0.110, 0.137]}, or {@code 0.123 [n/a]} without error bounds. */
    String format() {
        String bounds = Double.isNaN(low) ? "[n/a]" : String.format(Locale.ROOT, "[%s, %s]", digits(low), digits(high));
        return digits(value) + " " + bounds;
    }

    private static String digits(double v) {
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.3f", v);
    }
}
