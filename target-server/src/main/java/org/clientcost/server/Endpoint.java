package org.clientcost.server;

/** The endpoints the server counts requests for, with their key in the /stats JSON. */
public enum Endpoint {
    HELLO("hello"),
    BYTES("bytes"),
    DELAY("delay"),
    STATUS("status"),
    ECHO("echo"),
    /** {@code GET /stats} and {@code POST /stats/reset}; not part of requestsServed. */
    STATS("stats"),
    /** Everything else: unknown paths and requests that could not be parsed. */
    OTHER("other");

    private final String key;

    Endpoint(String key) {
        this.key = key;
    }

    /** The name used in {@code requestsByEndpoint}. */
    public String key() {
        return key;
    }
}
