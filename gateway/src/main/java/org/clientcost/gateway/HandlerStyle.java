package org.clientcost.gateway;

import org.clientcost.clients.Keyed;

/** How a request handler calls the upstream: the two ways web services are written. */
public enum HandlerStyle implements Keyed {
    /** The event loop hands the request to a bounded worker pool (like a servlet container), which blocks on the call. */
    SYNC("sync"),
    /** The event loop calls the client's async API and writes the answer when it completes; nothing blocks. */
    ASYNC("async");

    private final String key;

    HandlerStyle(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static HandlerStyle byKey(String key) {
        return Keyed.byKey(HandlerStyle.class, "style", key);
    }
}
