package org.clientcost.gatling.support;

import java.net.URI;

/**
 * The service a simulation loads: where its /hello requests go. Today that is the target server itself (or the
 * external server named by {@code -Dtarget.url}); once a gateway sits in front of the target server, it is the
 * gateway, while the server whose /stats is cross-checked ({@link CrossCheckedServer}) stays the target server.
 *
 * <p>The simulation's chains are built before {@code before()} starts anything, so they read the URL per request.
 */
public final class LoadedService {

    private volatile String helloUrl = "http://127.0.0.1:1/not-started";

    /** Points the simulation's requests at the service listening at {@code base}. */
    void attach(URI base) {
        helloUrl = base.resolve("/hello").toString();
    }

    String helloUrl() {
        return helloUrl;
    }
}
