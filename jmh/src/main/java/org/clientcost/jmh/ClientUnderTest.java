package org.clientcost.jmh;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.clientcost.clients.ClientLease;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.ClientPolicy;
import org.clientcost.clients.ClientSettings;
import org.clientcost.clients.Exchange;
import org.clientcost.clients.Payload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client cell a benchmark measures: which library, used in which {@link ClientMode}, fetching which payload,
 * over which scheme.
 *
 * <p>Scope.Benchmark on purpose: in {@code singleton} and {@code freshConnection} mode ONE client is shared by all
 * benchmark threads, as a service would share it. In {@code perRequest} mode nothing is kept here: the client is
 * built and shut down inside the measured method, because building it is the cost being measured (so no
 * {@code Level.Invocation} fixtures, whose own overhead and timing would distort exactly that cost).
 */
@State(Scope.Benchmark)
public class ClientUnderTest {

    @Param({"jdk", "okhttp", "ahc"})
    public String client;

    @Param({"singleton", "freshConnection", "perRequest"})
    public String mode;

    @Param({"hello", "bytes16k"})
    public String payload;

    /**
     * {@code https}: the target server's HTTPS port, the client trusting its certificate ({@code SuiteTrust}); every
     * new connection pays a TLS handshake, and every client built per request its own SSLContext.
     */
    @Param({"http", "https"})
    public String scheme;

    /** The name of that param, for the launcher's {@code -Dbench.scheme}. */
    public static final String SCHEME_PARAM = "scheme";

    private static final ClientSettings SETTINGS = ClientSettings.defaults();

    /** Which client each request gets (shared, or built per request after the {@link ThreadCeiling} let it). */
    private ClientPolicy policy;
    private Exchange exchange;

    @Setup(Level.Trial)
    public void start() throws InterruptedException {
        ClientSettings settings = "https".equals(scheme) ? SETTINGS.withTrust(SharedTarget.trust()) : SETTINGS;
        policy = ClientPolicy.open(ClientLibrary.byKey(client), ClientMode.byKey(mode), settings, ThreadCeiling::awaitRoom);
        exchange = policy.exchange(SharedTarget.uri(scheme), Payload.byKey(payload));
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (policy != null) {
            policy.close();
            policy = null;
        }
    }

    /** One blocking request, fully read and verified. */
    public void send() throws IOException, InterruptedException {
        try (ClientLease lease = policy.lease()) {
            lease.client().send(exchange);
        }
    }

    /**
     * {@code count} concurrent requests, completed together (like {@code asyncio.gather}); each fully read and
     * verified. In perRequest mode each request gets its own client, and all are shut down after the batch.
     */
    public void sendBatch(int count) throws InterruptedException {
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[count];
        ClientLease[] leases = new ClientLease[count];
        try {
            for (int i = 0; i < count; i++) {
                leases[i] = policy.lease();
                inFlight[i] = leases[i].client().sendAsync(exchange);
            }
            CompletableFuture.allOf(inFlight).join();
        } finally {
            for (ClientLease lease : leases) {
                if (lease != null) {
                    lease.close();
                }
            }
        }
    }
}
