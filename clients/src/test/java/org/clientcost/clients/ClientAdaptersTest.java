package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.ServerStats;
import org.clientcost.server.TargetServer;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every adapter against a real target server (embedded here; the benchmarks keep it in another JVM):
 * right answers pass, a wrong expected length fails (sync and async), keep-alive reuses one connection,
 * {@code Connection: close} costs one connection per request, and close() shuts down cleanly.
 */
class ClientAdaptersTest {

    private static final int REQUESTS = 20;

    private static TargetServer server;
    private static StatsClient stats;

    @BeforeAll
    static void startServer() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0));
        stats = new StatsClient(server.uri());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static Exchange exchange(Payload payload, boolean close) {
        return Exchange.of(server.uri(), payload, close);
    }

    /** Connections the server saw opened while {@code action} ran (the stats reads' own excluded). */
    private static long connectionsOpenedBy(ThrowingRunnable action) throws Exception {
        ServerStats before = stats.fetch();
        action.run();
        ServerStats after = stats.fetch();
        return after.connectionsOpened() - before.connectionsOpened() - StatsClient.CONNECTIONS_PER_CALL;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void keepAliveReusesOneConnectionForSyncCalls(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            long opened = connectionsOpenedBy(() -> {
                for (int i = 0; i < REQUESTS; i++) {
                    client.send(exchange(i % 2 == 0 ? Payload.HELLO : Payload.BYTES_16K, false));
                }
            });
            assertEquals(1, opened, library + " should reuse its pooled connection");
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void connectionCloseCostsOneConnectionPerRequest(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            long opened = connectionsOpenedBy(() -> {
                for (int i = 0; i < REQUESTS; i++) {
                    client.send(exchange(Payload.HELLO, true));
                }
            });
            assertEquals(REQUESTS, opened, library + " should open a new connection per Connection: close request");
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void asyncBatchCompletesWithVerifiedAnswers(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            CompletableFuture<?>[] batch = new CompletableFuture<?>[32];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = client.sendAsync(exchange(Payload.BYTES_16K, false));
            }
            CompletableFuture.allOf(batch).join();
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void aWrongAnswerFailsSyncAndAsync(ClientLibrary library) {
        URI base = server.uri();
        Exchange expectsWrongLength = new Exchange(base.resolve(Payload.HELLO.path()), Payload.HELLO.bodyLength() + 1, false);
        Exchange expectsWrongStatus = new Exchange(base.resolve("/status/404"), 0, false);
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            assertThrows(UnexpectedResponseException.class, () -> client.send(expectsWrongLength));
            assertThrows(UnexpectedResponseException.class, () -> client.send(expectsWrongStatus));
            CompletionException async = assertThrows(CompletionException.class, () -> client.sendAsync(expectsWrongLength).join());
            assertInstanceOf(UnexpectedResponseException.class, async.getCause().getCause(), "cause: " + async.getCause());
        }
    }

    @Test
    void baselineKeepsOneConnectionAndVerifies() throws Exception {
        long opened = connectionsOpenedBy(() -> {
            try (BaselineSocketClient client = new BaselineSocketClient(exchange(Payload.BYTES_16K, false), ClientSettings.defaults())) {
                for (int i = 0; i < REQUESTS; i++) {
                    client.exchange();
                }
            }
        });
        assertEquals(1, opened);

        Exchange wrong = new Exchange(server.uri().resolve(Payload.HELLO.path()), 12, false);
        try (BaselineSocketClient client = new BaselineSocketClient(wrong, ClientSettings.defaults())) {
            assertThrows(UnexpectedResponseException.class, client::exchange);
        }
    }

    @Test
    void unknownKeysAreRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientLibrary.byKey("curl"));
        assertEquals("unknown client 'curl' (expected one of jdk|okhttp|ahc)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Payload.byKey("huge"));
        assertEquals("unknown mode 'pooled' (expected one of singleton|freshConnection|perRequest)",
                assertThrows(IllegalArgumentException.class, () -> ClientMode.byKey("pooled")).getMessage());
    }
}
