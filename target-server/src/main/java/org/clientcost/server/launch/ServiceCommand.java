package org.clientcost.server.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to run a service in a JVM of its own: a main class on a class path, with JVM options and program
 * arguments. {@link #start()} runs
 * {@code <java.home>/bin/java <jvmArgs> -cp <classPath> <mainClass> <args>} (plus
 * {@code --enable-native-access=ALL-UNNAMED} on JDK 22+, so a Netty service loads epoll without a warning)
 * and returns a {@link ServiceProcess} once the service has printed {@code listening on http://HOST:PORT}.
 *
 * <pre>{@code
 * try (ServiceProcess gateway = ServiceCommand.of("gateway", "org.clientcost.gateway.GatewayMain")
 *         .args(List.of("--host", "127.0.0.1", "--port", "0", "--upstream", upstream.toString()))
 *         .start()) {
 *     URI uri = gateway.uri();
 * }
 * }</pre>
 *
 * Unless told otherwise: this JVM's class path, no JVM options, no arguments, every output line forwarded to
 * {@code System.out} as {@code [name] line}, {@value #START_TIMEOUT_SECONDS} s to print the line, and
 * {@value #STOP_GRACE_SECONDS} s between SIGTERM and kill. Bad values are a one-line
 * {@link IllegalArgumentException}.
 */
public final class ServiceCommand {

    static final int START_TIMEOUT_SECONDS = 30;
    /** Above the target server's default drain timeout, so a graceful stop is never cut short. */
    static final int STOP_GRACE_SECONDS = 15;

    private final String name;
    private final String mainClass;
    private String classPath = System.getProperty("java.class.path");
    private List<String> jvmArgs = List.of();
    private List<String> args = List.of();
    private Consumer<String> output;
    private Duration startTimeout = Duration.ofSeconds(START_TIMEOUT_SECONDS);
    private Duration stopGrace = Duration.ofSeconds(STOP_GRACE_SECONDS);

    private ServiceCommand(String name, String mainClass) {
        this.name = name;
        this.mainClass = mainClass;
    }

    /**
     * @param name      what the service is called in its output prefix and in error messages, e.g. {@code gateway}
     * @param mainClass the fully qualified class whose {@code main} runs the service
     */
    public static ServiceCommand of(String name, String mainClass) {
        return new ServiceCommand(word("name", name), word("main class", mainClass));
    }

    /** The class path of the service's JVM (default: this JVM's). */
    public ServiceCommand classPath(String value) {
        classPath = word("class path", value);
        return this;
    }

    /** JVM options, placed before {@code -cp}. */
    public ServiceCommand jvmArgs(List<String> values) {
        jvmArgs = List.copyOf(values);
        return this;
    }

    /** Program arguments, placed after the main class. */
    public ServiceCommand args(List<String> values) {
        args = List.copyOf(values);
        return this;
    }

    /**
     * Where each line the service prints (stdout and stderr, merged) goes instead of {@code System.out}, e.g.
     * a list a test reads. Called on the thread that reads the output; it must not block for long.
     */
    public ServiceCommand output(Consumer<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("output needs a consumer of lines");
        }
        output = lines;
        return this;
    }

    /** How long the service may take to print its {@code listening on} line. */
    public ServiceCommand startTimeout(Duration value) {
        startTimeout = positive("start timeout", value);
        return this;
    }

    /** How long the service may take to exit after SIGTERM before it is killed. */
    public ServiceCommand stopGrace(Duration value) {
        stopGrace = positive("stop grace", value);
        return this;
    }

    /**
     * Starts the service and waits for its {@code listening on} line.
     *
     * @throws IllegalStateException (one line, with the service's last output) if it exits first, stays silent
     *                               for the start timeout, or names an address that is not loopback http
     */
    public ServiceProcess start() {
        return ServiceProcess.start(this);
    }

    String name() {
        return name;
    }

    Duration startTimeout() {
        return startTimeout;
    }

    Duration stopGrace() {
        return stopGrace;
    }

    Consumer<String> output() {
        if (output != null) {
            return output;
        }
        String prefix = "[" + name + "] ";
        return line -> System.out.println(prefix + line);
    }

    List<String> commandLine() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    private static String word(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a service needs a " + what + ", got '" + value + "'");
        }
        return value;
    }

    private static Duration positive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, got " + value);
        }
        return value;
    }
}
