package org.clientcost.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.BoundRequestBuilder;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

/**
 * AsyncHttpClient 3 (Netty underneath). It speaks HTTP/1.1 only over {@code http://}, so nothing to pin.
 *
 * <p>Shutdown as AHC documents it: {@code close()}. Its event loops then wait out Netty's graceful-shutdown quiet
 * period (about 2 s) before their threads end, which is what makes per-request clients expensive.
 */
final class AsyncHttpClientAdapter implements HttpClientAdapter {

    private final AsyncHttpClient client;

    AsyncHttpClientAdapter(ClientSettings settings) {
        this.client = Dsl.asyncHttpClient(Dsl.config()
                .setConnectTimeout(settings.connectTimeout())
                .setRequestTimeout(settings.requestTimeout())
                .setReadTimeout(settings.requestTimeout()));
    }

    private BoundRequestBuilder request(Exchange exchange) {
        BoundRequestBuilder builder = client.prepareGet(exchange.uri().toString());
        if (exchange.closeConnection()) {
            builder.setHeader("Connection", "close");
        }
        return builder;
    }

    private static void verify(Exchange exchange, Response response) throws UnexpectedResponseException {
        exchange.verify(response.getStatusCode(), response.getResponseBodyAsBytes().length);
    }

    @Override
    public void send(Exchange exchange) throws IOException, InterruptedException {
        Response response;
        try {
            response = request(exchange).execute().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("GET " + exchange.uri() + " failed", cause);
        }
        verify(exchange, response);
    }

    @Override
    public CompletableFuture<Void> sendAsync(Exchange exchange) {
        return request(exchange).execute().toCompletableFuture().thenAccept(response -> {
            try {
                verify(exchange, response);
            } catch (UnexpectedResponseException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing AsyncHttpClient failed", e);
        }
    }
}
