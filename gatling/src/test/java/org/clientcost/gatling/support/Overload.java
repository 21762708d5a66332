package org.clientcost.gatling.support;

/**
 * The one message a run prints when the operating system ran out of something (file descriptors, ephemeral ports):
 * printed once when first seen, and again at the end of {@code after()} so it is not lost in the output (SaturationRamp
 * prints its own end line instead, which also says whether the limit came past saturation).
 */
public final class Overload {

    private static volatile String firstReason;

    private Overload() {
    }

    /** Records and prints the limit that ran out; returns true only for the call that saw it first. */
    static boolean report(String reason) {
        if (firstReason == null) {
            synchronized (Overload.class) {
                if (firstReason == null) {
                    firstReason = reason;
                    System.out.println("[overload] " + reason);
                    return true;
                }
            }
        }
        return false;
    }

    /** The limit that ran out first, as a sentence, or null if none did. */
    public static String reason() {
        return firstReason;
    }

    /** True once a limit ran out: from then on no user sends another request while the load generator stops. */
    public static boolean happened() {
        return firstReason != null;
    }

    /** Loads this class ahead of time: once file descriptors run out, no class file can be opened. */
    static void load() {
        // class initialisation is the point
    }

    /** Prints the overload line again at the end of the run, if there was one. */
    static void repeatAtEnd() {
        if (firstReason != null) {
            System.out.println("[overload] the run ended on an operating-system limit: " + firstReason);
        }
    }
}
