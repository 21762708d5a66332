package org.clientcost.clients;

/**
 * Runs before {@link ClientPolicy} builds a client, so each caller can bound what per-request clients cost it:
 * the benchmarks wait at their thread ceiling, a service can refuse (throw) when it is over its own limit.
 * Whatever it throws propagates to the caller that asked for the client, and no client is built.
 */
@FunctionalInterface
public interface ClientBuildHook {

    /** No bound. */
    ClientBuildHook NONE = () -> { };

    /** Returns when a client may be built; may wait, or throw to refuse. */
    void beforeBuild() throws InterruptedException;
}
