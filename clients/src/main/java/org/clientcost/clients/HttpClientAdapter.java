package org.clientcost.clients;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * One client of one library, built with {@link ClientSettings}. Every call reads the whole response body and
 * verifies it with {@link Exchange#verify}; a wrong answer is an exception, never a result.
 * Instances are thread-safe (the libraries' clients are).
 */
public interface HttpClientAdapter extends AutoCloseable {

    /** Sends the request and blocks until the whole, verified response has been read. */
    void send(Exchange exchange) throws IOException, InterruptedException;

    /** Sends the request; the future completes once the whole response has been read and verified. */
    CompletableFuture<Void> sendAsync(Exchange exchange);

    /** Shuts the client down the way its library documents (unchecked exceptions only). */
    @Override
    void close();
}
