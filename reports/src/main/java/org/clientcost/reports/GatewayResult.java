package org.clientcost.reports;

/**
 * One configuration of the gateway matrix, measured: what Gatling sent through the gateway (client x mode x style)
 * to the target server, what came back, and what both processes' /stats said. The gatling module writes one per
 * Gatling report ({@link GatewayResultFile}); the dashboard reads them back. The one model of these results.
 *
 * @param client                 {@code jdk}, {@code okhttp} or {@code ahc}
 * @param mode                   {@code singleton}, {@code freshConnection} or {@code perRequest}
 * @param style                  {@code sync} or {@code async}
 * @param endpoint               the upstream endpoint proxied, e.g. {@code /hello}; {@code https /hello} when the
 *                               gateway called the target server over https
 * @param concurrency            virtual users in flight (closed model)
 * @param requestsPlanned        measured requests the run aimed for
 * @param durationBoundSeconds   the bound on the measured phase (0: none, the run must send every planned request)
 * @param warmupSeconds          warm-up before the measured phase (its requests are not in the figures below)
 * @param boundedByDuration      true when the bound ended the run before every planned request was sent
 * @param warmupOk               warm-up answers that were OK (counted by the cross-check, not in the figures)
 * @param warmupKo               warm-up answers that were KO
 * @param ok                     measured answers that were OK
 * @param ko                     measured answers that were KO
 * @param seconds                first to last measured answer
 * @param requestsPerSecond      measured answers per second over {@code seconds}
 * @param latencyMs              measured response times
 * @param secondsForMillion      how long 1,000,000 requests take at {@code requestsPerSecond}
 * @param upstreamConnections    new connections the target server accepted from the gateway (warm-up included)
 * @param connectionsPerRequest  {@code upstreamConnections} per proxied request (warm-up included)
 * @param resentByClient         requests the gateway's client sent to the target server a second time (the target
 *                               server saw their sequence number again), e.g. the JDK client's retry of a GET whose
 *                               pooled connection failed; served once more, not a disagreement (-1: not
 *                               measured, a run from before the gateway numbered its upstream calls)
 * @param clientsBuilt           HTTP clients the gateway built (its /stats)
 * @param peakThreads            the gateway JVM's peak live threads (its /stats)
 * @param peakFileDescriptors    the gateway's peak open file descriptors (its /stats; -1 off Unix)
 * @param crossCheck             {@code MATCH}, or {@code MISMATCH: } and what disagreed
 * @param jdk                    the JDK that ran the gateway and the target server
 * @param machine                processors, memory and OS of the machine
 * @param date                   when the measured phase ended, ISO-8601 UTC
 */
public record GatewayResult(String client, String mode, String style, String endpoint, int concurrency,
                            long requestsPlanned, int durationBoundSeconds, int warmupSeconds,
                            boolean boundedByDuration, long warmupOk, long warmupKo, long ok, long ko,
                            double seconds, double requestsPerSecond, Latency latencyMs, double secondsForMillion,
                            long upstreamConnections, double connectionsPerRequest, long resentByClient,
                            long clientsBuilt,
                            long peakThreads, long peakFileDescriptors, String crossCheck, String jdk,
                            String machine, String date) {

    /** The verdict that means both processes' /stats agree with Gatling's count. */
    public static final String MATCH = "MATCH";

    /** Response-time percentiles and maximum, in milliseconds. */
    public record Latency(double p50, double p95, double p99, double p999, double max) {
    }

    /** True when both processes' /stats agreed with the run's count. */
    public boolean matched() {
        return MATCH.equals(crossCheck);
    }

    /**
     * True when the run counts: no KO (warm-up included) and both processes' /stats agreed with its count. A run that
     * fails this counted refusals in its rate, so the matrix fails on it and the dashboard compares nothing with it.
     */
    public boolean passed() {
        return matched() && ko == 0 && warmupKo == 0;
    }

    /**
     * The re-sent requests as the matrix summary and the dashboard both show them next to a run's figures, e.g.
     * {@code " (2 re-sent)"}; empty when the client re-sent none or the run did not count them.
     */
    public String resentNote() {
        return resentByClient > 0 ? " (" + Numbers.grouped(resentByClient) + " re-sent)" : "";
    }

    /** {@code client mode style}, e.g. {@code okhttp singleton sync}. */
    public String configuration() {
        return client + " " + mode + " " + style;
    }
}
