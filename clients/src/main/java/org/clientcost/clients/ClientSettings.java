package org.clientcost.clients;

import java.time.Duration;

/**
 * The settings every adapter applies the same way, so no library gets an advantage.
 *
 * @param connectTimeout        how long a TCP connect may take
 * @param requestTimeout        how long one whole exchange (send, response, body) may take
 * @param maxConcurrentRequests how many requests one client may run at once, and how many idle connections
 *                              it may keep; only OkHttp has lower defaults (5 per host, 5 idle), which would
 *                              otherwise queue an async batch and close pooled connections between batches
 */
public record ClientSettings(Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests) {

    public ClientSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, got " + maxConcurrentRequests);
        }
    }

    /** The one place the shared defaults live. */
    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024);
    }
}
