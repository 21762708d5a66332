package org.clientcost.server.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads what a child process prints, line by line, on a daemon thread of its own: hands every line on, keeps
 * the last few for error messages, and spots the first line that starts with a given prefix.
 */
final class ProcessOutput {

    private static final int KEPT_LINES = 5;

    private final String prefix;
    private final Consumer<String> lines;
    private final CompletableFuture<String> announced = new CompletableFuture<>();
    /** Every line read before the announcement (a service prints a few; nothing is kept after it). */
    private final List<String> beforeAnnounced = new ArrayList<>();
    private final Deque<String> last = new ArrayDeque<>();
    private final Thread reader;

    ProcessOutput(String threadName, InputStream in, String prefix, Consumer<String> lines) {
        this.prefix = prefix;
        this.lines = lines;
        this.reader = new Thread(() -> read(in), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** The rest of the first line starting with the prefix; fails with an IllegalStateException if the output ends first. */
    CompletableFuture<String> announced() {
        return announced;
    }

    /**
     * The rest of the first line starting with {@code linePrefix} that came before the announcement (e.g. a
     * target server's {@code listening on https://} or {@code certificate: } line), or null.
     */
    String before(String linePrefix) {
        synchronized (beforeAnnounced) {
            for (String line : beforeAnnounced) {
                if (line.startsWith(linePrefix)) {
                    return line.substring(linePrefix.length()).trim();
                }
            }
            return null;
        }
    }

    /** The last lines read, joined with {@code " | "}, or {@code (none)}. */
    String lastLines() {
        synchronized (last) {
            return last.isEmpty() ? "(none)" : String.join(" | ", last);
        }
    }

    /** Waits (at most {@code timeout}) until the output has ended and every line has been handed on. */
    void awaitEnd(Duration timeout) throws InterruptedException {
        reader.join(Math.max(1, timeout.toMillis()));
    }

    private void read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
                synchronized (last) {
                    last.addLast(line);
                    if (last.size() > KEPT_LINES) {
                        last.removeFirst();
                    }
                }
                // An HTTPS port's line (printed before the plain one) is not the announcement: it is kept with the rest.
                if (line.startsWith(prefix) && !line.startsWith(prefix + "https://")) {
                    announced.complete(line.substring(prefix.length()).trim());
                } else if (!announced.isDone()) {
                    synchronized (beforeAnnounced) {
                        beforeAnnounced.add(line);
                    }
                }
            }
        } catch (IOException e) {
            // The process went away; whoever waits for the announcement is told below.
        }
        announced.completeExceptionally(new IllegalStateException("the output ended"));
    }
}
