package org.clientcost.jmh;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a benchmark uses a client library: the right way, the right way without keep-alive, and the mistake. */
public enum ClientMode {
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

    /** The name used in benchmark parameters and reports. */
    public String key() {
        return key;
    }

    public static ClientMode byKey(String key) {
        for (ClientMode m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + key + "' (expected one of " + keys() + ")");
    }

    public static String keys() {
        return Arrays.stream(values()).map(ClientMode::key).collect(Collectors.joining("|"));
    }
}
