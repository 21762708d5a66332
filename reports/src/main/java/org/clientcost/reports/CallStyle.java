package org.clientcost.reports;

import java.util.Locale;

/** Derives the call style of a benchmark from its class and method name: "async" wins over "sync". */
public final class CallStyle {

    public static final String SYNC = "sync";
    public static final String ASYNC = "async";
    public static final String OTHER = "other";

    private CallStyle() {
    }

    public static String of(String benchmarkName) {
        String lower = benchmarkName.toLowerCase(Locale.ROOT);
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
}
