package org.clientcost.jmh;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.ClientSettings;
import org.clientcost.clients.Exchange;
import org.clientcost.clients.HttpClientAdapter;
import org.clientcost.clients.Payload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client cell a benchmark measures: which library, used in which {@link ClientMode}, fetching which payload.
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

    private static final ClientSettings SETTINGS = ClientSettings.defaults();

    private ClientLibrary library;
    private Exchange exchange;
    /** The shared client; null in perRequest mode. */
    private HttpClientAdapter shared;

    @Setup(Level.Trial)
    public void start() {
        library = ClientLibrary.byKey(client);
        ClientMode clientMode = ClientMode.byKey(mode);
        exchange = Exchange.of(SharedTarget.uri(), Payload.byKey(payload), clientMode == ClientMode.FRESH_CONNECTION);
        shared = clientMode == ClientMode.PER_REQUEST ? null : library.build(SETTINGS);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** One blocking request, fully read and verified. */
    public void send() throws IOException, InterruptedException {
        if (shared != null) {
            shared.send(exchange);
            return;
        }
        ThreadCeiling.awaitRoom();
        try (HttpClientAdapter perRequest = library.build(SETTINGS)) {
            perRequest.send(exchange);
        }
    }

    /**
     * {@code count} concurrent requests, completed together (like {@code asyncio.gather}); each fully read and
     * verified. In perRequest mode each request gets its own client, and all are shut down after the batch.
     */
    public void sendBatch(int count) throws InterruptedException {
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[count];
        if (shared != null) {
            for (int i = 0; i < count; i++) {
                inFlight[i] = shared.sendAsync(exchange);
            }
            CompletableFuture.allOf(inFlight).join();
            return;
        }
        HttpClientAdapter[] clients = new HttpClientAdapter[count];
        try {
            for (int i = 0; i < count; i++) {
                ThreadCeiling.awaitRoom();
                clients[i] = library.build(SETTINGS);
                inFlight[i] = clients[i].sendAsync(exchange);
            }
            CompletableFuture.allOf(inFlight).join();
        } finally {
            for (HttpClientAdapter c : clients) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }
}
