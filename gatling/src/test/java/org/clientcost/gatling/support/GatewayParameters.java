package org.clientcost.gatling.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every option of the gateway matrix ({@link GatewayMatrix}) and of its simulation
 * ({@code org.clientcost.gatling.GatewaySimulation}), read from system properties, each default in exactly this place.
 * The gatling pom passes each option through as an empty placeholder unless the command line or a profile sets it;
 * empty means the default below. A bad value ends the run with one line naming the option.
 *
 * <p>Options a user sets: {@code gateway.clients}, {@code gateway.modes}, {@code gateway.styles},
 * {@code gateway.upstream}, {@code gateway.endpoint}, {@code gateway.requests}, {@code gateway.duration}, {@code gateway.warmup},
 * {@code concurrency}, {@code gateway.maxThreads}, {@code gateway.drainSeconds}. The rest are set by the matrix for
 * each configuration's Gatling JVM.
 */
public final class GatewayParameters {

    /** Clients to run, comma-separated. */
    public static final List<String> CLIENTS = choices("gateway.clients", "jdk,okhttp,ahc", List.of("jdk", "okhttp", "ahc"));
    /** Modes to run, comma-separated. */
    public static final List<String> MODES = choices("gateway.modes", "singleton,freshConnection,perRequest",
            List.of("singleton", "freshConnection", "perRequest"));
    /** Handler styles to run, comma-separated. */
    public static final List<String> STYLES = choices("gateway.styles", "sync,async", List.of("sync", "async"));
    /**
     * The scheme of the gateway's upstream: {@code http}, or {@code https} (the target server's TLS port, trusted
     * through the gateway's {@code --upstream-cert}; everything else the same).
     */
    public static final String UPSTREAM_SCHEME = choice("gateway.upstream", "http", List.of("http", "https"));
    /** The upstream endpoint each proxied request asks for: /hello, /bytes/{n} or /delay/{ms}. */
    public static final GatewayEndpoint ENDPOINT = endpoint("gateway.endpoint", "/hello");
    /** Measured requests per configuration; singleton configurations must send exactly this many. */
    public static final long REQUESTS = positive("gateway.requests", 1_000_000L);
    /**
     * Seconds the measured phase of a freshConnection or perRequest configuration may last: one too slow for
     * {@link #REQUESTS} stops there, and its result says how long a million would take at the rate it reached.
     */
    public static final int DURATION_SECONDS = (int) positive("gateway.duration", 60);
    /** Seconds of warm-up before the measured phase (requests validated and cross-checked, not in the figures). */
    public static final int WARMUP_SECONDS = (int) atLeastZero("gateway.warmup", 20);
    /** Virtual users in flight at all times (closed model), the same name as the other simulations'. */
    public static final int CONCURRENCY = (int) positive("concurrency", 64);
    /**
     * The gateway's {@code --max-threads}: above its default 2048, because JDK 17's unclosable per-request clients
     * leave threads behind faster than they go (2048 gave 1,470 answers of 503 for jdk perRequest sync).
     */
    public static final int MAX_THREADS = (int) positive("gateway.maxThreads", 8192);
    /** Longest wait for the previous configuration's TIME_WAIT sockets on loopback, when tcp_tw_reuse is 0. */
    public static final int DRAIN_SECONDS = (int) atLeastZero("gateway.drainSeconds", 70);
    /** Hard bound on one configuration's Gatling run, warm-up included; reaching it fails the configuration. */
    public static final int MAX_RUN_SECONDS = (int) positive("gateway.maxRunSeconds", 1_800);
    /** Where Gatling writes its reports (the matrix sets it to gatling/target/gatling). */
    public static final String RESULTS_FOLDER = text("gateway.resultsFolder", "target/gatling");

    // Set by the matrix for each configuration's Gatling JVM (not options for a user).
    /** The gateway under load, {@code http://127.0.0.1:PORT}. */
    static final String URL_PROPERTY = "gateway.url";
    /** The configuration, {@code client mode style}, for the simulation's names and lines. */
    static final String CONFIGURATION_PROPERTY = "gateway.configuration";
    /** Seconds the measured phase may last in this configuration; 0 = no bound (singleton). */
    static final String BOUND_PROPERTY = "gateway.boundSeconds";
    /** Where the simulation writes its {@link LoadOutcome}. */
    static final String OUTCOME_PROPERTY = "gateway.outcomeFile";
    /**
     * Set by the gatling pom for the matrix: the JVM options of each configuration's Gatling JVM, space-separated,
     * built from the same properties as the plugin's {@code jvmArgs} so that the two kinds of Gatling JVM match.
     */
    static final String GATLING_JVM_ARGS_PROPERTY = "gateway.gatlingJvmArgs";

    private GatewayParameters() {
    }

    /** The matrix's configurations, clients outermost, in the order the options list them. */
    public static List<GatewayConfiguration> configurations() {
        List<GatewayConfiguration> all = new ArrayList<>();
        for (String client : CLIENTS) {
            for (String mode : MODES) {
                for (String style : STYLES) {
                    all.add(new GatewayConfiguration(client, mode, style));
                }
            }
        }
        return all;
    }

    /** The bound on a configuration's measured phase, in seconds: none (0) for singleton. */
    public static int boundSeconds(GatewayConfiguration configuration) {
        return configuration.singleton() ? 0 : DURATION_SECONDS;
    }

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw BadOption.line("-D" + name + " is not set (the gateway matrix sets it; run `mvn -pl gatling verify -Pgateway`)");
        }
        return value.strip();
    }

    /** {@link #GATLING_JVM_ARGS_PROPERTY}, split at whitespace; one line naming it when it is not set. */
    static List<String> gatlingJvmArgs() {
        return List.of(required(GATLING_JVM_ARGS_PROPERTY).split("\\s+"));
    }

    static long requiredCount(String name) {
        String raw = required(name);
        try {
            long value = Long.parseLong(raw);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw BadOption.of(name, raw, "a whole number, 0 or more");
    }

    private static String text(String name, String defaultValue) {
        String raw = System.getProperty(name);
        return raw == null || raw.isBlank() ? defaultValue : raw.strip();
    }

    private static List<String> choices(String name, String defaultValue, List<String> allowed) {
        String raw = text(name, defaultValue);
        List<String> chosen = new ArrayList<>();
        for (String part : raw.split(",")) {
            String value = part.strip();
            String known = allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst().orElse(null);
            if (known == null) {
                throw BadOption.of(name, raw, "a comma-separated list of " + String.join(", ", allowed));
            }
            if (!chosen.contains(known)) {
                chosen.add(known);
            }
        }
        return List.copyOf(chosen);
    }

    private static String choice(String name, String defaultValue, List<String> allowed) {
        String raw = text(name, defaultValue);
        return allowed.stream().filter(a -> a.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> BadOption.of(name, raw, "one of " + String.join(", ", allowed)));
    }

    /** True when the gateway calls the target server over https. */
    public static boolean httpsUpstream() {
        return UPSTREAM_SCHEME.equals("https");
    }

    private static GatewayEndpoint endpoint(String name, String defaultValue) {
        String raw = text(name, defaultValue);
        GatewayEndpoint endpoint = GatewayEndpoint.parse(raw);
        if (endpoint == null) {
            throw BadOption.of(name, raw, "/hello, /bytes/{n} with n from 0 to 16777216, or /delay/{ms} with ms from 0 to 60000");
        }
        return endpoint;
    }

    private static long positive(String name, long defaultValue) {
        long value = atLeastZero(name, defaultValue);
        if (value == 0) {
            throw BadOption.of(name, System.getProperty(name), "a positive whole number");
        }
        return value;
    }

    private static long atLeastZero(String name, long defaultValue) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.strip().replace("_", "").replace(",", ""));
            if (value >= 0 && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw BadOption.of(name, raw, "a whole number from 0 to " + String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE));
    }
}
