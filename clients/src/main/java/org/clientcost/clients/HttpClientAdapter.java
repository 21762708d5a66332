package org.clientcost.clients;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * One client of one library, built with {@link ClientSettings}. Two kinds of call, each sync and async:
 * <ul>
 *   <li>{@link #send}/{@link #sendAsync}, what the benchmarks use: read the whole response body and verify it
 *       with {@link Exchange#verify}; a wrong answer is an exception, never a result;</li>
 *   <li>{@link #fetch}/{@link #fetchAsync}, what a service uses: hand the whole response (status, headers, body)
 *       back, whatever its status; a timeout is an {@link UpstreamTimeoutException}, any other failure to get an
 *       answer another {@link IOException}.</li>
 * </ul>
 * Instances are thread-safe (the libraries' clients are).
 */
public interface HttpClientAdapter extends AutoCloseable {

    /** Sends the request and blocks until the whole, verified response has been read. */
    void send(Exchange exchange) throws IOException, InterruptedException;

    /** Sends the request; the future completes once the whole response has been read and verified. */
    CompletableFuture<Void> sendAsync(Exchange exchange);

    /**
     * {@code GET uri}, blocking until the whole response has been read.
     *
     * @param closeConnection send {@code Connection: close}, so the connection is not reused afterwards
     * @throws UpstreamTimeoutException no answer within the settings' timeouts
     * @throws IOException              any other failure to get an answer
     */
    UpstreamResponse fetch(URI uri, boolean closeConnection) throws IOException, InterruptedException;

    /**
     * {@code GET uri} without blocking the caller. The future completes with the whole response, or exceptionally
     * with an {@link UpstreamTimeoutException} or another {@link IOException} (never wrapped).
     */
    CompletableFuture<UpstreamResponse> fetchAsync(URI uri, boolean closeConnection);

    /** Shuts the client down the way its library documents (unchecked exceptions only). */
    @Override
    void close();
}
