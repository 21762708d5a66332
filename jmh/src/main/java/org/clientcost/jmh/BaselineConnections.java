package org.clientcost.jmh;

import java.io.IOException;
import org.clientcost.clients.BaselineSocketClient;
import org.clientcost.clients.ClientSettings;
import org.clientcost.clients.Exchange;
import org.clientcost.clients.Payload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Keep-alive sockets of the baseline client. Scope.Thread because a blocking socket serves one caller at a time:
 * each benchmark thread gets its own connections, opened at trial setup (one, or {@code batch} for the async-batch
 * style) and reused for every request.
 */
@State(Scope.Thread)
public class BaselineConnections {

    @Param({"hello", "bytes16k"})
    public String payload;

    private BaselineSocketClient[] connections;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws IOException {
        Exchange exchange = Exchange.of(SharedTarget.uri(), Payload.byKey(payload), false);
        int count = AsyncBatchBenchmark.requestsPerOperation(params);
        connections = new BaselineSocketClient[count];
        for (int i = 0; i < count; i++) {
            connections[i] = new BaselineSocketClient(exchange, ClientSettings.defaults());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (connections == null) {
            return;
        }
        for (BaselineSocketClient c : connections) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** One request on this thread's connection. */
    public void exchange() throws IOException {
        connections[0].exchange();
    }

    /** {@code count} requests in flight at once, one per connection, then all answers read. */
    public void exchangeBatch(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            connections[i].sendRequest();
        }
        for (int i = 0; i < count; i++) {
            connections[i].readResponse();
        }
    }
}
