package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Only AHC's stopped-timer race is dropped from Netty's timer log; everything else there still gets through. */
class StoppedTimerRaceTest {

    private static IllegalStateException raceFrom(String className) {
        IllegalStateException e = new IllegalStateException("cannot be started once stopped");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.netty.util.HashedWheelTimer", "start", "HashedWheelTimer.java", 363),
            new StackTraceElement(className, "scheduleNewIdleChannelDetector", "X.java", 99)});
        return e;
    }

    private static LogRecord warning(Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "An exception was thrown by TimerTask.");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void theRaceInsideAhcsPoolIsRecognised() {
        assertTrue(StoppedTimerRace.isTheRace(raceFrom("org.asynchttpclient.netty.channel.DefaultChannelPool")));
        assertTrue(StoppedTimerRace.isTheRace(raceFrom("org.asynchttpclient.netty.channel.DefaultChannelPool$IdleChannelDetector")));
    }

    @Test
    void otherTimerFailuresAreNotTheRace() {
        assertFalse(StoppedTimerRace.isTheRace(raceFrom("com.example.SomethingElse")));
        assertFalse(StoppedTimerRace.isTheRace(new IllegalStateException("another message")));
        assertFalse(StoppedTimerRace.isTheRace(new RuntimeException("cannot be started once stopped")));
        assertFalse(StoppedTimerRace.isTheRace(null));
    }

    @Test
    void buildingAnAhcClientInstallsTheFilterThatDropsOnlyTheRace() {
        ClientLibrary.AHC.build(ClientSettings.defaults()).close();
        Logger timerLogger = Logger.getLogger(StoppedTimerRace.NETTY_TIMER_LOGGER);
        assertSame(StoppedTimerRace.class, timerLogger.getFilter().getClass());
        assertFalse(timerLogger.getFilter().isLoggable(warning(raceFrom("org.asynchttpclient.netty.channel.DefaultChannelPool"))));
        assertTrue(timerLogger.getFilter().isLoggable(warning(new IllegalStateException("something real"))));
        assertTrue(timerLogger.getFilter().isLoggable(new LogRecord(Level.WARNING, "no exception at all")));
    }
}
