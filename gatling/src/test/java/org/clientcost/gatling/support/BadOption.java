package org.clientcost.gatling.support;

/**
 * A bad -D option: printed as one line, then the forked Gatling JVM exits with status 1 before it does anything else,
 * so the user sees the one line instead of Gatling's reflection stack trace.
 */
final class BadOption {

    private BadOption() {
    }

    static RuntimeException of(String property, String value, String expected) {
        return line("-D" + property + "=" + value + " is not usable (expected " + expected + ")");
    }

    /** Prints {@code gatling: <message>} on one line and ends the JVM; never returns normally. */
    static RuntimeException line(String message) {
        System.err.println("gatling: " + message);
        System.err.flush();
        Runtime.getRuntime().halt(1); // not 2: Gatling uses 2 for "assertions failed"
        return new IllegalArgumentException(message); // unreachable: halt() does not return
    }
}
