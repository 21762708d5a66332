package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.ServerStats;
import org.clientcost.server.TargetServer;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each {@link ClientMode} means in {@link ClientPolicy}, checked with the server's own connection count:
 * singleton reuses one client and its connection, freshConnection reuses the client but not the connection,
 * perRequest builds (after the hook) and shuts down a client per request.
 */
class ClientPolicyTest {

    private static final int REQUESTS = 10;

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

    private static URI hello() {
        return server.uri().resolve(Payload.HELLO.path());
    }

    /** A hook that counts how often it ran. */
    private static final class CountingHook implements ClientBuildHook {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void beforeBuild() {
            calls.incrementAndGet();
        }
    }

    /** {@code REQUESTS} sync fetches and as many async ones through fresh leases; the connections the server saw opened. */
    private static long connectionsOpenedByFetches(ClientPolicy policy) throws Exception {
        ServerStats before = stats.fetch();
        for (int i = 0; i < REQUESTS; i++) {
            try (ClientLease lease = policy.lease()) {
                assertEquals(200, lease.fetch(hello()).status());
            }
        }
        for (int i = 0; i < REQUESTS; i++) {
            ClientLease lease = policy.lease();
            try {
                CompletableFuture<UpstreamResponse> answer = lease.fetchAsync(hello());
                assertEquals(200, answer.join().status());
            } finally {
                lease.close();
            }
        }
        ServerStats after = stats.fetch();
        return after.connectionsOpened() - before.connectionsOpened() - StatsClient.CONNECTIONS_PER_CALL;
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void singletonSharesOneClientAndOneConnection(ClientLibrary library) throws Exception {
        CountingHook hook = new CountingHook();
        try (ClientPolicy policy = ClientPolicy.open(library, ClientMode.SINGLETON, ClientSettings.defaults(), hook)) {
            assertEquals(1, hook.calls.get(), "the shared client is built at open, after the hook");
            assertEquals(1, connectionsOpenedByFetches(policy));
            try (ClientLease first = policy.lease(); ClientLease second = policy.lease()) {
                assertSame(first.client(), second.client());
                assertFalse(first.ownsClient(), "closing a lease must not close the shared client");
            }
            assertEquals(1, policy.clientsBuilt());
            assertEquals(1, hook.calls.get());
            assertFalse(policy.exchange(server.uri(), Payload.HELLO).closeConnection());
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void freshConnectionSharesTheClientButOpensAConnectionPerRequest(ClientLibrary library) throws Exception {
        try (ClientPolicy policy = ClientPolicy.open(library, ClientMode.FRESH_CONNECTION, ClientSettings.defaults(), ClientBuildHook.NONE)) {
            assertEquals(2 * REQUESTS, connectionsOpenedByFetches(policy));
            assertEquals(1, policy.clientsBuilt());
            Exchange exchange = policy.exchange(server.uri(), Payload.BYTES_16K);
            assertTrue(exchange.closeConnection());
            try (ClientLease lease = policy.lease()) {
                lease.client().send(exchange);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void perRequestBuildsAClientPerLeaseAfterTheHook(ClientLibrary library) throws Exception {
        CountingHook hook = new CountingHook();
        try (ClientPolicy policy = ClientPolicy.open(library, ClientMode.PER_REQUEST, ClientSettings.defaults(), hook)) {
            assertEquals(0, policy.clientsBuilt(), "nothing is built before the first request");
            assertEquals(2 * REQUESTS, connectionsOpenedByFetches(policy));
            assertEquals(2 * REQUESTS, policy.clientsBuilt());
            assertEquals(2 * REQUESTS, hook.calls.get());
            try (ClientLease first = policy.lease(); ClientLease second = policy.lease()) {
                assertNotSame(first.client(), second.client());
                assertTrue(first.ownsClient() && second.ownsClient());
            }
            assertFalse(policy.exchange(server.uri(), Payload.HELLO).closeConnection(), "a new client has no connection to reuse anyway");
        }
    }

    @Test
    void aRefusingHookStopsTheBuildAndReachesTheCaller() throws Exception {
        IllegalStateException refusal = new IllegalStateException("over the limit");
        try (ClientPolicy policy = ClientPolicy.open(ClientLibrary.OKHTTP, ClientMode.PER_REQUEST, ClientSettings.defaults(), () -> {
            throw refusal;
        })) {
            assertSame(refusal, assertThrows(IllegalStateException.class, policy::lease));
            assertEquals(0, policy.clientsBuilt());
        }
        assertSame(refusal, assertThrows(IllegalStateException.class,
                () -> ClientPolicy.open(ClientLibrary.OKHTTP, ClientMode.SINGLETON, ClientSettings.defaults(), () -> {
                    throw refusal;
                })));
    }
}
