package org.clientcost.gateway;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * SIGTERM and SIGINT (Ctrl-C) as something main can wait for, so that main itself shuts the gateway down and
 * chooses the exit status (the JVM's own handling would exit 143/130 once its shutdown hooks ran). Where the JVM
 * does not let signals be handled, {@link #install} says so and returns a signal that never arrives: the JVM then
 * stops on SIGTERM in its default way, without draining.
 */
final class TerminationSignal {

    private final CountDownLatch received = new CountDownLatch(1);

    private TerminationSignal() {
    }

    static TerminationSignal install(PrintStream report) {
        TerminationSignal signal = new TerminationSignal();
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> signal.received.countDown());
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> signal.received.countDown());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            report.println("gateway: cannot handle SIGTERM here (" + e + "); it will stop without draining");
        }
        return signal;
    }

    /** Returns once SIGTERM or SIGINT has arrived. */
    void await() throws InterruptedException {
        received.await();
    }
}
