package org.clientcost.gatling.support;

import java.util.List;
import java.util.Locale;
import org.clientcost.reports.GatewayResult;
import org.clientcost.reports.Numbers;

/** The table printed at the end of the matrix: one line per configuration, its figures and its verdict. */
final class GatewaySummary {

    /** A configuration's line: its result, or why it has none. */
    record Line(GatewayConfiguration configuration, GatewayResult result, String error) {

        boolean passed() {
            return error == null && result.passed();
        }
    }

    private static final String FORMAT = "%-30s %10s %6s %10s %8s %8s %8s %9s %8s %8s %6s %11s  %s%n";

    private GatewaySummary() {
    }

    static void print(List<Line> lines) {
        System.out.println();
        System.out.printf(Locale.ROOT, FORMAT, "configuration", "OK", "KO", "req/s", "p50 ms", "p99 ms", "max ms",
                "conn/req", "clients", "threads", "fds", "1M takes", "cross-check");
        for (Line line : lines) {
            if (line.result() == null) {
                System.out.printf(Locale.ROOT, "%-30s FAILED: %s%n", line.configuration().label(), line.error());
                continue;
            }
            GatewayResult r = line.result();
            System.out.printf(Locale.ROOT, FORMAT, line.configuration().label(), Numbers.grouped(r.ok()),
                    Numbers.grouped(r.ko() + r.warmupKo()), Numbers.rate(r.requestsPerSecond()),
                    ms(r.latencyMs().p50()), ms(r.latencyMs().p99()), ms(r.latencyMs().max()),
                    String.format(Locale.ROOT, "%.3f", r.connectionsPerRequest()), Numbers.grouped(r.clientsBuilt()),
                    Numbers.grouped(r.peakThreads()), Numbers.grouped(r.peakFileDescriptors()),
                    Numbers.duration(r.secondsForMillion()) + (r.boundedByDuration() ? "*" : ""),
                    (r.matched() ? "MATCH" : r.crossCheck()) + r.resentNote());
        }
        long failed = lines.stream().filter(l -> !l.passed()).count();
        System.out.println("(KO counts warm-up too; * = stopped by the time bound, a million extrapolated from the rate)");
        System.out.printf(Locale.ROOT, "[gateway] %d of %d configurations passed (0 KO, cross-check MATCH)%s%n",
                lines.size() - failed, lines.size(), failed == 0 ? "" : "; " + failed + " FAILED");
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
    }
}
