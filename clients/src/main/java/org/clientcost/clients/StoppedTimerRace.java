package org.clientcost.clients;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * AsyncHttpClient's {@code close()} stops its Netty {@code HashedWheelTimer} while the connection pool's idle-channel
 * detector (which AHC reschedules on that timer every 100 ms) may be running. The detector then fails to reschedule
 * itself and Netty logs a {@code WARNING} with an {@code IllegalStateException: cannot be started once stopped} stack
 * trace. The client is already closed and nothing is lost, but with a client per request it happens every few
 * hundred closes and buries the run's output in stack traces.
 *
 * <p>This filter, on the JDK logger Netty writes those warnings to, drops exactly that record (the exception, its
 * message and the AHC pool frame must all match) and prints one explained line the first time instead. Every other
 * timer warning passes through untouched.
 */
final class StoppedTimerRace implements Filter {

    /** Netty's logger for HashedWheelTimer (and its timeouts), when Netty logs through java.util.logging. */
    static final String NETTY_TIMER_LOGGER = "io.netty.util.HashedWheelTimer";
    static final String EXPLANATION = "[ahc] a closed AsyncHttpClient's idle-connection detector could not reschedule itself on "
            + "its stopped timer (a race inside AHC's close(), harmless: the client is already closed); "
            + "further such warnings are not printed";

    /** Strong reference: the JDK keeps loggers only weakly, and a collected logger would lose its filter. */
    private static final Logger TIMER_LOGGER = Logger.getLogger(NETTY_TIMER_LOGGER);
    private static final StoppedTimerRace INSTANCE = new StoppedTimerRace();

    private final AtomicBoolean explained = new AtomicBoolean();

    private StoppedTimerRace() {
    }

    /** Installs the filter once per JVM (idempotent); called before the first AHC client is built. */
    static void install() {
        synchronized (TIMER_LOGGER) {
            if (TIMER_LOGGER.getFilter() != INSTANCE) {
                TIMER_LOGGER.setFilter(INSTANCE);
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!isTheRace(record.getThrown())) {
            return true;
        }
        if (explained.compareAndSet(false, true)) {
            System.err.println(EXPLANATION);
        }
        return false;
    }

    static boolean isTheRace(Throwable thrown) {
        if (!(thrown instanceof IllegalStateException) || !"cannot be started once stopped".equals(thrown.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("org.asynchttpclient.netty.channel.DefaultChannelPool")) {
                return true;
            }
        }
        return false;
    }
}
