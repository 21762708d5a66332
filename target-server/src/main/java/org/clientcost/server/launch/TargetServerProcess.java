package org.clientcost.server.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The target server in its own JVM, so the server's threads, allocation and GC never share a JVM with
 * the clients being measured.
 *
 * <p>{@link #start} runs {@code <java.home>/bin/java <jvmArgs> -cp <java.class.path>
 * org.clientcost.server.TargetServerMain --host 127.0.0.1 --port 0 <serverArgs>}, waits (at most
 * {@link #START_TIMEOUT_SECONDS} s) for its {@code listening on} line and forwards its output with the
 * prefix {@code [target-server] }. A JVM shutdown hook kills the child even if the caller never closes it.
 * {@link #close()} sends SIGTERM, waits for the graceful shutdown, and kills the process if it hangs.
 */
public final class TargetServerProcess implements AutoCloseable {

    /** JVM options used when the caller passes none of its own (see {@link TargetEndpoint#resolve()}). */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseParallelGC");
    public static final int START_TIMEOUT_SECONDS = 30;
    /** How long {@link #close()} waits after SIGTERM before killing; above the server's default drain timeout. */
    public static final int STOP_TIMEOUT_SECONDS = 15;

    private static final String MAIN_CLASS = "org.clientcost.server.TargetServerMain";
    private static final String READY_PREFIX = "listening on ";
    private static final String OUTPUT_PREFIX = "[target-server] ";

    private final Process process;
    private final URI uri;
    private final Thread killOnExit;

    private TargetServerProcess(Process process, URI uri, Thread killOnExit) {
        this.process = process;
        this.uri = uri;
        this.killOnExit = killOnExit;
    }

    /**
     * Starts the server and waits until it listens.
     *
     * @throws IllegalStateException (one line) if it exits or stays silent for {@link #START_TIMEOUT_SECONDS} s
     */
    public static TargetServerProcess start(List<String> jvmArgs, List<String> serverArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(List.of("--host", "127.0.0.1", "--port", "0"));
        command.addAll(serverArgs);

        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the target server: " + e, e);
        }
        Thread killOnExit = new Thread(process::destroyForcibly, "target-server-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);

        CompletableFuture<URI> ready = new CompletableFuture<>();
        Deque<String> lastLines = new ArrayDeque<>();
        Thread forwarder = new Thread(() -> forwardOutput(process, ready, lastLines), "target-server-output");
        forwarder.setDaemon(true);
        forwarder.start();
        try {
            URI uri = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new TargetServerProcess(process, uri, killOnExit);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            removeHook(killOnExit);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String last;
            synchronized (lastLines) {
                last = String.join(" | ", lastLines);
            }
            throw new IllegalStateException("target server did not report 'listening on' within "
                    + START_TIMEOUT_SECONDS + " s; its last output: " + (last.isEmpty() ? "(none)" : last));
        }
    }

    public URI uri() {
        return uri;
    }

    /** True until the process has exited. */
    public boolean alive() {
        return process.isAlive();
    }

    /** The exit status once it has exited (0 after a graceful SIGTERM). */
    public int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM, wait up to {@link #STOP_TIMEOUT_SECONDS} s for the graceful exit, then kill. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println(OUTPUT_PREFIX + "did not stop within " + STOP_TIMEOUT_SECONDS
                            + " s of SIGTERM; killing it");
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        removeHook(killOnExit);
    }

    private static void forwardOutput(Process process, CompletableFuture<URI> ready, Deque<String> lastLines) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println(OUTPUT_PREFIX + line);
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 5) {
                        lastLines.removeFirst();
                    }
                }
                if (line.startsWith(READY_PREFIX) && !ready.isDone()) {
                    try {
                        ready.complete(URI.create(line.substring(READY_PREFIX.length()).trim()));
                    } catch (IllegalArgumentException e) {
                        ready.completeExceptionally(e);
                    }
                }
            }
        } catch (IOException e) {
            // The process went away; the waiting side reports it.
        }
        ready.completeExceptionally(new IllegalStateException("target server exited"));
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs and kills an exited process, which is harmless.
        }
    }
}
