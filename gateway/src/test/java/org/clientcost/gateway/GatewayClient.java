package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The tests' side of a gateway, in-process or a process of its own: plain GETs over one keep-alive HTTP/1.1 client,
 * its /stats as JSON, waiting for requests in flight, and raw bytes on a connection of their own.
 */
final class GatewayClient {

    /** Every test request gives up after this long; nothing in the tests comes close. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    GatewayClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(request(path), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return HTTP.sendAsync(request(path), BodyHandlers.ofString());
    }

    /** The gateway's /stats. */
    JsonNode stats() {
        HttpResponse<String> response = get("/stats");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/stats answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("/stats is not JSON: " + response.body(), e);
        }
    }

    /** Polls /stats until {@code count} requests are in flight (bounded by the test client's timeout per read). */
    void awaitInFlight(int count) throws InterruptedException {
        for (int i = 0; i < 500 && stats().path("inFlight").path("now").asInt() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, stats().path("inFlight").path("now").asInt(), "requests in flight");
    }

    /** Writes {@code request} bytes on a new connection and reads until the gateway closes it. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    }
}
