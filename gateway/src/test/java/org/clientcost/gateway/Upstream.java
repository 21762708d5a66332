package org.clientcost.gateway;

import java.net.URI;
import java.util.List;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.TargetServer;
import org.clientcost.server.launch.ServiceProcess;
import org.clientcost.server.launch.StatsClient;
import org.clientcost.server.launch.TargetServerProcess;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The target server a test class's gateways call, as a JUnit extension on a static {@code @RegisterExtension} field:
 * started before the class's first test, stopped after its last. {@link #inThisJvm()} embeds it (quick to start; its
 * threads count in this JVM's); {@link #inItsOwnJvm()} starts it as a process with the launch harness's default JVM
 * options, so its connections, threads and /stats are apart from the in-process gateways'.
 */
final class Upstream implements BeforeAllCallback, AfterAllCallback {

    private final boolean ownJvm;
    /** The running server (a TargetServer or a ServiceProcess) and its address, between beforeAll and afterAll. */
    private AutoCloseable running;
    private URI uri;

    private Upstream(boolean ownJvm) {
        this.ownJvm = ownJvm;
    }

    /** A target server embedded in the test JVM, on a free loopback port. */
    static Upstream inThisJvm() {
        return new Upstream(false);
    }

    /** A target-server process, on a free loopback port. */
    static Upstream inItsOwnJvm() {
        return new Upstream(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (ownJvm) {
            ServiceProcess process = TargetServerProcess.start(TargetServerProcess.DEFAULT_JVM_ARGS, List.of());
            running = process;
            uri = process.uri();
        } else {
            TargetServer embedded = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0));
            running = embedded;
            uri = embedded.uri();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** {@code http://127.0.0.1:PORT}, to give a gateway as its upstream. */
    URI uri() {
        if (running == null) {
            throw new IllegalStateException("the upstream is not running: register it on a static field");
        }
        return uri;
    }

    /** A client of the upstream's own /stats (each call opens {@link StatsClient#CONNECTIONS_PER_CALL}). */
    StatsClient stats() {
        return new StatsClient(uri());
    }
}
