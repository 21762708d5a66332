package org.clientcost.gatling.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What one configuration's Gatling JVM needs to know, handed from the matrix to the simulation as system
 * properties ({@link #systemProperties()} on one side, {@link #fromSystemProperties()} on the other), so that both
 * see the same values.
 *
 * @param configuration  client, mode and style of the gateway
 * @param gatewayUrl     the gateway under load
 * @param endpoint       what each request asks the upstream for
 * @param concurrency    virtual users in flight
 * @param requests       measured requests planned
 * @param warmupSeconds  seconds of warm-up
 * @param boundSeconds   longest measured phase, 0 for no bound
 * @param maxRunSeconds  hard bound on the whole Gatling run
 * @param outcomeFile    where the simulation writes its {@link LoadOutcome}
 */
public record GatewayRunSettings(GatewayConfiguration configuration, URI gatewayUrl, GatewayEndpoint endpoint,
                                 int concurrency, long requests, int warmupSeconds, int boundSeconds,
                                 int maxRunSeconds, Path outcomeFile) {

    /** The settings of a configuration of the matrix, from {@link GatewayParameters}. */
    static GatewayRunSettings of(GatewayConfiguration configuration, URI gatewayUrl, Path outcomeFile) {
        return new GatewayRunSettings(configuration, gatewayUrl, GatewayParameters.ENDPOINT,
                GatewayParameters.CONCURRENCY, GatewayParameters.REQUESTS, GatewayParameters.WARMUP_SECONDS,
                GatewayParameters.boundSeconds(configuration), GatewayParameters.MAX_RUN_SECONDS, outcomeFile);
    }

    /** In the Gatling JVM: what the matrix passed. */
    public static GatewayRunSettings fromSystemProperties() {
        return new GatewayRunSettings(
                GatewayConfiguration.parse(GatewayParameters.required(GatewayParameters.CONFIGURATION_PROPERTY)),
                URI.create(GatewayParameters.required(GatewayParameters.URL_PROPERTY)), GatewayParameters.ENDPOINT,
                GatewayParameters.CONCURRENCY, GatewayParameters.REQUESTS, GatewayParameters.WARMUP_SECONDS,
                (int) GatewayParameters.requiredCount(GatewayParameters.BOUND_PROPERTY), GatewayParameters.MAX_RUN_SECONDS,
                Path.of(GatewayParameters.required(GatewayParameters.OUTCOME_PROPERTY)));
    }

    /** The {@code -D} options that make {@link #fromSystemProperties()} return these settings. */
    List<String> systemProperties() {
        return List.of(
                "-D" + GatewayParameters.CONFIGURATION_PROPERTY + "=" + configuration.label(),
                "-D" + GatewayParameters.URL_PROPERTY + "=" + gatewayUrl,
                "-Dgateway.endpoint=" + endpoint.path(),
                "-Dconcurrency=" + concurrency,
                "-Dgateway.requests=" + requests,
                "-Dgateway.warmup=" + warmupSeconds,
                "-D" + GatewayParameters.BOUND_PROPERTY + "=" + boundSeconds,
                "-Dgateway.maxRunSeconds=" + maxRunSeconds,
                "-D" + GatewayParameters.OUTCOME_PROPERTY + "=" + outcomeFile);
    }

    /** {@code client mode style}. */
    public String label() {
        return configuration.label();
    }

    /** One line: what this run does. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: GET %s via %s, %d users, %d s warm-up, then %,d requests%s",
                label(), endpoint.path(), gatewayUrl, concurrency, warmupSeconds, requests,
                boundSeconds == 0 ? "" : " or " + boundSeconds + " s, whichever comes first");
    }
}
