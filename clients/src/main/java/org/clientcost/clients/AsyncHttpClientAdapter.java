package org.clientcost.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.asynchttpclient.AsyncHttpClient;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;
import org.asynchttpclient.BoundRequestBuilder;
import org.asynchttpclient.DefaultAsyncHttpClientConfig;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Response;

/**
 * AsyncHttpClient 3 (Netty underneath). It speaks HTTP/1.1 only over {@code http://}, so nothing to pin.
 *
 * <p>With {@link ClientSettings#trust()} set, each client gets a new Netty SslContext (the JDK's engine, as the two
 * other libraries use) trusting the suite's certificate, TLS 1.3 and 1.2 only.
 *
 * <p>Shutdown as AHC documents it: {@code close()}. Its event loops then wait out Netty's graceful-shutdown quiet
 * period (about 2 s) before their threads end, which is what makes per-request clients expensive. A race in that
 * {@code close()} makes Netty log a harmless stack trace now and then; {@link StoppedTimerRace} turns it into one line.
 */
final class AsyncHttpClientAdapter implements HttpClientAdapter {

    private final AsyncHttpClient client;
    private final Duration requestTimeout;

    static {
        StoppedTimerRace.install();
    }

    AsyncHttpClientAdapter(ClientSettings settings) {
        this.requestTimeout = settings.requestTimeout();
        DefaultAsyncHttpClientConfig.Builder config = Dsl.config()
                .setConnectTimeout(settings.connectTimeout())
                .setRequestTimeout(settings.requestTimeout())
                .setReadTimeout(settings.requestTimeout());
        if (settings.trust() != null) { // its own Netty SslContext per client (JDK provider, as the two others use)
            config.setSslContext(sslContext(settings.trust()));
        }
        this.client = Dsl.asyncHttpClient(config);
    }

    /** A Netty client context on the JDK's engine trusting only the suite's certificate; AHC verifies host names. */
    private static SslContext sslContext(SuiteTrust trust) {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .trustManager(trust.trustManager())
                    .protocols(SuiteTrust.PROTOCOLS)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot make a TLS context for AsyncHttpClient: " + e, e);
        }
    }

    private BoundRequestBuilder request(URI uri, boolean closeConnection) {
        BoundRequestBuilder builder = client.prepareGet(uri.toString());
        if (closeConnection) {
            builder.setHeader("Connection", "close");
        }
        return builder;
    }

    private BoundRequestBuilder request(Exchange exchange) {
        return request(exchange.uri(), exchange.closeConnection());
    }

    private static UpstreamResponse upstreamResponse(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : response.getHeaders()) {
            headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(header.getValue());
        }
        return new UpstreamResponse(response.getStatusCode(), headers, response.getResponseBodyAsBytes());
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
    public UpstreamResponse fetch(URI uri, boolean closeConnection) throws IOException, InterruptedException {
        try {
            return upstreamResponse(request(uri, closeConnection).execute().get());
        } catch (ExecutionException e) {
            throw UpstreamFailures.classify(e, uri, requestTimeout);
        }
    }

    @Override
    public CompletableFuture<UpstreamResponse> fetchAsync(URI uri, boolean closeConnection) {
        return UpstreamFailures.relay(request(uri, closeConnection).execute().toCompletableFuture(),
                AsyncHttpClientAdapter::upstreamResponse, uri, requestTimeout);
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
