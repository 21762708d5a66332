package org.clientcost.reports;

import java.util.Locale;

/**
 * The call style of a benchmark, from its class and method name (the package is not looked at): "async" wins over
 * "sync", anything else is "other". The one rule the summary table, the accounting and the dashboard share.
 */
public final class CallStyle {

    public static final String SYNC = "sync";
    public static final String ASYNC = "async";
    public static final String OTHER = "other";

    private CallStyle() {
    }

    /** The style of a benchmark named {@code package.Class.method}. */
    public static String of(String benchmarkName) {
        String lower = classAndMethod(benchmarkName).toLowerCase(Locale.ROOT);
        if (lower.contains(ASYNC)) {
            return ASYNC;
        }
        if (lower.contains(SYNC)) {
            return SYNC;
        }
        return OTHER;
    }

    /** Display order: sync first, then async, then anything else. */
    public static int order(String style) {
        return switch (style) {
            case SYNC -> 0;
            case ASYNC -> 1;
            default -> 2;
        };
    }

    /** {@code Class.method} of {@code package.Class.method}. */
    static String classAndMethod(String benchmarkName) {
        int method = benchmarkName.lastIndexOf('.');
        int type = method < 0 ? -1 : benchmarkName.lastIndexOf('.', method - 1);
        return benchmarkName.substring(type + 1);
    }
}
