package org.clientcost.clients;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The client one request uses, from {@link ClientPolicy#lease()}: the shared client (closing the lease leaves it
 * open) or a client built for this request (closing the lease shuts it down). Close it once the request is done,
 * for an async call after its future completed. The {@code fetch} calls apply the policy's mode, so
 * {@code freshConnection} sends {@code Connection: close}.
 */
public final class ClientLease implements AutoCloseable {

    private final HttpClientAdapter client;
    private final boolean owned;
    private final boolean closeConnection;

    ClientLease(HttpClientAdapter client, boolean owned, boolean closeConnection) {
        this.client = client;
        this.owned = owned;
        this.closeConnection = closeConnection;
    }

    /** The client itself, for the verifying calls (whose {@link Exchange} says whether to close the connection). */
    public HttpClientAdapter client() {
        return client;
    }

    /** {@link HttpClientAdapter#fetch} with the policy's connection handling. */
    public UpstreamResponse fetch(URI uri) throws IOException, InterruptedException {
        return client.fetch(uri, closeConnection);
    }

    /** {@link HttpClientAdapter#fetchAsync} with the policy's connection handling. */
    public CompletableFuture<UpstreamResponse> fetchAsync(URI uri) {
        return client.fetchAsync(uri, closeConnection);
    }

    /** Whether this lease's client was built for it, so that {@link #close()} shuts it down. */
    public boolean ownsClient() {
        return owned;
    }

    /** Shuts the client down if it was built for this lease; leaves a shared client alone. */
    @Override
    public void close() {
        if (owned) {
            client.close();
        }
    }
}
