package org.clientcost.server;

/**
 * What answers a request, and the key it is counted under in {@code /stats} ({@code requestsByEndpoint}).
 * Which request reaches which endpoint is the route table, {@link Route#match}; what each one answers, and
 * the one place requests are counted, is {@link EndpointAnswers}.
 */
enum Endpoint {
    HELLO("hello", true),
    BYTES("bytes", true),
    DELAY("delay", true),
    STATUS("status", true),
    ECHO("echo", true),
    /** {@code GET /stats}: counted under {@code stats}, which is not part of {@code requestsServed}. */
    STATS("stats", false),
    /** {@code POST /stats/reset}: zeroes every counter, so its own count under {@code stats} goes too. */
    STATS_RESET("stats", false),
    /** Unknown paths and requests that could not be parsed; only ever answered with an error. */
    OTHER("other", true);

    private final String key;
    private final boolean served;

    Endpoint(String key, boolean served) {
        this.key = key;
        this.served = served;
    }

    /** The name in {@code requestsByEndpoint}; {@link #STATS} and {@link #STATS_RESET} share one. */
    String key() {
        return key;
    }

    /** Whether requests to this endpoint count in {@code requestsServed}. */
    boolean countsAsServed() {
        return served;
    }
}
