package org.clientcost.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.clientcost.clients.ClientMode;
import org.clientcost.reports.JmhCell;

/**
 * The shape every run must have, checked by the launcher (a wrong shape fails the run) and by the smoke test.
 *
 * <ul>
 *   <li>every cell has a positive, finite score and the cost figures of the {@link CostProfiler};</li>
 *   <li>the server saw one request per operation ({@code requests/op} within {@link #PER_OP_SLACK} of 1):
 *       proof that the accounting sees all the traffic and nothing else;</li>
 *   <li>{@code singleton} (and the baseline) opened no more connections in the whole trial than there are
 *       requests in flight at once (threads x batch), plus {@link #RESEND_CONNECTIONS} for a client's transparent
 *       re-sends;</li>
 *   <li>{@code freshConnection} and {@code perRequest} opened one connection per request
 *       ({@code connections/op} within {@link #PER_OP_SLACK} of 1);</li>
 *   <li>over http, no TLS handshake; over https, one handshake per new connection, and by mode: {@code singleton}
 *       about 0 full handshakes per request (at most {@link #PER_OP_SLACK}), {@code perRequest} exactly one full
 *       handshake per request (a new client has a new TLS context, so nothing to resume), {@code freshConnection}
 *       one handshake per request, full or resumed (whether the client resumes is what the run measures).</li>
 * </ul>
 */
public final class AccountingCheck {

    /**
     * Tolerance for the per-op figures. JMH's op count ({@code getAllOps}) already includes the warmup and
     * warmdown operations that run outside the measured window, and every operation completes (the async batch
     * joins) before the iteration ends, so the server's counts normally equal the op count exactly. The slack
     * covers what JMH cannot see: a library transparently retrying an idempotent GET on a connection the server
     * had just closed (one extra connection and request), which can happen a handful of times per iteration.
     */
    public static final double PER_OP_SLACK = 0.05;

    /**
     * Connections a singleton trial may open beyond its requests in flight. The JDK client re-sends an idempotent GET
     * on a new connection when a pooled one fails before any byte of the answer (README, "The JDK client re-sends
     * requests"); in a 60 s sync singleton trial that opened one second connection in about 400,000 requests
     * (results/warmup/2026-12-04-60s-sync-singleton/), and trials grew to 45 s with the 40 s warm-up. A pool that is
     * not reused opens one per request, thousands per trial, so two spare connections hide nothing.
     */
    public static final int RESEND_CONNECTIONS = 2;

    private AccountingCheck() {
    }

    /** Every violation, one line each; empty when the shape holds. */
    public static List<String> violations(List<JmhCell> cells) {
        List<String> problems = new ArrayList<>();
        for (JmhCell cell : cells) {
            String where = cell.describe() + ": ";
            if (!(cell.score() > 0) || Double.isInfinite(cell.score())) {
                problems.add(where + "score " + cell.score() + " is not a positive number");
            }
            for (String label : requiredLabels()) {
                if (Double.isNaN(figure(cell, label))) {
                    problems.add(where + "secondary result '" + label + "' is missing (is the CostProfiler enabled?)");
                }
            }
            if (cell.secondary(CostProfiler.CONNECTIONS).isEmpty()) {
                continue;
            }
            double requestsPerOp = figure(cell, CostProfiler.REQUESTS_PER_OP);
            if (!(Math.abs(requestsPerOp - 1) <= PER_OP_SLACK)) {
                problems.add(where + "the server answered " + fmt(requestsPerOp) + " requests/op, expected 1");
            }
            String mode = cell.mode();
            handshakes(cell, mode, where, problems);
            if (cell.baseline() || ClientMode.SINGLETON.key().equals(mode)) {
                long inFlight = (long) cell.threads() * cell.inFlightPerThread();
                double opened = figure(cell, CostProfiler.CONNECTIONS);
                if (!(opened <= inFlight + RESEND_CONNECTIONS)) {
                    problems.add(where + "opened " + fmt(opened) + " connections in the trial; a reused pool opens at most "
                            + inFlight + " (threads x requests in flight), " + RESEND_CONNECTIONS + " more for re-sends");
                }
            } else {
                double perOp = figure(cell, CostProfiler.CONNECTIONS_PER_OP);
                if (!(Math.abs(perOp - 1) <= PER_OP_SLACK)) {
                    problems.add(where + fmt(perOp) + " connections/op, expected 1 new connection per request");
                }
            }
        }
        return problems;
    }

    /** The TLS rules: none over http; over https one per new connection, and per mode as listed above. */
    private static void handshakes(JmhCell cell, String mode, String where, List<String> problems) {
        double full = figure(cell, CostProfiler.TLS_FULL_PER_OP);
        double resumed = figure(cell, CostProfiler.TLS_RESUMED_PER_OP);
        if (Double.isNaN(full) || Double.isNaN(resumed)) {
            return; // reported as missing figures
        }
        if (!"https".equals(cell.scheme())) {
            if (full + resumed != 0) {
                problems.add(where + fmt(full + resumed) + " TLS handshakes/op over http, expected none");
            }
            return;
        }
        double connections = figure(cell, CostProfiler.CONNECTIONS_PER_OP);
        if (!(Math.abs(full + resumed - connections) <= PER_OP_SLACK)) {
            problems.add(where + fmt(full + resumed) + " TLS handshakes/op for " + fmt(connections)
                    + " connections/op, expected one handshake per connection");
        }
        if (ClientMode.SINGLETON.key().equals(mode) && !(full <= PER_OP_SLACK)) {
            problems.add(where + fmt(full) + " full TLS handshakes/op, expected about 0 for a shared client");
        } else if (ClientMode.PER_REQUEST.key().equals(mode) && !(Math.abs(full - 1) <= PER_OP_SLACK)) {
            problems.add(where + fmt(full) + " full TLS handshakes/op, expected 1 for a client per request");
        } else if (ClientMode.FRESH_CONNECTION.key().equals(mode) && !(Math.abs(full + resumed - 1) <= PER_OP_SLACK)) {
            problems.add(where + fmt(full + resumed) + " TLS handshakes/op, expected 1 (full or resumed) per new connection");
        }
    }

    static List<String> requiredLabels() {
        List<String> labels = new ArrayList<>(List.of(CostProfiler.CONNECTIONS_PER_OP, CostProfiler.REQUESTS_PER_OP,
                CostProfiler.THREADS_PER_OP, CostProfiler.TLS_FULL_PER_OP, CostProfiler.TLS_RESUMED_PER_OP,
                CostProfiler.CONNECTIONS, CostProfiler.LEFTOVER_THREADS));
        if (ProcessFootprint.openFileDescriptors() >= 0) {
            labels.add(CostProfiler.LEFTOVER_FDS);
        }
        return labels;
    }

    /** A cost figure's score; NaN when the cell lacks it. */
    private static double figure(JmhCell cell, String label) {
        OptionalDouble value = cell.secondary(label);
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
