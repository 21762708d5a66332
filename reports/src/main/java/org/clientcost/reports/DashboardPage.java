package org.clientcost.reports;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.clientcost.clients.ClientMode;

/**
 * Renders the dashboard's {@code index.html}. Tables are rendered here, as plain HTML, so they read without script;
 * the charts are drawn in the browser by {@code dashboard.js} from the JSON this page embeds ({@link ChartData}).
 * The detailed sections show the latest JMH run; the comparison puts every loaded run side by side.
 */
final class DashboardPage {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String PER_REQUEST = ClientMode.PER_REQUEST.key();
    private static final String FRESH_CONNECTION = ClientMode.FRESH_CONNECTION.key();
    private static final String SINGLETON = ClientMode.SINGLETON.key();

    private final DashboardInput input;
    private final Path outDir;
    private final Html html = new Html();

    private DashboardPage(DashboardInput input, Path outDir) {
        this.input = input;
        this.outDir = outDir;
    }

    /** The page for this input, with links relative to {@code outDir} (where index.html will be written). */
    static String render(DashboardInput input, Path outDir) {
        return new DashboardPage(input, outDir).render();
    }

    private String render() {
        List<JmhMatrix.Group> groups = input.latest()
                .map(r -> JmhMatrix.groups(r.result().results()).stream().filter(JmhMatrix.Group::hasClients).toList())
                .orElse(List.of());
        boolean compare = input.runs().size() > 1;
        List<RunComparison.Row> comparison = compare ? RunComparison.rows(input.runs()) : List.of();
        List<ChartData.RatioChart> ratioCharts = new ArrayList<>();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>Client cost dashboard</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"assets/dashboard.css\">\n</head>\n<body>\n");
        header();
        if (input.empty()) {
            emptyState();
        } else {
            nav(!groups.isEmpty(), compare);
            if (groups.isEmpty()) {
                // Either no JMH file, or one without client rows (e.g. a run restricted to the baseline).
                missing("throughput", input.latest().isPresent() ? "client benchmarks in the JMH result" : "JMH results",
                        RunCommands.JMH,
                        "runs the whole matrix (3 clients x 3 modes x 2 call styles x payloads, plus the baseline) in about 5 minutes.");
            } else {
                ratioCharts.add(ChartData.headline(JmhMatrix.headline(groups)));
                headline(groups, compare);
                if (compare) {
                    ratioCharts.add(ChartData.comparison(input.runs(), comparison));
                    comparison(comparison);
                }
                throughput(groups);
                ratios(groups);
                costBreakdown(groups);
            }
            gateway();
            gatling();
            environment();
        }
        for (String warning : input.warnings()) {
            html.element("p", "class=\"warning\"", warning).raw("\n");
        }
        footer();
        html.raw("<script type=\"application/json\" id=\"dashboard-data\">")
                .raw(ChartData.json(groups, ratioCharts))
                .raw("</script>\n");
        if (!groups.isEmpty()) {
            html.raw("<script src=\"assets/chart.umd.min.js\"></script>\n")
                    .raw("<script src=\"assets/dashboard.js\"></script>\n");
        }
        html.raw("</body>\n</html>\n");
        return html.toString();
    }

    private void header() {
        html.raw("<header>\n")
                .element("h1", "", "What does a client per request cost?")
                .raw("\n<p class=\"lede\">java.net.http.HttpClient (jdk), OkHttp 5 (okhttp) and AsyncHttpClient 3 (ahc), "
                        + "each used three ways against the same local Netty server: one shared <b>singleton</b> client, "
                        + "the shared client with <b>freshConnection</b> (<code>Connection: close</code> on every request), "
                        + "and a new client built and shut down <b>perRequest</b>.</p>\n")
                .raw("<p class=\"meta\">Generated ").text(GENERATED.format(input.generatedAt()));
        for (JmhRun run : input.runs()) {
            html.raw(" &middot; JMH").raw(input.latest().filter(l -> l == run).isPresent() && input.runs().size() > 1 ? " (latest)" : "")
                    .raw(": <code>").text(run.result().file().toString()).raw("</code>");
        }
        html.raw(" &middot; Gatling runs: ").text(Integer.toString(input.gatlingRuns().size()))
                .raw(" &middot; gateway runs: ").text(Integer.toString(input.gatewayRuns().size()))
                .raw("</p>\n</header>\n<main>\n");
    }

    private void nav(boolean withJmh, boolean compare) {
        html.raw("<nav>");
        if (withJmh) {
            html.raw("<a href=\"#headline\">Headline</a>");
            if (compare) {
                html.raw("<a href=\"#compare\">Runs side by side</a>");
            }
            html.raw("<a href=\"#throughput\">Throughput</a><a href=\"#ratios\">Ratios</a><a href=\"#breakdown\">Where the cost goes</a>");
        }
        html.raw("<a href=\"#gateway\">Gateway</a><a href=\"#gatling\">Gatling</a><a href=\"#environment\">Environment</a></nav>\n");
    }

    private void emptyState() {
        html.raw("<section id=\"empty-state\" class=\"empty\">\n")
                .element("h2", "", "No results yet")
                .raw("\n<p>This dashboard is built from JMH and Gatling results and found none. From the project root, run:</p>\n<ol>\n")
                .raw("<li><pre><code class=\"run-command\">").text(RunCommands.JMH).raw("</code></pre>")
                .raw("The JMH matrix, quick profile (about 5 minutes). It rebuilds this page when it ends.</li>\n")
                .raw("<li><pre><code class=\"run-command\">").text(RunCommands.GATLING).raw("</code></pre>")
                .raw("The million-request Gatling simulation. It rebuilds this page when it ends.</li>\n")
                .raw("</ol>\n<p>To rebuild this page alone from existing results:</p>\n")
                .raw("<pre><code class=\"run-command\">").text(RunCommands.DASHBOARD).raw("</code></pre>\n</section>\n");
    }

    private void missing(String id, String what, String command, String explanation) {
        html.raw("<section id=\"").text(id).raw("\" class=\"empty\">\n")
                .element("h2", "", "No " + what + " yet")
                .raw("\n<p>Run <code class=\"run-command\">").text(command).raw("</code> from the project root; it ")
                .text(explanation).raw("</p>\n</section>\n");
    }

    /** The run the detailed sections show, named once above them. */
    private String latestLabel() {
        return input.latest().map(JmhRun::label).orElse("");
    }

    private void headline(List<JmhMatrix.Group> groups, boolean compare) {
        List<JmhMatrix.Group> headline = JmhMatrix.headline(groups);
        html.raw("<section id=\"headline\">\n")
                .element("h2", "", "The price of a client per request")
                .raw("\n<p class=\"note\">Each client's throughput per request with a new client per request (<b>perRequest</b>) "
                        + "and with a new connection per request (<b>freshConnection</b>), divided by its throughput with one "
                        + "shared client (<b>singleton</b>), payload <code>").text(headline.get(0).payload())
                .raw("</code>. Logarithmic scale; whiskers: the <code>[low, high]</code> range of each ratio (below); "
                        + "the line at 1 is &ldquo;as fast as sharing one client&rdquo;: a range wholly below it is slower beyond noise. Run: ")
                .text(latestLabel()).raw(".");
        if (!compare) {
            html.raw(" To put several runs side by side (JDK 17 against JDK 25), load them together: <code class=\"run-command\">")
                    .text(RunCommands.COMPARE).raw("</code>.");
        }
        html.raw("</p>\n");
        notSteadyNote(groups);
        html.raw("<figure class=\"chart-card wide\"><div class=\"chart-box\"><canvas ")
                .raw(Html.attr("id", ChartData.HEADLINE_CHART))
                .raw(" role=\"img\" aria-label=\"perRequest and freshConnection throughput relative to singleton, per client and call style\">")
                .raw("</canvas></div></figure>\n</section>\n");
    }

    /** One line naming the cells of the latest run that are not steady, and what to do; nothing when all are. */
    private void notSteadyNote(List<JmhMatrix.Group> groups) {
        long notSteady = groups.stream().flatMap(g -> g.cells().values().stream()).filter(c -> c.steadyState().notSteady()).count();
        if (notSteady > 0) {
            html.raw("<p class=\"warning not-steady-note\">").text(notSteady + " cell(s) of this run were not steady "
                    + "(their later iterations differ from the earlier ones beyond noise; marked below): " + JmhCell.NOT_STEADY_ADVICE + ".")
                    .raw("</p>\n");
        }
    }

    private void comparison(List<RunComparison.Row> rows) {
        html.raw("<section id=\"compare\">\n")
                .element("h2", "", "Runs side by side: perRequest / singleton")
                .raw("\n<p class=\"note\">The same ratio in every loaded run, ordered by JDK (then date): one client per request "
                        + "against one shared client, <code>ratio [low, high]</code> as below. Chart: payload <code>")
                .text(rows.isEmpty() ? "" : rows.get(0).group().payload())
                .raw("</code>, logarithmic scale, line at 1; the table holds every payload.</p>\n")
                .raw("<figure class=\"chart-card wide\"><div class=\"chart-box\"><canvas ")
                .raw(Html.attr("id", ChartData.COMPARE_CHART))
                .raw(" role=\"img\" aria-label=\"perRequest relative to singleton in each run, side by side\"></canvas></div></figure>\n")
                .raw("<table id=\"compare-table\">\n<thead><tr><th>call style</th><th>variant</th><th>client</th>");
        for (int r = 0; r < input.runs().size(); r++) {
            JmhRun run = input.runs().get(r);
            html.raw("<th ").raw(Html.attr("data-run", Integer.toString(r))).raw(" ")
                    .raw(Html.attr("title", run.result().file().toString())).raw(">").text(run.label()).raw("</th>");
        }
        html.raw("</tr></thead>\n<tbody>\n");
        for (RunComparison.Row row : rows) {
            html.raw("<tr ").raw(Html.attr("data-style", row.group().callStyle())).raw(" ")
                    .raw(Html.attr("data-params", JmhMatrix.paramsKey(row.group().variant()))).raw(" ")
                    .raw(Html.attr("data-client", row.client())).raw(">")
                    .element("td", "", row.group().styleLabel())
                    .element("td", "", row.group().variantLabel())
                    .element("td", "", row.client());
            for (int r = 0; r < row.ratios().size(); r++) {
                html.raw("<td class=\"num\" ").raw(Html.attr("data-run", Integer.toString(r))).raw(">");
                Optional<ScoreRatio> ratio = row.ratios().get(r);
                if (ratio.isEmpty() || Double.isNaN(ratio.get().value())) {
                    html.text(Numbers.NONE);
                } else {
                    html.raw("<span class=\"ratio\">").text(ratio.get().formatValue()).raw("</span> ")
                            .raw("<span class=\"ratio-bounds\">").text(ratio.get().formatBounds()).raw("</span>");
                    notSteadyMark(row.notSteady().get(r), "a cell of this ratio was not steady");
                }
                html.raw("</td>");
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private void notSteadyMark(boolean notSteady, String title) {
        if (notSteady) {
            html.raw(" <span class=\"not-steady\" ").raw(Html.attr("title", title + "; " + JmhCell.NOT_STEADY_ADVICE))
                    .raw(">").text(SteadyStateCheck.Verdict.NOT_STEADY.label()).raw("</span>");
        }
    }

    private void throughput(List<JmhMatrix.Group> groups) {
        html.raw("<section id=\"throughput\">\n")
                .element("h2", "", "Throughput per client and mode (JMH)")
                .raw("\n<p class=\"note\">Requests per second, higher is better. Logarithmic scale. Error bars: JMH's 99.9% "
                        + "confidence interval. Dashed line: the baseline, a minimal keep-alive socket client doing the same exchange "
                        + "&mdash; the cheapest possible request, which every client is compared against. Run: ")
                .text(latestLabel()).raw(".</p>\n");
        String currentStyle = null;
        for (int i = 0; i < groups.size(); i++) {
            JmhMatrix.Group g = groups.get(i);
            if (!g.callStyle().equals(currentStyle)) {
                if (currentStyle != null) {
                    html.raw("</div>\n");
                }
                currentStyle = g.callStyle();
                html.element("h3", "", styleTitle(currentStyle)).raw("\n<div class=\"charts\">\n");
            }
            html.raw("<figure class=\"chart-card\">")
                    .element("figcaption", "", g.variantLabel().isEmpty() ? g.callStyle() : g.variantLabel())
                    .raw("<div class=\"chart-box\"><canvas ").raw(Html.attr("id", ChartData.chartId(i)))
                    .raw(" role=\"img\" ").raw(Html.attr("aria-label", "requests/s per client and mode, " + g.callStyle() + " " + g.variantLabel()))
                    .raw("></canvas></div></figure>\n");
        }
        html.raw("</div>\n</section>\n");
    }

    private static String styleTitle(String style) {
        return switch (style) {
            case CallStyle.SYNC -> "sync: one blocking call per operation";
            case CallStyle.ASYNC -> "async: a batch of concurrent requests per operation (score per request)";
            default -> style;
        };
    }

    private void ratios(List<JmhMatrix.Group> groups) {
        html.raw("<section id=\"ratios\">\n")
                .element("h2", "", "Cost of a client per request: throughput ratios")
                .raw("\n<p class=\"note\">Each cell is a mode's throughput <i>a</i> &plusmn; <i>e<sub>a</sub></i> divided by "
                        + "the same client's <b>singleton</b> throughput <i>b</i> &plusmn; <i>e<sub>b</sub></i> "
                        + "(1 = no cost; 0.05 = 20&times; slower), shown as <code>ratio [low, high]</code>. "
                        + "The range is the ratio of the two 99.9% confidence intervals' far ends: "
                        + "<code>low = (a &minus; e<sub>a</sub>) / (b + e<sub>b</sub>)</code> (at least 0), "
                        + "<code>high = (a + e<sub>a</sub>) / (b &minus; e<sub>b</sub>)</code>, <code>inf</code> when singleton's "
                        + "interval reaches 0. Any ratio of two values inside the intervals lies in the range: deliberately wider "
                        + "than Gaussian error propagation, and never negative when the errors are as large as the scores. "
                        + "&ldquo;N&times; slower&rdquo; is 1 / ratio; it is proven only when the whole range is below 1 "
                        + "(&ldquo;faster&rdquo;: above 1), and marked <i>within noise</i> otherwise. n/a: JMH gave no error (a single measurement iteration). "
                        + "<span class=\"not-steady\">not steady</span>: a cell of the ratio did not measure one stable rate. "
                        + "The summary table the JMH run prints uses the same numbers.</p>\n")
                .raw("<div class=\"ratio-tables\">\n");
        for (String client : JmhMatrix.clients(groups)) {
            html.raw("<table class=\"ratios\" ").raw(Html.attr("id", "ratios-" + client)).raw(">\n<caption>")
                    .text(client).raw("</caption>\n<thead><tr><th>call style</th><th>variant</th>")
                    .raw("<th>perRequest / singleton</th><th>freshConnection / singleton</th></tr></thead>\n<tbody>\n");
            for (JmhMatrix.Group g : groups) {
                if (!g.clients().contains(client)) {
                    continue;
                }
                html.raw("<tr ").raw(Html.attr("data-style", g.callStyle())).raw(" ")
                        .raw(Html.attr("data-params", JmhMatrix.paramsKey(g.variant()))).raw(">")
                        .element("td", "", g.styleLabel())
                        .element("td", "", g.variantLabel());
                boolean throughput = g.cell(client, SINGLETON).map(r -> r.unit().endsWith("/s")).orElse(false);
                for (String mode : List.of(PER_REQUEST, FRESH_CONNECTION)) {
                    ratioCell(g.ratioToSingleton(client, mode), mode, throughput, g.ratioNotSteady(client, mode));
                }
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        html.raw("</div>\n</section>\n");
    }

    /**
     * {@code ratio [low, high]} as {@link ScoreRatio#format()} writes it (the JMH summary table prints the same);
     * for throughput scores (ops/s) also how many times slower or faster the mode is, marked when the range
     * does not prove it, and when a cell behind it was not steady.
     */
    private void ratioCell(Optional<ScoreRatio> ratio, String mode, boolean throughput, boolean notSteady) {
        html.raw("<td class=\"num\" ").raw(Html.attr("data-col", mode)).raw(">");
        if (ratio.isEmpty() || Double.isNaN(ratio.get().value())) {
            html.text(Numbers.NONE).raw("</td>");
            return;
        }
        ScoreRatio r = ratio.get();
        html.raw("<span class=\"ratio\">").text(r.formatValue()).raw("</span> ")
                .raw("<span class=\"ratio-bounds\">").text(r.formatBounds()).raw("</span>");
        if (throughput && r.value() > 0 && r.value() != 1 && !Double.isInfinite(r.value())) {
            boolean slower = r.value() < 1;
            boolean proven = slower ? r.provenBelowOne() : r.provenAboveOne();
            String times = Numbers.significant(slower ? 1 / r.value() : r.value(), 3);
            String caveat = !r.bounded() ? ", no error bound" : proven ? "" : ", within noise";
            html.raw(" <span ").raw(Html.attr("class", proven ? "slowdown" : "slowdown unproven")).raw(">(")
                    .text(times).raw("&times; ").text((slower ? "slower" : "faster") + caveat).raw(")</span>");
        }
        notSteadyMark(notSteady, "a cell of this ratio was not steady");
        html.raw("</td>");
    }

    private void costBreakdown(List<JmhMatrix.Group> groups) {
        html.raw("<section id=\"breakdown\">\n")
                .element("h2", "", "Where the cost goes")
                .raw("\n<p class=\"note\"><b>connections/op</b>: TCP connections the server saw opened per request. "
                        + "<b>threads/op</b>: threads started per request. <b>leftover threads / fds</b>: threads and file "
                        + "descriptors still alive after the trial &mdash; what the mode left behind. <b>steady state</b>: whether "
                        + SteadyStateCheck.TEST_IN_WORDS + " (when it does not: ")
                .text(JmhCell.NOT_STEADY_ADVICE).raw("; hover for the reason).</p>\n")
                .raw("<table id=\"cost-breakdown\">\n<thead><tr><th>call style</th><th>variant</th><th>client</th><th>mode</th>")
                .raw("<th>score</th><th>&plusmn; error</th><th>unit</th><th>connections/op</th><th>threads/op</th>")
                .raw("<th>leftover threads</th><th>leftover fds</th><th>steady state</th></tr></thead>\n<tbody>\n");
        for (JmhMatrix.Group g : groups) {
            for (JmhCell b : g.baselines()) {
                costRow(g, JmhCell.BASELINE, b.methodName().equalsIgnoreCase(JmhCell.BASELINE) ? "\u2014" : b.methodName(), b,
                        JmhCell.BASELINE, Optional.empty());
            }
            for (String client : g.clients()) {
                for (int m = 0; m < g.modes().size(); m++) {
                    String mode = g.modes().get(m);
                    Optional<JmhCell> cell = g.cell(client, mode);
                    if (cell.isPresent()) {
                        costRow(g, client, mode, cell.get(), "mode", Optional.of(ChartData.modeColour(mode, m)));
                    }
                }
            }
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private void costRow(JmhMatrix.Group g, String client, String mode, JmhCell c, String cssClass, Optional<String> modeColour) {
        SteadyStateCheck.Result steady = c.steadyState();
        html.raw("<tr ").raw(Html.attr("class", cssClass + (steady.notSteady() ? " not-steady-row" : ""))).raw(" ")
                .raw(Html.attr("data-benchmark", c.benchmark())).raw(" ")
                .raw(Html.attr("data-params", JmhMatrix.paramsKey(c.params()))).raw(">")
                .element("td", "", g.styleLabel())
                .element("td", "", g.variantLabel())
                .element("td", "", client)
                .element("td", modeColour.map(colour -> "class=\"mode\" " + Html.attr("style", "color: " + colour)).orElse(""), mode)
                .element("td", "class=\"num\" data-col=\"score\"", Numbers.score(c.score()))
                .element("td", "class=\"num\" data-col=\"error\"", Numbers.score(c.scoreError()))
                .element("td", "", c.unit());
        for (String metric : JmhMatrix.COST_METRICS) {
            OptionalDouble v = c.secondary(metric);
            html.element("td", "class=\"num\" " + Html.attr("data-col", metric),
                    v.isPresent() ? Numbers.significant(v.getAsDouble(), 3) : Numbers.NONE);
        }
        html.element("td", Html.attr("class", steady.notSteady() ? "not-steady" : "steady-state") + " data-col=\"steadyState\" "
                + Html.attr("title", steady.reason()), steady.verdict().label());
        html.raw("</tr>\n");
    }

    /**
     * The gateway matrix from its {@code gateway-result.json} files (not from Gatling's HTML): per endpoint, client
     * and style, the three modes' throughput and p99 side by side, the ratios to singleton, and each run's report.
     */
    private void gateway() {
        if (input.gatewayRuns().isEmpty()) {
            missing("gateway", "Gateway runs", RunCommands.GATEWAY,
                    "sends a million requests through the gateway for every client, mode and style (18 configurations).");
            return;
        }
        html.raw("<section id=\"gateway\">\n")
                .element("h2", "", "Through a gateway (Gatling)")
                .raw("\n<p class=\"note\">The same service under the same closed load, one line different: its handler "
                        + "shares one client (singleton), shares it with a new connection per call (freshConnection), or builds "
                        + "one per request (perRequest). Requests per second from first to last answer (and how many requests the client sent to the target server a "
                        + "second time, if any: its own retry, answered again), p99 in milliseconds, "
                        + "ratios to singleton (below 1: slower). Newest run of each configuration and JDK; a run bounded by time "
                        + "shows how long a million requests would take at its rate.</p>\n")
                .raw("<div class=\"table-scroll\">\n<table id=\"gateway-runs\">\n<thead><tr><th>endpoint</th><th>JDK</th><th>client</th><th>style</th>")
                .raw("<th>singleton req/s</th><th>singleton p99</th><th>freshConnection req/s</th><th>freshConnection p99</th>")
                .raw("<th>perRequest req/s</th><th>perRequest p99</th><th>freshConnection/singleton</th>")
                .raw("<th>perRequest/singleton</th><th>a million at perRequest's rate</th><th>cross-check</th><th>reports</th></tr></thead>\n<tbody>\n");
        for (GatewayComparison.Row row : GatewayComparison.rows(input.gatewayRuns())) {
            List<Optional<GatewayRun>> modes = List.of(row.singleton(), row.freshConnection(), row.perRequest());
            boolean allMatch = modes.stream().flatMap(Optional::stream).allMatch(GatewayComparison::valid);
            html.raw("<tr ").raw(Html.attr("data-gateway", row.endpoint() + " " + row.client() + " " + row.style()))
                    .raw(" ").raw(Html.attr("data-jdk", row.jdk()))
                    .raw(allMatch ? ">" : " class=\"has-ko\">")
                    .element("td", "", row.endpoint()).element("td", "", row.jdk())
                    .element("td", "", row.client()).element("td", "", row.style());
            String[] names = {SINGLETON, FRESH_CONNECTION, PER_REQUEST};
            for (int i = 0; i < modes.size(); i++) {
                Optional<GatewayRun> run = modes.get(i);
                html.element("td", "class=\"num\" " + Html.attr("data-col", names[i] + "-rps"),
                                run.map(r -> GatewayComparison.valid(r)
                                        ? Numbers.rate(r.result().requestsPerSecond()) + r.result().resentNote()
                                        : r.result().ko() + r.result().warmupKo() > 0
                                        ? String.format(Locale.ROOT, "invalid: %,d KO", r.result().ko() + r.result().warmupKo())
                                        : "invalid: cross-check MISMATCH")
                                        .orElse(Numbers.NONE))
                        .element("td", "class=\"num\" " + Html.attr("data-col", names[i] + "-p99"),
                                run.map(r -> Numbers.significant(r.result().latencyMs().p99(), 3)).orElse(Numbers.NONE));
            }
            html.element("td", "class=\"num\" data-col=\"fresh-ratio\"",
                            row.freshConnectionRatio().map(r -> Numbers.significant(r, 3)).orElse(Numbers.NONE))
                    .element("td", "class=\"num\" data-col=\"per-request-ratio\"",
                            row.perRequestRatio().map(r -> Numbers.significant(r, 3)).orElse(Numbers.NONE))
                    .element("td", "class=\"num\" data-col=\"million\"",
                            row.perRequest().filter(GatewayComparison::valid)
                                    .map(r -> Numbers.duration(r.result().secondsForMillion())).orElse(Numbers.NONE))
                    .element("td", "data-col=\"cross-check\"", allMatch ? "MATCH, 0 KO" : "MISMATCH or KO")
                    .raw("<td>");
            for (int i = 0; i < modes.size(); i++) {
                if (modes.get(i).isPresent()) {
                    html.raw("<a ").raw(Html.attr("href", Links.relative(outDir, modes.get(i).get().reportIndex())))
                            .raw(">").text(names[i]).raw("</a> ");
                }
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void gatling() {
        if (input.gatlingRuns().isEmpty()) {
            missing("gatling", "Gatling runs", RunCommands.GATLING,
                    "sends 1,000,000 requests and writes an HTML report per simulation.");
            return;
        }
        List<Double> ranks = input.gatlingRuns().stream()
                .flatMap(r -> r.percentiles().stream().map(GatlingRun.Percentile::rank))
                .distinct().sorted().toList();
        html.raw("<section id=\"gatling\">\n")
                .element("h2", "", "Load runs (Gatling)")
                .raw("\n<p class=\"note\">Every Gatling run found, newest first per simulation and run description "
                        + "(<code>-Dgatling.runDescription</code>, e.g. which server it ran against; earlier runs greyed), "
                        + "with a link to its full Gatling report. Response times in milliseconds.</p>\n")
                .raw("<table id=\"gatling-runs\">\n<thead><tr><th>simulation</th><th>description</th><th>date</th><th>requests</th><th>OK</th><th>KO</th>")
                .raw("<th>mean req/s</th>");
        for (double rank : ranks) {
            html.element("th", "", Numbers.percentileLabel(rank) + " ms");
        }
        html.raw("<th>max ms</th><th>report</th></tr></thead>\n<tbody>\n");
        // Per simulation and description, newest run first; earlier runs of the same pair are kept but greyed.
        Function<GatlingRun, String> series = r -> r.simulation() + "\n" + r.description();
        List<GatlingRun> runs = input.gatlingRuns().stream()
                .sorted(Comparator.comparing(GatlingRun::simulation).thenComparing(GatlingRun::description)
                        .thenComparing((GatlingRun r) -> r.directory().getFileName().toString(), Comparator.reverseOrder()))
                .toList();
        String previous = null;
        for (GatlingRun run : runs) {
            boolean earlier = series.apply(run).equals(previous);
            previous = series.apply(run);
            String css = (earlier ? "earlier-run" : "latest-run") + (run.ko() > 0 ? " has-ko" : "");
            html.raw("<tr ").raw(Html.attr("data-run", run.directory().getFileName().toString())).raw(" ")
                    .raw(Html.attr("class", css)).raw(">")
                    .element("td", "", run.simulation())
                    .element("td", "data-col=\"description\"", run.description().isEmpty() ? "\u2014" : run.description())
                    .element("td", "", run.startedAt())
                    .element("td", "class=\"num\" data-col=\"requests\"", Numbers.grouped(run.requests()))
                    .element("td", "class=\"num\" data-col=\"ok\"", Numbers.grouped(run.ok()))
                    .element("td", "class=\"num ko\" data-col=\"ko\"", Numbers.grouped(run.ko()))
                    .element("td", "class=\"num\" data-col=\"meanRps\"", Numbers.rate(run.meanRps()));
            for (double rank : ranks) {
                long millis = run.percentile(rank);
                html.element("td", "class=\"num\" " + Html.attr("data-col", Numbers.percentileLabel(rank)),
                        millis < 0 ? Numbers.NONE : Numbers.grouped(millis));
            }
            html.element("td", "class=\"num\" data-col=\"max\"", Numbers.grouped(run.maxMillis()))
                    .raw("<td><a ").raw(Html.attr("href", Links.relative(outDir, run.reportIndex())))
                    .raw(">report</a></td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    /** One column per JMH run: the sidecar's values, else what the JMH JSON records; then the JVM and JMH settings. */
    private void environment() {
        html.raw("<section id=\"environment\">\n").element("h2", "", "Environment").raw("\n");
        List<JmhRun> runs = input.runs();
        if (runs.isEmpty()) {
            html.raw("<p class=\"note\">No JMH run recorded its environment yet (<code>jmh/target/jmh-env.json</code>); "
                    + "Gatling runs show theirs in their own reports.</p>\n</section>\n");
            return;
        }
        html.raw("<table id=\"environment-table\">\n");
        if (runs.size() > 1) {
            html.raw("<thead><tr><th></th>");
            runs.forEach(r -> html.element("th", "", r.label()));
            html.raw("</tr></thead>\n");
        }
        html.raw("<tbody>\n");
        envRow("note", runs, r -> r.environment().isPresent() ? ""
                : "no jmh-env sidecar next to the JMH result; showing what the JMH JSON records");
        envRow("date", runs, r -> r.environment().map(RunEnvironment::date).orElse(""));
        envRow("profile", runs, r -> r.environment().map(RunEnvironment::profile).orElse(""));
        envRow("JDK", runs, r -> r.environment().map(e -> (e.jdkVendor() + " " + e.jdkVersion()).trim())
                .orElse(r.result().settings().jdkVersion()));
        envRow("OS", runs, r -> r.environment().map(RunEnvironment::os).orElse(""));
        envRow("CPUs", runs, r -> r.environment().map(e -> e.cpus() > 0 ? Integer.toString(e.cpus()) : "").orElse(""));
        List<String> libraries = runs.stream().flatMap(r -> r.environment().stream())
                .flatMap(e -> e.libraries().keySet().stream()).distinct().toList();
        for (String lib : libraries) {
            envRow(lib, runs, r -> r.environment().map(e -> e.libraries().getOrDefault(lib, "")).orElse(""));
        }
        if (runs.stream().anyMatch(r -> r.environment().isEmpty())) {
            envRow("jmh", runs, r -> r.environment().isPresent() ? "" : r.result().settings().jmhVersion());
        }
        envRow("JVM", runs, r -> (r.result().settings().vmName() + " " + r.result().settings().vmVersion()).trim());
        envRow("JMH settings", runs, r -> {
            JmhRunSettings s = r.result().settings();
            return s.forks() <= 0 ? "" : s.forks() + " fork(s), " + s.threads() + " thread(s), "
                    + s.warmupIterations() + " x " + s.warmupTime() + " warmup"
                    + (s.otherWarmups().isEmpty() ? "" : " (" + String.join("; ", s.otherWarmups()) + ")") + ", "
                    + s.measurementIterations() + " x " + s.measurementTime() + " measurement";
        });
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    /** A row with one value per run; left out when no run has a value. */
    private void envRow(String name, List<JmhRun> runs, Function<JmhRun, String> value) {
        List<String> values = runs.stream().map(value).map(v -> v == null ? "" : v).toList();
        if (values.stream().allMatch(String::isBlank)) {
            return;
        }
        html.raw("<tr ").raw(Html.attr("data-row", name)).raw(">").element("th", "", name);
        values.forEach(v -> html.element("td", "", v));
        html.raw("</tr>\n");
    }

    private void footer() {
        html.raw("</main>\n<footer>Rebuild this page: <code>").text(RunCommands.DASHBOARD)
                .raw("</code> &middot; built offline, nothing loads from the network.</footer>\n");
    }
}
