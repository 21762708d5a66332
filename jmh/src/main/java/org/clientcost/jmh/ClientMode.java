package org.clientcost.jmh;

import org.clientcost.clients.Keyed;

/** How a benchmark uses a client library: the right way, the right way without keep-alive, and the mistake. */
public enum ClientMode implements Keyed {
    /** One client for the whole trial, shared by every benchmark thread; its pool and keep-alive are in use. */
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

    public static String keys() {
        return Keyed.keys(ClientMode.class);
    }
}
