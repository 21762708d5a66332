package org.clientcost.clients;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings every adapter applies the same way, so no library gets an advantage.
 *
 * @param connectTimeout        how long a TCP connect may take
 * @param requestTimeout        how long one whole exchange (send, response, body) may take; past it a call fails
 *                              with {@link UpstreamTimeoutException} (the response-returning calls) or the library's
 *                              own timeout exception (the verifying calls)
 * @param maxConcurrentRequests how many requests one client may run at once, and how many idle connections
 *                              it may keep; only OkHttp has lower defaults (5 per host, 5 idle), which would
 *                              otherwise queue an async batch and close pooled connections between batches
 * @param trust                 whom an {@code https://} call trusts: the suite's certificate ({@link SuiteTrust}), or
 *                              null for the library's default (the JVM's trust store, which refuses the target
 *                              server's self-signed certificate)
 */
public record ClientSettings(Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests,
                             SuiteTrust trust) {

    public ClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got connect " + connectTimeout.toMillis()
                    + " ms and request " + requestTimeout.toMillis() + " ms");
        }
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, got " + maxConcurrentRequests);
        }
    }

    /** Settings with the libraries' default trust. */
    public ClientSettings(Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests) {
        this(connectTimeout, requestTimeout, maxConcurrentRequests, null);
    }

    /** The one place the shared defaults live. */
    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024);
    }

    /** These settings with another connect timeout (positive). */
    public ClientSettings withConnectTimeout(Duration timeout) {
        return new ClientSettings(timeout, requestTimeout, maxConcurrentRequests, trust);
    }

    /** These settings with another whole-exchange timeout (positive), e.g. a service's per-call upstream timeout. */
    public ClientSettings withRequestTimeout(Duration timeout) {
        return new ClientSettings(connectTimeout, timeout, maxConcurrentRequests, trust);
    }

    /** These settings trusting the suite's certificate for {@code https://} calls (null: the library default). */
    public ClientSettings withTrust(SuiteTrust suiteTrust) {
        return new ClientSettings(connectTimeout, requestTimeout, maxConcurrentRequests, suiteTrust);
    }
}
