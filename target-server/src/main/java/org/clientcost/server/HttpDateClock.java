package org.clientcost.server;

import io.netty.handler.codec.DateFormatter;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The value of the {@code Date} response header, formatted once per second by a task on one event
 * loop instead of once per response.
 */
final class HttpDateClock {

    /** One second's Date header value, as the bytes that go on the wire. */
    record Stamp(long epochSecond, byte[] ascii) { }

    private volatile Stamp current = stampFor(System.currentTimeMillis());
    private ScheduledFuture<?> refresher;

    /** Starts refreshing every second on {@code executor}, aligned to the next second boundary. */
    void start(EventExecutor executor) {
        long now = System.currentTimeMillis();
        refresher = executor.scheduleAtFixedRate(this::refresh, 1000 - now % 1000 + 1, 1000, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    Stamp current() {
        return current;
    }

    private void refresh() {
        long now = System.currentTimeMillis();
        if (now / 1000 != current.epochSecond()) {
            current = stampFor(now);
        }
    }

    private static Stamp stampFor(long millis) {
        return new Stamp(millis / 1000, DateFormatter.format(new Date(millis)).getBytes(StandardCharsets.US_ASCII));
    }
}
