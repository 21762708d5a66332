package org.clientcost.server;

/**
 * Runs a shutdown action on SIGTERM or SIGINT (Ctrl-C) so the process can finish gracefully and exit 0.
 * The JVM's default handling would run shutdown hooks and then exit 143/130; handling the signals
 * ourselves lets main decide the exit status. Falls back to a shutdown hook if signals cannot be handled.
 */
final class ShutdownSignals {

    private ShutdownSignals() {
    }

    static void onTerminate(Runnable action) {
        Runnable once = new Runnable() {
            private boolean ran;

            @Override
            public synchronized void run() {
                if (!ran) {
                    ran = true;
                    action.run();
                }
            }
        };
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> startThread(once));
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> startThread(once));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            Runtime.getRuntime().addShutdownHook(new Thread(once, "target-server-shutdown"));
        }
    }

    private static void startThread(Runnable action) {
        Thread thread = new Thread(action, "target-server-shutdown");
        thread.start();
    }
}
