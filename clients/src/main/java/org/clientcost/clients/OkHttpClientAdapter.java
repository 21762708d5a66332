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
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp 5, pinned to HTTP/1.1, with the dispatcher's limits (default 64 requests, 5 per host) and the idle
 * pool size (default 5) raised to {@link ClientSettings#maxConcurrentRequests()}.
 *
 * <p>With {@link ClientSettings#trust()} set, each client gets a new SSLContext trusting the suite's certificate and
 * TLS 1.3 and 1.2 only. OkHttp leaves {@code TCP_NODELAY} off (the JDK's socket default), unlike the two others;
 * the adapter keeps that library default (see clients/README.md for what it costs a new TLS connection).
 *
 * <p>Shutdown as OkHttp documents it: shut down the dispatcher's executor service, then evict the connection pool.
 */
final class OkHttpClientAdapter implements HttpClientAdapter {

    /** How long an idle pooled connection is kept (OkHttp's default). */
    private static final long KEEP_ALIVE_MINUTES = 5;

    /** OkHttp's modern cipher suites with the suite's protocol versions ({@link SuiteTrust#PROTOCOLS}). */
    private static final ConnectionSpec TLS_1_3_AND_1_2 = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            .tlsVersions(SuiteTrust.PROTOCOLS.toArray(String[]::new))
            .build();

    private final OkHttpClient client;
    private final Duration requestTimeout;

    OkHttpClientAdapter(ClientSettings settings) {
        this.requestTimeout = settings.requestTimeout();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(settings.maxConcurrentRequests());
        dispatcher.setMaxRequestsPerHost(settings.maxConcurrentRequests());
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (settings.trust() != null) { // its own SSLContext per client; OkHttp verifies host names itself
            builder.sslSocketFactory(settings.trust().newSslContext().getSocketFactory(), settings.trust().trustManager())
                    .connectionSpecs(List.of(TLS_1_3_AND_1_2, ConnectionSpec.CLEARTEXT));
        }
        this.client = builder
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
