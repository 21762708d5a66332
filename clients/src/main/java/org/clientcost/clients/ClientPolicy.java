package org.clientcost.clients;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one place that turns a {@link ClientMode} into which client a request gets:
 * <ul>
 *   <li>{@code singleton}: one client, built by {@link #open}, shared by every request, shut down by {@link #close()};</li>
 *   <li>{@code freshConnection}: the same shared client, every request sending {@code Connection: close};</li>
 *   <li>{@code perRequest}: every {@link #lease()} builds a new client, which closing the lease shuts down.</li>
 * </ul>
 * The {@link ClientBuildHook} runs before every client is built (the shared one included). Thread-safe.
 */
public final class ClientPolicy implements AutoCloseable {

    private final ClientLibrary library;
    private final ClientMode mode;
    private final ClientSettings settings;
    private final ClientBuildHook beforeBuild;
    private final LongAdder built = new LongAdder();
    /** The lease every request gets in the shared modes; null in perRequest mode. */
    private final ClientLease shared;

    private ClientPolicy(ClientLibrary library, ClientMode mode, ClientSettings settings, ClientBuildHook beforeBuild)
            throws InterruptedException {
        this.library = Objects.requireNonNull(library, "library");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.beforeBuild = Objects.requireNonNull(beforeBuild, "beforeBuild");
        this.shared = mode == ClientMode.PER_REQUEST ? null : new ClientLease(build(), false, closesConnections());
    }

    /** The policy for {@code mode}; in the shared modes this builds the shared client now. */
    public static ClientPolicy open(ClientLibrary library, ClientMode mode, ClientSettings settings, ClientBuildHook beforeBuild)
            throws InterruptedException {
        return new ClientPolicy(library, mode, settings, beforeBuild);
    }

    private HttpClientAdapter build() throws InterruptedException {
        beforeBuild.beforeBuild();
        HttpClientAdapter client = library.build(settings);
        built.increment();
        return client;
    }

    public ClientMode mode() {
        return mode;
    }

    /** Whether every request of this mode sends {@code Connection: close} ({@code freshConnection}). */
    public boolean closesConnections() {
        return mode == ClientMode.FRESH_CONNECTION;
    }

    /** The verified exchange for {@code payload} on the server at {@code base}, with this mode's connection handling. */
    public Exchange exchange(URI base, Payload payload) {
        return Exchange.of(base, payload, closesConnections());
    }

    /** The client for one request: the shared one, or (perRequest) a new one, built after the hook let it. */
    public ClientLease lease() throws InterruptedException {
        return shared != null ? shared : new ClientLease(build(), true, false);
    }

    /** Clients built so far, the shared one included. */
    public long clientsBuilt() {
        return built.sum();
    }

    /** Shuts the shared client down (perRequest: nothing to do; each lease closes its own). */
    @Override
    public void close() {
        if (shared != null) {
            shared.client().close();
        }
    }
}
