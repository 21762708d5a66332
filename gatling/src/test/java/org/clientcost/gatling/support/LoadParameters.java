package org.clientcost.gatling.support;

import java.time.Duration;

/**
 * Every option of the simulations, read from system properties, with its default in exactly one place.
 *
 * <p>A value that is not a positive whole number (or not true/false) ends the run with one line naming the
 * property, before any server is started or any request is sent.
 */
public final class LoadParameters {

    /** Requests of the exact-count simulations (MillionRequests, ConnectionPerRequest, SharedConnectionPool). */
    public static final long REQUESTS = positiveLong("requests", 1_000_000L);
    /** Virtual users in flight at once in the closed-model simulations. */
    public static final int CONCURRENCY = positiveInt("concurrency", 64);
    /** New virtual users (= requests) per second in ConstantArrivalRate. */
    public static final int RATE = positiveInt("rate", 5_000);
    /** Seconds ConstantArrivalRate keeps injecting. */
    public static final int DURATION_SECONDS = positiveInt("duration", 60);
    /** Arrival rate of the first SaturationRamp level, per second. */
    public static final int RAMP_START = positiveInt("ramp.start", 5_000);
    /** Arrival rate added at each further SaturationRamp level, per second. */
    public static final int RAMP_STEP = positiveInt("ramp.step", 5_000);
    /** Number of SaturationRamp levels. */
    public static final int RAMP_LEVELS = positiveInt("ramp.levels", 12);
    /** Seconds each SaturationRamp level lasts. */
    public static final int RAMP_LEVEL_SECONDS = positiveInt("ramp.levelSeconds", 10);
    /** Hard upper bound on any simulation's run time; reaching it fails the exact-count assertions. */
    public static final Duration MAX_DURATION = Duration.ofSeconds(positiveInt("maxDuration", 1_200));
    /** Whether the target has /stats to cross-check against (set false only for a foreign server such as nginx). */
    public static final boolean TARGET_STATS = bool("target.stats", true);

    private LoadParameters() {
    }

    private static long positiveLong(String name, long defaultValue) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.strip().replace("_", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw BadOption.of(name, raw, "a positive whole number");
    }

    private static int positiveInt(String name, int defaultValue) {
        long value = positiveLong(name, defaultValue);
        if (value > Integer.MAX_VALUE) {
            throw BadOption.of(name, String.valueOf(value), "at most " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    private static boolean bool(String name, boolean defaultValue) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw BadOption.of(name, raw, "true or false");
        }
    }
}
