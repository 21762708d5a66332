package org.clientcost.server.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service running in a JVM of its own (started by {@link ServiceCommand#start()}), so its threads, allocation
 * and GC never share a JVM with the clients being measured. {@link #uri()} is the address it printed in its
 * {@code listening on http://HOST:PORT} line.
 *
 * <p>It is stopped on every path out: by {@link #close()}, when its start fails, and by a JVM shutdown hook
 * if the caller never gets to close it. Stopping is SIGTERM, up to the command's stop grace for the process
 * to exit, then kill; {@link #close()} returns once the process has exited and all its output is handed on.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final String READY_PREFIX = "listening on ";
    /** How long to wait for a killed process to go, and for its last output after it exited. */
    private static final Duration AFTERMATH = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final URI uri;
    private final Duration stopGrace;
    private final ProcessOutput output;
    private final Thread stopOnExit;

    private ServiceProcess(String name, Process process, URI uri, Duration stopGrace, ProcessOutput output,
                           Thread stopOnExit) {
        this.name = name;
        this.process = process;
        this.uri = uri;
        this.stopGrace = stopGrace;
        this.output = output;
        this.stopOnExit = stopOnExit;
    }

    static ServiceProcess start(ServiceCommand command) {
        String name = command.name();
        Process process;
        try {
            process = new ProcessBuilder(command.commandLine()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e, e);
        }
        Duration stopGrace = command.stopGrace();
        Thread stopOnExit = new Thread(() -> stop(name, process, stopGrace), name + "-stop-on-exit");
        try {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            process.destroyForcibly();
            throw new IllegalStateException("cannot start " + name + ": this JVM is already shutting down");
        }
        ProcessOutput output = new ProcessOutput(name + "-output", process.getInputStream(), READY_PREFIX,
                command.output());
        try {
            URI uri = awaitAddress(name, process, output, command.startTimeout());
            return new ServiceProcess(name, process, uri, stopGrace, output, stopOnExit);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            awaitQuietly(process, output);
            removeHook(stopOnExit);
            throw e;
        }
    }

    /** {@code http://host:port} as the service printed it; always a loopback address. */
    public URI uri() {
        return uri;
    }

    /**
     * The rest of the first line starting with {@code linePrefix} that the service printed before its
     * {@code listening on http://} line, or null: e.g. {@code listening on https://} and {@code certificate: } of
     * a target server with an HTTPS port.
     */
    public String printedBefore(String linePrefix) {
        return output.before(linePrefix);
    }

    /** True until the process has exited. */
    public boolean alive() {
        return process.isAlive();
    }

    /**
     * The exit status once it has exited: what the service chose after a SIGTERM (target-server: 0), 143 for a
     * JVM that let SIGTERM end it, 137 after a kill.
     *
     * @throws IllegalThreadStateException while it is still running
     */
    public int exitValue() {
        return process.exitValue();
    }

    /** Stops the service (SIGTERM, the stop grace, then kill) and waits for its last output. Idempotent. */
    @Override
    public void close() {
        stop(name, process, stopGrace);
        awaitQuietly(process, output);
        removeHook(stopOnExit);
    }

    private static URI awaitAddress(String name, Process process, ProcessOutput output, Duration timeout) {
        String announced;
        try {
            announced = output.announced().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not print '" + READY_PREFIX + "...' within "
                    + timeout.toMillis() + " ms; its last output: " + output.lastLines());
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " exited" + exitStatus(process) + " before printing '"
                    + READY_PREFIX + "...'; its last output: " + output.lastLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to start");
        }
        try {
            return LoopbackHttpUri.parse(announced);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " printed '" + READY_PREFIX + announced + "', which is not usable: "
                    + e.getMessage());
        }
    }

    private static String exitStatus(Process process) {
        try {
            return process.waitFor(AFTERMATH.toMillis(), TimeUnit.MILLISECONDS)
                    ? " with status " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** SIGTERM, up to {@code grace} for the exit, then kill. Safe to run twice at once (close and the hook). */
    private static void stop(String name, Process process, Duration grace) {
        synchronized (process) {
            if (!process.isAlive()) {
                return;
            }
            // Through the handle: Process.destroy() would also close our end of the output pipe, and with it
            // everything the service prints while it shuts down (its own last lines).
            process.toHandle().destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.err.println("[" + name + "] did not stop within " + grace.toMillis()
                            + " ms of SIGTERM; killing it");
                    process.destroyForcibly().waitFor(AFTERMATH.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(Process process, ProcessOutput output) {
        try {
            process.waitFor(AFTERMATH.toMillis(), TimeUnit.MILLISECONDS);
            output.awaitEnd(AFTERMATH);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, and the hook is running: it stops a process that is already gone.
        }
    }
}
