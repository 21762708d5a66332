package org.clientcost.server;

import java.io.PrintStream;

/**
 * Runs the target server until SIGTERM or Ctrl-C, then shuts it down gracefully and exits 0.
 *
 * <pre>
 *   java -jar target-server/target/target-server.jar [--host 127.0.0.1] [--port 8080] [--help]
 * </pre>
 *
 * Prints the transport in use; with {@code --tls-port}, the TLS provider, the certificate file and
 * {@code listening on https://HOST:PORT}; then exactly one {@code listening on http://HOST:PORT} line once it
 * accepts connections (the line launchers wait for). Bad options, and a {@code --cert} that is expired or names
 * another host, print one line to stderr and exit 2; a port that cannot be bound exits 1.
 */
public final class TargetServerMain {

    private TargetServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerCommandLine.Parsed parsed;
        try {
            parsed = ServerCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("target-server: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (parsed.helpRequested()) {
            System.out.print(ServerCommandLine.help());
            return;
        }
        TargetServer server;
        try {
            server = TargetServer.start(parsed.config());
        } catch (IllegalArgumentException e) { // a --cert that cannot serve: bad input
            System.err.println("target-server: " + e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println("target-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        PrintStream out = System.out;
        // Before the listening lines: a launcher may stop the server as soon as it reads them, and a SIGTERM that
        // came before the handler would end the JVM with 143 instead of draining and exiting 0.
        ShutdownSignals.onTerminate(() -> {
            out.println("shutting down: finishing in-flight responses (at most "
                    + parsed.config().drainTimeout().toMillis() + " ms)");
            server.close();
        });
        out.println("transport: " + server.transport() + ", " + parsed.config().ioThreads() + " event-loop thread(s)");
        if (server.tlsUri() != null) { // before the http line, which is the one launchers wait for
            out.println("tls: " + server.tlsDescription());
            out.println("certificate: " + server.certificateFile().toAbsolutePath());
            out.println("listening on " + server.tlsUri());
        }
        out.println("listening on " + server.uri());
        out.flush();
        server.awaitClosed();
        long refused = server.connectionsRefused();
        out.println("stopped" + (refused > 0 ? " (" + refused + " connections refused over the cap)" : ""));
        out.flush();
        System.exit(0);
    }
}
