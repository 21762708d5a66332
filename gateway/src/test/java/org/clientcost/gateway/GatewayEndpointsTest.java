package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.TargetServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gateway's own answers: unknown paths, other methods and non-numeric parameters get one-line errors from the
 * gateway; the upstream's own 4xx is relayed; /stats has every documented field; pipelined requests are answered in
 * order; and the two limits (requests in flight, live threads) answer 503 and are counted.
 */
class GatewayEndpointsTest {

    @RegisterExtension
    static final Upstream UPSTREAM = Upstream.inThisJvm();
    @RegisterExtension
    final InProcessGateways gateways = new InProcessGateways();

    private static GatewayConfig config(ClientMode mode, HandlerStyle style) {
        return GatewayConfig.of(UPSTREAM.uri(), ClientLibrary.OKHTTP, mode, style);
    }

    @Test
    void anHttpsUpstreamIsCalledTrustingItsCertificateOnly() throws Exception {
        try (TargetServer tls = TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.tlsPort = 0;
        }))) {
            // Not jdk in this JVM: the test's own java.net.http client is loaded first, so the JDK adapter could no longer
            // allow the Connection header (it fails loudly); its https calls are covered in clients' ClientTlsTest.
            for (ClientLibrary library : new ClientLibrary[] {ClientLibrary.OKHTTP, ClientLibrary.AHC}) {
                GatewayConfig config = new GatewayConfig(tls.tlsUri(), library, ClientMode.PER_REQUEST, HandlerStyle.SYNC,
                        GatewayConfig.DEFAULT_HOST, 0, 4, GatewayConfig.DEFAULT_MAX_IN_FLIGHT, GatewayConfig.DEFAULT_MAX_THREADS,
                        GatewayConfig.DEFAULT_UPSTREAM_TIMEOUT, tls.certificateFile());
                HttpResponse<String> hello = gateways.start(config).get("/proxy/hello");
                assertEquals(200, hello.statusCode(), library.key() + ": " + hello.body());
                assertEquals("Hello, World!", hello.body());
            }
        }
    }

    @Test
    void badRequestsGetOneLineReasonsAndUpstream4xxIsRelayed() throws Exception {
        GatewayClient http = gateways.start(config(ClientMode.SINGLETON, HandlerStyle.SYNC));
        HttpResponse<String> unknown = http.get("/hello");
        assertEquals(404, unknown.statusCode());
        assertEquals("no such path: /hello\n", unknown.body());
        HttpResponse<String> notNumber = http.get("/proxy/bytes/ten");
        assertEquals(400, notNumber.statusCode());
        assertEquals("bytes: n must be a whole number of at most 9 digits, got 'ten'\n", notNumber.body());
        HttpResponse<String> tooBig = http.get("/proxy/bytes/999999999");
        assertEquals(400, tooBig.statusCode(), "the upstream's range check, relayed");
        assertTrue(tooBig.body().startsWith("bytes: n must be an integer in 0..16777216"), tooBig.body());
        HttpResponse<String> query = http.get("/proxy/hello?x=1");
        assertEquals("Hello, World!", query.body(), "the query string is ignored");

        String post = http.raw("POST /proxy/hello HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 405 "), post);
        assertTrue(post.endsWith("method POST not allowed; use GET\n"), post);

        JsonNode stats = http.stats();
        for (String field : new String[] {"client", "mode", "style", "answered", "upstreamErrors", "upstreamTimeouts",
            "overCapacity", "clientsBuilt", "inFlight", "threads", "fileDescriptors"}) {
            assertTrue(stats.has(field), "no " + field + " in " + stats);
        }
        assertEquals(1, stats.path("answered").path("404").asLong(), stats.toString());
        assertEquals(2, stats.path("answered").path("400").asLong(), stats.toString());
        assertEquals(1, stats.path("answered").path("405").asLong(), stats.toString());
        assertTrue(stats.path("threads").path("peak").asLong() >= stats.path("threads").path("now").asLong(), stats.toString());
        assertTrue(stats.path("fileDescriptors").path("peak").asLong() >= stats.path("fileDescriptors").path("now").asLong(),
                stats.toString());
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        GatewayClient http = gateways.start(config(ClientMode.SINGLETON, HandlerStyle.ASYNC));
        String answers = http.raw("GET /proxy/delay/200 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /proxy/bytes/3 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /proxy/hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        int delay = answers.indexOf("content-length: 0");
        int bytes = answers.indexOf("abc");
        int hello = answers.indexOf("Hello, World!");
        assertTrue(delay > 0 && delay < bytes && bytes < hello, answers);
    }

    @Test
    void beyondMaxInFlightTheAnswerIs503() throws Exception {
        GatewayClient http = gateways.start(config(ClientMode.SINGLETON, HandlerStyle.ASYNC).withMaxInFlight(1));
        CompletableFuture<HttpResponse<String>> slow = http.getAsync("/proxy/delay/2000");
        http.awaitInFlight(1);
        HttpResponse<String> refused = http.get("/proxy/hello");
        assertEquals(503, refused.statusCode());
        assertEquals("over capacity: 1 requests in flight (--max-in-flight 1)\n", refused.body());
        assertEquals(200, slow.join().statusCode());
        assertEquals(200, http.get("/proxy/hello").statusCode(), "room again once the slow request is answered");
        JsonNode stats = http.stats();
        assertEquals(1, stats.path("overCapacity").asLong(), stats.toString());
        assertEquals(1, stats.path("inFlight").path("peak").asLong(), stats.toString());
    }

    @ParameterizedTest
    @EnumSource(HandlerStyle.class)
    void aPerRequestClientWaitsNearTheThreadLimitThenGetsA503(HandlerStyle style) throws Exception {
        int limit = 64;
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> parked = parkThreadsUpTo(limit, release);
        try {
            GatewayConfig config = config(ClientMode.PER_REQUEST, style).withMaxThreads(limit)
                    .withUpstreamTimeout(Duration.ofMillis(300));
            GatewayClient http = gateways.start(config);
            long start = System.nanoTime();
            HttpResponse<String> refused = http.get("/proxy/hello");
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.body().startsWith("over capacity: ") && refused.body().contains("live threads, still after "
                    + "waiting 300 ms for the collector"), refused.body());
            assertTrue(waitedMillis >= 300, "answered after " + waitedMillis + " ms, before the wait limit");
            JsonNode stats = http.stats();
            assertEquals(0, stats.path("clientsBuilt").asLong(), stats.toString());
            assertEquals(1, stats.path("overCapacity").asLong(), stats.toString());
            assertEquals(1, stats.path("threadCeiling").path("waits").asLong(), stats.toString());
            assertTrue(stats.path("threadCeiling").path("waitedMs").asLong() >= 300, stats.toString());
        } finally {
            unpark(release, parked);
        }
    }

    @ParameterizedTest
    @EnumSource(HandlerStyle.class)
    void aPerRequestClientNearTheThreadLimitIsBuiltOnceThreadsEnd(HandlerStyle style) throws Exception {
        int limit = 64;
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> parked = parkThreadsUpTo(limit, release);
        try {
            GatewayConfig config = config(ClientMode.PER_REQUEST, style).withMaxThreads(limit)
                    .withUpstreamTimeout(Duration.ofSeconds(5));
            GatewayClient http = gateways.start(config);
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> http.get("/proxy/hello"));
            for (int i = 0; i < 500 && http.stats().path("threadCeiling").path("waits").asLong() == 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(1, http.stats().path("threadCeiling").path("waits").asLong(), "the request waits for room");
            assertEquals(0, http.stats().path("clientsBuilt").asLong(), "no client is built while it waits");
            unpark(release, parked);
            HttpResponse<String> answered = waiting.join();
            assertEquals(200, answered.statusCode(), answered.body());
            assertEquals("Hello, World!", answered.body().strip());
            JsonNode stats = http.stats();
            assertEquals(1, stats.path("clientsBuilt").asLong(), stats.toString());
            assertEquals(0, stats.path("overCapacity").asLong(), stats.toString());
        } finally {
            unpark(release, parked);
        }
    }

    @Test
    void aPerRequestClientIsNotBuiltAtTheThreadLimit() throws Exception {
        // The hard limit behind the wait: reached only if threads appear between the wait and the build.
        Capacity capacity = new Capacity(1, 64, Duration.ofMillis(1), System.err);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> parked = parkThreadsUpTo(64, release);
        try {
            OverCapacityException refused = assertThrows(OverCapacityException.class, capacity::beforeBuild);
            assertTrue(refused.getMessage().contains("live threads, not building another client (--max-threads 64)"),
                    refused.getMessage());
        } finally {
            unpark(release, parked);
            capacity.close();
        }
    }

    /** Starts parked daemon threads until the JVM has {@code count} live threads. */
    private static List<Thread> parkThreadsUpTo(int count, CountDownLatch release) {
        List<Thread> parked = new ArrayList<>();
        while (ManagementFactory.getThreadMXBean().getThreadCount() < count) {
            Thread thread = new Thread(() -> awaitQuietly(release), "parked-for-the-thread-limit");
            thread.setDaemon(true);
            thread.start();
            parked.add(thread);
        }
        return parked;
    }

    private static void unpark(CountDownLatch release, List<Thread> parked) throws InterruptedException {
        release.countDown();
        for (Thread thread : parked) {
            thread.join();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
