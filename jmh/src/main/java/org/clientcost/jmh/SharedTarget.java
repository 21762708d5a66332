package org.clientcost.jmh;

import java.net.URI;
import org.clientcost.server.launch.TargetEndpoint;

/**
 * The target server of this JVM, resolved once and shared by the benchmark states and the {@link CostProfiler}.
 *
 * <p>Launched by {@link BenchmarkLauncher}, every fork gets {@code -Dtarget.url} and this is just that URL.
 * Run directly ({@code java -jar benchmarks.jar}), the first use starts the server as a child process of the fork;
 * it is stopped when the fork's JVM exits, also when a benchmark fails. It is never stopped at trial teardown,
 * because the profiler still reads {@code /stats} after the last iteration.
 */
final class SharedTarget {

    private static TargetEndpoint endpoint;

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
}
