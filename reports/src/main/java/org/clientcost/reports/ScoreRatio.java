package org.clientcost.reports;

/**
 * The ratio of two JMH scores with an error range propagated from their score errors.
 *
 * <p>JMH's {@code scoreError} is the half-width of a 99.9% confidence interval. For two independent scores
 * {@code a ± ea} and {@code b ± eb}, the ratio {@code r = a / b} gets the first-order (Gaussian) error
 * {@code er = r * sqrt((ea / a)^2 + (eb / b)^2)}: relative errors add in quadrature. The dashboard shows
 * {@code r ± er}. When either score has no error (JMH writes NaN for a single measurement iteration),
 * the ratio has no error either (NaN) and the dashboard says "n/a" instead of inventing one.
 *
 * @param value ratio {@code a / b}; NaN when {@code b} is 0 or either score is missing
 * @param error propagated error; NaN when unknown
 */
public record ScoreRatio(double value, double error) {

    public static ScoreRatio of(double a, double errorA, double b, double errorB) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return new ScoreRatio(Double.NaN, Double.NaN);
        }
        double ratio = a / b;
        if (Double.isNaN(errorA) || Double.isNaN(errorB)) {
            return new ScoreRatio(ratio, Double.NaN);
        }
        // Same as |r| * sqrt((ea/a)^2 + (eb/b)^2), written so that a == 0 needs no special case.
        double fromA = errorA / b;
        double fromB = a * errorB / (b * b);
        return new ScoreRatio(ratio, Math.sqrt(fromA * fromA + fromB * fromB));
    }

    public static ScoreRatio of(JmhResult numerator, JmhResult denominator) {
        return of(numerator.score(), numerator.scoreError(), denominator.score(), denominator.scoreError());
    }
}
