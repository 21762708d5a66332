package org.clientcost.clients;

/**
 * How a caller uses a client library: the right way, the right way without keep-alive, and the mistake.
 * {@link ClientPolicy} is the one place that acts on it.
 */
public enum ClientMode implements Keyed {
    /** One client for the whole run (a benchmark trial, a service's life), shared by every thread; its pool and keep-alive are in use. */
    SINGLETON("singleton"),
    /** The same shared client, but every request sends {@code Connection: close}: a new TCP connection each time. */
    FRESH_CONNECTION("freshConnection"),
    /** A new client built for every request and shut down afterwards the way its library documents. */
    PER_REQUEST("perRequest");

    private final String key;

    ClientMode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static ClientMode byKey(String key) {
        return Keyed.byKey(ClientMode.class, "mode", key);
    }
}
