package org.clientcost.jmh;

import java.net.URI;
import org.clientcost.clients.SuiteTrust;
import org.clientcost.server.launch.TargetEndpoint;

/**
 * The target server of this JVM, resolved once and shared by the benchmark states and the {@link CostProfiler}.
 *
 * <p>Launched by {@link BenchmarkLauncher}, every fork gets {@code -Dtarget.url} (and {@code -Dtarget.tls.url},
 * {@code -Dtarget.tls.cert} for the HTTPS port) and this is just those.
 * Run directly ({@code java -jar benchmarks.jar}), the first use starts the server as a child process of the fork;
 * it is stopped when the fork's JVM exits, also when a benchmark fails. It is never stopped at trial teardown,
 * because the profiler still reads {@code /stats} after the last iteration.
 */
final class SharedTarget {

    private static TargetEndpoint endpoint;
    private static SuiteTrust trust;

    private SharedTarget() {
    }

    static synchronized TargetEndpoint get() {
        if (endpoint == null) {
            TargetEndpoint resolved = TargetEndpoint.resolve();
            Runtime.getRuntime().addShutdownHook(new Thread(resolved::close, "target-endpoint-stop"));
            endpoint = resolved;
        }
        return endpoint;
    }

    static URI uri() {
        return get().uri();
    }

    /** The base URI of one scheme: {@code http} (the plain port) or {@code https} (the HTTPS port). */
    static URI uri(String scheme) {
        return switch (scheme) {
            case "http" -> get().uri();
            case "https" -> get().tlsUri();
            default -> throw new IllegalArgumentException("scheme must be http or https, got '" + scheme + "'");
        };
    }

    /** Trust in the target server's certificate, read once per JVM (each client still builds its own SSLContext). */
    static synchronized SuiteTrust trust() {
        if (trust == null) {
            trust = SuiteTrust.of(get().certificate());
        }
        return trust;
    }
}
