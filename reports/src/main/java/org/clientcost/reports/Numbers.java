package org.clientcost.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting for the dashboard, locale-independent so the page reads the same everywhere. */
public final class Numbers {

    /** What a missing or unknown number shows as. */
    public static final String NONE = "n/a";

    private Numbers() {
    }

    /** Scores: whole numbers with thousands separators from 100 up, otherwise three significant digits. */
    public static String score(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        if (Math.abs(value) >= 100) {
            return grouped(Math.round(value));
        }
        return significant(value, 3);
    }

    /** Three significant digits, plain notation: 0.0523, 1.02, 19.2, 1230. */
    public static String significant(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return rounded.toPlainString();
    }

    /** A count with thousands separators: 1,000,000. */
    public static String grouped(long value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** A requests-per-second rate: grouped, one decimal below 100. */
    public static String rate(double value) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        if (Math.abs(value) >= 100) {
            return grouped(Math.round(value));
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Percentile rank label: 50 -> "p50", 99.9 -> "p99.9". */
    public static String percentileLabel(double rank) {
        return rank == Math.rint(rank) ? "p" + (long) rank : "p" + rank;
    }

    /** A duration for a reader: "48 s", "12.5 min", "2.1 h"; n/a when not finite or negative. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return NONE;
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
