package org.clientcost.reports;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Renders the dashboard's {@code index.html}. Tables are rendered here, as plain HTML, so they read without script;
 * the charts are drawn in the browser by {@code dashboard.js} from the JSON this page embeds.
 */
final class DashboardPage {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        List<JmhMatrix.Group> groups = input.jmh().map(f -> JmhMatrix.groups(f.results())).orElse(List.of());
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>Client cost dashboard</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"assets/dashboard.css\">\n</head>\n<body>\n");
        header();
        if (input.empty()) {
            emptyState();
        } else {
            nav(!groups.isEmpty());
            if (groups.isEmpty()) {
                // Either no JMH file, or one without client rows (e.g. a run restricted to the baseline).
                missing("throughput", input.jmh().isPresent() ? "client benchmarks in the JMH result" : "JMH results",
                        RunCommands.JMH,
                        "runs the whole matrix (3 clients x 3 modes x 2 call styles x payloads, plus the baseline) in about 5 minutes.");
            } else {
                throughput(groups);
                ratios(groups);
                costBreakdown(groups);
            }
            gatling();
            environment();
        }
        for (String warning : input.warnings()) {
            html.element("p", "class=\"warning\"", warning).raw("\n");
        }
        footer();
        html.raw("<script type=\"application/json\" id=\"dashboard-data\">")
                .raw(ChartData.json(groups))
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
        input.jmh().ifPresent(f -> html.raw(" &middot; JMH: <code>").text(f.file().toString()).raw("</code>"));
        html.raw(" &middot; Gatling runs: ").text(Integer.toString(input.gatlingRuns().size()))
                .raw("</p>\n</header>\n<main>\n");
    }

    private void nav(boolean withJmh) {
        html.raw("<nav>");
        if (withJmh) {
            html.raw("<a href=\"#throughput\">Throughput</a><a href=\"#ratios\">Ratios</a><a href=\"#breakdown\">Where the cost goes</a>");
        }
        html.raw("<a href=\"#gatling\">Gatling</a><a href=\"#environment\">Environment</a></nav>\n");
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

    private void throughput(List<JmhMatrix.Group> groups) {
        html.raw("<section id=\"throughput\">\n")
                .element("h2", "", "Throughput per client and mode (JMH)")
                .raw("\n<p class=\"note\">Higher is better. Logarithmic scale. Error bars: JMH's 99.9% confidence interval. "
                        + "Dashed line: the baseline, a minimal keep-alive socket client doing the same exchange "
                        + "&mdash; the cheapest possible request, which every client is compared against.</p>\n");
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
                    .raw(" role=\"img\" ").raw(Html.attr("aria-label", "ops/s per client and mode, " + g.callStyle() + " " + g.variantLabel()))
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
                        .element("td", "", g.callStyle())
                        .element("td", "", g.variantLabel());
                boolean throughput = g.cell(client, JmhMatrix.SINGLETON).map(r -> r.unit().endsWith("/s")).orElse(false);
                ratioCell(g.ratioToSingleton(client, JmhMatrix.PER_REQUEST), JmhMatrix.PER_REQUEST, throughput);
                ratioCell(g.ratioToSingleton(client, JmhMatrix.FRESH_CONNECTION), JmhMatrix.FRESH_CONNECTION, throughput);
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        html.raw("</div>\n</section>\n");
    }

    /**
     * {@code ratio [low, high]} as {@link ScoreRatio#format()} writes it (the JMH summary table prints the same);
     * for throughput scores (ops/s) also how many times slower or faster the mode is, marked when the range
     * does not prove it.
     */
    private void ratioCell(Optional<ScoreRatio> ratio, String mode, boolean throughput) {
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
        html.raw("</td>");
    }

    private void costBreakdown(List<JmhMatrix.Group> groups) {
        html.raw("<section id=\"breakdown\">\n")
                .element("h2", "", "Where the cost goes")
                .raw("\n<p class=\"note\"><b>connections/op</b>: TCP connections the server saw opened per request. "
                        + "<b>threads/op</b>: threads started per request. <b>leftover threads / fds</b>: threads and file "
                        + "descriptors still alive after the trial &mdash; what the mode left behind.</p>\n")
                .raw("<table id=\"cost-breakdown\">\n<thead><tr><th>call style</th><th>variant</th><th>client</th><th>mode</th>")
                .raw("<th>score</th><th>&plusmn; error</th><th>unit</th><th>connections/op</th><th>threads/op</th>")
                .raw("<th>leftover threads</th><th>leftover fds</th></tr></thead>\n<tbody>\n");
        for (JmhMatrix.Group g : groups) {
            for (JmhResult b : g.baselines()) {
                costRow(g, "baseline", b.methodName().equalsIgnoreCase("baseline") ? "\u2014" : b.methodName(), b, "baseline");
            }
            for (String client : g.clients()) {
                for (String mode : g.modes()) {
                    Optional<JmhResult> cell = g.cell(client, mode);
                    if (cell.isPresent()) {
                        costRow(g, client, mode, cell.get(), "mode-" + mode);
                    }
                }
            }
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private void costRow(JmhMatrix.Group g, String client, String mode, JmhResult r, String cssClass) {
        Map<String, String> params = new TreeMap<>(r.variant());
        if (r.client() != null) {
            params.put("client", r.client());
        }
        if (r.mode() != null) {
            params.put("mode", r.mode());
        }
        html.raw("<tr ").raw(Html.attr("class", cssClass)).raw(" ")
                .raw(Html.attr("data-benchmark", r.benchmark())).raw(" ")
                .raw(Html.attr("data-params", JmhMatrix.paramsKey(params))).raw(">")
                .element("td", "", g.callStyle())
                .element("td", "", g.variantLabel())
                .element("td", "", client)
                .element("td", "", mode)
                .element("td", "class=\"num\" data-col=\"score\"", Numbers.score(r.score()))
                .element("td", "class=\"num\" data-col=\"error\"", Numbers.score(r.scoreError()))
                .element("td", "", r.unit());
        for (String metric : JmhMatrix.COST_METRICS) {
            OptionalDouble v = r.secondary(metric);
            html.element("td", "class=\"num\" " + Html.attr("data-col", metric),
                    v.isPresent() ? Numbers.significant(v.getAsDouble(), 3) : Numbers.NONE);
        }
        html.raw("</tr>\n");
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
                .raw("\n<p class=\"note\">Every Gatling run found, newest first per simulation (earlier runs greyed), "
                        + "with a link to its full Gatling report. Response times in milliseconds.</p>\n")
                .raw("<table id=\"gatling-runs\">\n<thead><tr><th>simulation</th><th>date</th><th>requests</th><th>OK</th><th>KO</th>")
                .raw("<th>mean req/s</th>");
        for (double rank : ranks) {
            html.element("th", "", Numbers.percentileLabel(rank) + " ms");
        }
        html.raw("<th>max ms</th><th>report</th></tr></thead>\n<tbody>\n");
        // Per simulation, newest run first; earlier runs of the same simulation are kept but greyed.
        List<GatlingRun> runs = input.gatlingRuns().stream()
                .sorted(Comparator.comparing(GatlingRun::simulation)
                        .thenComparing((GatlingRun r) -> r.directory().getFileName().toString(), Comparator.reverseOrder()))
                .toList();
        String previousSimulation = null;
        for (GatlingRun run : runs) {
            boolean earlier = run.simulation().equals(previousSimulation);
            previousSimulation = run.simulation();
            String css = (earlier ? "earlier-run" : "latest-run") + (run.ko() > 0 ? " has-ko" : "");
            html.raw("<tr ").raw(Html.attr("data-run", run.directory().getFileName().toString())).raw(" ")
                    .raw(Html.attr("class", css)).raw(">")
                    .element("td", "", run.simulation())
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

    private void environment() {
        html.raw("<section id=\"environment\">\n").element("h2", "", "Environment").raw("\n");
        if (input.jmh().isEmpty() && input.environment().isEmpty()) {
            html.raw("<p class=\"note\">No JMH run recorded its environment yet (<code>jmh/target/jmh-env.json</code>); "
                    + "Gatling runs show theirs in their own reports.</p>\n</section>\n");
            return;
        }
        html.raw("<table id=\"environment-table\">\n<tbody>\n");
        Optional<RunEnvironment> env = input.environment();
        JmhRunSettings settings = input.jmh().map(JmhResultFile::settings).orElse(JmhRunSettings.UNKNOWN);
        if (env.isPresent()) {
            RunEnvironment e = env.get();
            envRow("date", e.date());
            envRow("profile", e.profile());
            envRow("JDK", (e.jdkVendor() + " " + e.jdkVersion()).trim());
            envRow("OS", e.os());
            envRow("CPUs", e.cpus() > 0 ? Integer.toString(e.cpus()) : "");
            for (Map.Entry<String, String> lib : e.libraries().entrySet()) {
                envRow(lib.getKey(), lib.getValue());
            }
        } else {
            envRow("note", "no jmh-env sidecar next to the JMH result; showing what the JMH JSON records");
            envRow("JDK", settings.jdkVersion());
            envRow("jmh", settings.jmhVersion());
        }
        envRow("JVM", (settings.vmName() + " " + settings.vmVersion()).trim());
        if (settings.forks() > 0) {
            envRow("JMH settings", settings.forks() + " fork(s), " + settings.threads() + " thread(s), "
                    + settings.warmupIterations() + " x " + settings.warmupTime() + " warmup, "
                    + settings.measurementIterations() + " x " + settings.measurementTime() + " measurement");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private void envRow(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.raw("<tr ").raw(Html.attr("data-row", name)).raw(">").element("th", "", name).element("td", "", value).raw("</tr>\n");
    }

    private void footer() {
        html.raw("</main>\n<footer>Rebuild this page: <code>").text(RunCommands.DASHBOARD)
                .raw("</code> &middot; built offline, nothing loads from the network.</footer>\n");
    }
}
