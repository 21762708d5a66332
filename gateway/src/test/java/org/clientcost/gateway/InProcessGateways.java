package org.clientcost.gateway;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The gateways a test starts in this JVM, as a JUnit extension on a {@code @RegisterExtension} field:
 * {@link #start(GatewayConfig)} starts one (its reports on System.err) and returns the test client aimed at it, and
 * after each test every gateway it started is closed (gracefully, last started first), whether the test passed or
 * failed. The tests of the gateway as a process of its own start it with the launch harness instead.
 */
final class InProcessGateways implements AfterEachCallback {

    private final Deque<Gateway> started = new ArrayDeque<>();

    /** Starts a gateway with {@code config} (port 0 picks a free one) and returns a client of it. */
    GatewayClient start(GatewayConfig config) throws InterruptedException {
        Gateway gateway = Gateway.start(config, System.err);
        started.push(gateway);
        return new GatewayClient(gateway.uri());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException failed = null;
        for (Gateway gateway; (gateway = started.poll()) != null; ) {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
