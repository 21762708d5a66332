package org.clientcost.gateway;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Runs the gateway until SIGTERM or Ctrl-C, then shuts it down gracefully and exits 0.
 *
 * <pre>
 *   java -jar gateway/target/gateway.jar --upstream http://127.0.0.1:PORT --client jdk|okhttp|ahc
 *        --mode singleton|freshConnection|perRequest --style sync|async [options]   (--help lists them)
 * </pre>
 *
 * Prints what it runs, then exactly one {@code listening on http://HOST:PORT} line once it accepts connections. On
 * shutdown it prints {@code stopped} with the threads started since start-up that are still alive (no client threads,
 * when every client was shut down; see {@link LeftoverThreads}). Bad options print one line to stderr and exit 2; an address that cannot be bound exits 1.
 */
public final class GatewayMain {

    /** How long after shutdown the gateway waits for its clients' threads to end (AHC's quiet period is ~2 s). */
    static final Duration LEFTOVER_WAIT = Duration.ofSeconds(10);

    private GatewayMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        GatewayCommandLine.Parsed parsed;
        try {
            parsed = GatewayCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gateway: " + GatewayAnswer.oneLine(e.getMessage()) + " (see --help)");
            System.exit(2);
            return;
        }
        if (parsed.helpRequested()) {
            System.out.print(GatewayCommandLine.help());
            return;
        }
        GatewayConfig config = parsed.config();
        PrintStream out = System.out;
        LeftoverThreads leftovers = LeftoverThreads.since();
        TerminationSignal signal = TerminationSignal.install(System.err);
        Gateway gateway;
        try {
            gateway = Gateway.start(config, System.err);
        } catch (IllegalStateException e) {
            System.err.println("gateway: " + e.getMessage());
            System.exit(1);
            return;
        }
        out.println("gateway: " + config.client().key() + " client, " + config.mode().key() + " mode, " + config.style().key()
                + " style, upstream " + config.upstream() + ", upstream timeout " + config.upstreamTimeout().toMillis() + " ms");
        out.println("listening on " + gateway.uri());
        out.flush();

        signal.await();
        out.println("shutting down: finishing in-flight requests (at most "
                + config.upstreamTimeout().plus(Gateway.DRAIN_MARGIN).toMillis() + " ms)");
        out.flush();
        gateway.close();
        gateway = null; // lets the collector reclaim an unclosable (JDK 17) client while leftovers are awaited
        LeftoverThreads.Report left = leftovers.awaitGone(LEFTOVER_WAIT);
        out.println((left.leftBehind().isEmpty() ? "stopped: no client threads left behind"
                : "stopped: " + left.leftBehind().size() + " client threads left behind: " + String.join(", ", left.leftBehind()))
                + (left.shared().isEmpty() ? "" : "; JVM-wide threads idling out: " + String.join(", ", left.shared())));
        out.flush();
        System.exit(0);
    }
}
