package org.clientcost.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp 5, pinned to HTTP/1.1, with the dispatcher's limits (default 64 requests, 5 per host) and the idle
 * pool size (default 5) raised to {@link ClientSettings#maxConcurrentRequests()}.
 *
 * <p>Shutdown as OkHttp documents it: shut down the dispatcher's executor service, then evict the connection pool.
 */
final class OkHttpClientAdapter implements HttpClientAdapter {

    /** How long an idle pooled connection is kept (OkHttp's default). */
    private static final long KEEP_ALIVE_MINUTES = 5;

    private final OkHttpClient client;
    private final Duration requestTimeout;

    OkHttpClientAdapter(ClientSettings settings) {
        this.requestTimeout = settings.requestTimeout();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(settings.maxConcurrentRequests());
        dispatcher.setMaxRequestsPerHost(settings.maxConcurrentRequests());
        this.client = new OkHttpClient.Builder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(settings.maxConcurrentRequests(), KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
                .connectTimeout(settings.connectTimeout())
                .callTimeout(settings.requestTimeout())
                .readTimeout(settings.requestTimeout())
                .writeTimeout(settings.requestTimeout())
                .build();
    }

    private static Request request(URI uri, boolean closeConnection) {
        Request.Builder builder = new Request.Builder().url(uri.toString()).get();
        if (closeConnection) {
            builder.header("Connection", "close");
        }
        return builder.build();
    }

    private static Request request(Exchange exchange) {
        return request(exchange.uri(), exchange.closeConnection());
    }

    /** Reads the whole body and closes the response. */
    private static UpstreamResponse upstreamResponse(Response response) throws IOException {
        try (response) {
            byte[] body = response.body().bytes();
            return new UpstreamResponse(response.code(), response.headers().toMultimap(), body);
        }
    }

    private static void readAndVerify(Exchange exchange, Response response) throws IOException {
        try (response) {
            byte[] body = response.body().bytes();
            exchange.verify(response.code(), body.length);
        }
    }

    @Override
    public void send(Exchange exchange) throws IOException {
        readAndVerify(exchange, client.newCall(request(exchange)).execute());
    }

    @Override
    public CompletableFuture<Void> sendAsync(Exchange exchange) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        client.newCall(request(exchange)).enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
                try {
                    readAndVerify(exchange, response);
                    done.complete(null);
                } catch (IOException e) {
                    done.completeExceptionally(new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call call, IOException e) {
                done.completeExceptionally(new UncheckedIOException(e));
            }
        });
        return done;
    }

    @Override
    public UpstreamResponse fetch(URI uri, boolean closeConnection) throws IOException {
        try {
            return upstreamResponse(client.newCall(request(uri, closeConnection)).execute());
        } catch (IOException e) {
            throw UpstreamFailures.classify(e, uri, requestTimeout);
        }
    }

    @Override
    public CompletableFuture<UpstreamResponse> fetchAsync(URI uri, boolean closeConnection) {
        CompletableFuture<UpstreamResponse> done = new CompletableFuture<>();
        client.newCall(request(uri, closeConnection)).enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
                try {
                    done.complete(upstreamResponse(response));
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(UpstreamFailures.classify(e, uri, requestTimeout));
                }
            }

            @Override
            public void onFailure(Call call, IOException e) {
                done.completeExceptionally(UpstreamFailures.classify(e, uri, requestTimeout));
            }
        });
        return done;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
