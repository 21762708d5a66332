package org.clientcost.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code java.net.http.HttpClient}, pinned to HTTP/1.1 (on {@code http://} it would otherwise try an h2c upgrade).
 * With {@link ClientSettings#trust()} set, each client gets a new SSLContext trusting the suite's certificate and
 * TLS 1.3 and 1.2 only.
 *
 * <p>Shutdown: {@code close()} exists from JDK 21 on (HttpClient implements AutoCloseable there). The suite is
 * compiled for 17, so it checks at run time; on JDK 17 there is no way to shut a client down, and its selector
 * thread, worker threads and pooled connections stay until the garbage collector reclaims the client.
 *
 * <p>{@code Connection} is a restricted header for this client. The adapter allows it (system property
 * {@value #ALLOW_RESTRICTED_HEADERS}) before the first request class is loaded, and fails loudly if that was too late.
 */
final class JdkHttpClientAdapter implements HttpClientAdapter {

    static final String ALLOW_RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";

    static {
        String allowed = System.getProperty(ALLOW_RESTRICTED_HEADERS, "");
        boolean hasConnection = Arrays.stream(allowed.split(","))
                .anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals("connection"));
        if (!hasConnection) {
            System.setProperty(ALLOW_RESTRICTED_HEADERS, allowed.isBlank() ? "connection" : allowed + ",connection");
        }
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Connection", "close");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the JDK HttpClient refuses the Connection header; start the JVM with -D"
                    + ALLOW_RESTRICTED_HEADERS + "=connection", e);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    JdkHttpClientAdapter(ClientSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout());
        if (settings.trust() != null) { // its own SSLContext per client; the client itself verifies host names
            builder.sslContext(settings.trust().newSslContext()).sslParameters(SuiteTrust.parameters());
        }
        this.client = builder.build();
        this.requestTimeout = settings.requestTimeout();
    }

    private HttpRequest request(URI uri, boolean closeConnection) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET();
        if (closeConnection) {
            builder.header("Connection", "close");
        }
        return builder.build();
    }

    private HttpRequest request(Exchange exchange) {
        return request(exchange.uri(), exchange.closeConnection());
    }

    private static UpstreamResponse upstreamResponse(HttpResponse<byte[]> response) {
        return new UpstreamResponse(response.statusCode(), response.headers().map(), response.body());
    }

    @Override
    public void send(Exchange exchange) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(exchange), BodyHandlers.ofByteArray());
        exchange.verify(response.statusCode(), response.body().length);
    }

    @Override
    public CompletableFuture<Void> sendAsync(Exchange exchange) {
        return client.sendAsync(request(exchange), BodyHandlers.ofByteArray()).thenAccept(response -> {
            try {
                exchange.verify(response.statusCode(), response.body().length);
            } catch (UnexpectedResponseException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public UpstreamResponse fetch(URI uri, boolean closeConnection) throws IOException, InterruptedException {
        try {
            return upstreamResponse(client.send(request(uri, closeConnection), BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw UpstreamFailures.classify(e, uri, requestTimeout);
        }
    }

    @Override
    public CompletableFuture<UpstreamResponse> fetchAsync(URI uri, boolean closeConnection) {
        return UpstreamFailures.relay(client.sendAsync(request(uri, closeConnection), BodyHandlers.ofByteArray()),
                JdkHttpClientAdapter::upstreamResponse, uri, requestTimeout);
    }

    @Override
    public void close() {
        if (client instanceof AutoCloseable closeable) { // JDK 21+: waits for in-flight exchanges, stops its threads
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the JDK HttpClient failed", e);
            }
        }
    }
}
