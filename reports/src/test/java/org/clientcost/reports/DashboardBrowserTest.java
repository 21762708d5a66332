package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the built dashboard from file:// in a real headless chromium and checks what a reader sees:
 * no console errors, every chart drawn with its data, tables holding the numbers of the input files, nothing loaded
 * from anywhere but file://, and the empty page naming the commands to run.
 *
 * <p>Expected numbers are read here straight from the fixture JSON (not through the module's parser), and the
 * Gatling ones are those Gatling printed in its console summary for the fixture runs.
 */
class DashboardBrowserTest {

    /** A ratio cell's text: value, [low, high] (high may be inf), then "(N× slower)" or "(N× slower, within noise)". */
    private static final Pattern RATIO_CELL = Pattern.compile(
            "([0-9.]+) \\[([0-9.]+), ([0-9.]+|inf)\\] \\(([0-9.]+)\u00d7 slower(, within noise)?\\)");

    private static BrowserSession browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = BrowserSession.open();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path build(String name, boolean jmh, boolean gatling) throws IOException {
        Path root = FixtureRoot.create(name, jmh, gatling);
        Path out = Path.of("target", "browser-test", name).toAbsolutePath();
        FixtureRoot.deleteRecursively(out);
        return DashboardMain.build(root, out);
    }

    private static void load(Path index) {
        browser.driver().get(index.toUri().toString());
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(browser.driver().executeScript("return document.readyState")));
    }

    @Test
    void fullDashboardRendersEveryChartAndTheInputNumbers() throws IOException {
        Path root = FixtureRoot.create("full", true, true);
        FixtureRoot.addDescribedRun(root);
        Path out = Path.of("target", "browser-test", "full").toAbsolutePath();
        FixtureRoot.deleteRecursively(out);
        Path index = DashboardMain.build(root, out);
        load(index);

        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
        assertOnlyLocalResources();

        JsonNode jmh = new ObjectMapper().readTree(FixtureRoot.fixture(FixtureRoot.JMH_RESULT).toFile());
        assertChartsRendered(jmh);
        assertHeadlineChart(jmh);
        assertCostTableHoldsEveryRow(jmh);
        assertRatioTablesMatchTheScores(jmh);
        assertGatlingTable(index);
        assertEnvironment();
    }

    /**
     * The committed JDK 17 and JDK 25 runs of results/ and the fixture's newest run, side by side: one column per run
     * in JDK order (then date), every ratio computed here from the raw JSON, and a drawn chart with one series per run.
     */
    @Test
    void comparisonPutsTheRunsSideBySide() throws IOException {
        Path root = FixtureRoot.create("compare", true, false);
        Path results = FixtureRoot.addResults(root);
        Path out = Path.of("target", "browser-test", "compare").toAbsolutePath();
        FixtureRoot.deleteRecursively(out);
        load(DashboardMain.build(DashboardArguments.parse("--root", root.toString(), "--out", out.toString(),
                "--jmh", FixtureRoot.RESULTS + "," + DashboardArguments.NEWEST)));
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");

        List<String> columns = browser.driver().findElements(By.cssSelector("#compare-table thead th[data-run]")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, columns.size(), columns.toString());
        assertTrue(columns.get(0).startsWith("JDK 17.0.15") && columns.get(0).contains("quick"), columns.toString());
        assertTrue(columns.get(1).startsWith("JDK 17.0.15") && columns.get(1).contains("full"), columns.toString());
        assertTrue(columns.get(2).startsWith("JDK 25.0.3") && columns.get(2).contains("full"), columns.toString());

        List<JsonNode> runs = List.of(
                new ObjectMapper().readTree(FixtureRoot.fixture(FixtureRoot.JMH_RESULT).toFile()),
                new ObjectMapper().readTree(results.resolve(FixtureRoot.RESULTS_JDK17).toFile()),
                new ObjectMapper().readTree(results.resolve(FixtureRoot.RESULTS_JDK25).toFile()));
        Pattern shownRatio = Pattern.compile("([0-9.]+) \\[([0-9.]+), ([0-9.]+|inf)\\]( not steady)?");
        int checked = 0;
        for (int r = 0; r < runs.size(); r++) {
            Map<String, JsonNode> byKey = new HashMap<>();
            for (JsonNode row : runs.get(r)) {
                JsonNode p = row.path("params");
                if (p.has("client")) {
                    byKey.put(row.get("benchmark").asText() + "|" + p.path("batch").asText() + "|" + p.get("payload").asText()
                            + "|" + p.get("client").asText() + "|" + p.get("mode").asText(), row);
                }
            }
            for (Map.Entry<String, JsonNode> e : byKey.entrySet()) {
                if (!e.getKey().endsWith("|perRequest")) {
                    continue;
                }
                JsonNode perRequest = e.getValue();
                JsonNode singleton = byKey.get(e.getKey().replace("|perRequest", "|singleton"));
                JsonNode p = perRequest.get("params");
                String style = perRequest.get("benchmark").asText().contains("Async") ? "async" : "sync";
                String params = (p.has("batch") ? "batch=" + p.get("batch").asText() + "," : "") + "payload=" + p.get("payload").asText();
                WebElement td = browser.driver().findElement(By.cssSelector("#compare-table tr[data-style='" + style
                        + "'][data-params='" + params + "'][data-client='" + p.get("client").asText() + "'] td[data-run='" + r + "']"));
                double a = score(perRequest);
                double ea = perRequest.get("primaryMetric").get("scoreError").asDouble();
                double b = score(singleton);
                double eb = singleton.get("primaryMetric").get("scoreError").asDouble();
                Matcher m = shownRatio.matcher(td.getText());
                String what = "run " + r + " " + e.getKey();
                assertTrue(m.matches(), what + ": '" + td.getText() + "'");
                assertNumber(a / b, m.group(1), what);
                assertNumber(Math.max(0, (a - ea) / (b + eb)), m.group(2), what + " low");
                if (b - eb > 0) {
                    assertNumber((a + ea) / (b - eb), m.group(3), what + " high");
                } else {
                    assertEquals("inf", m.group(3), what + " high");
                }
                checked++;
            }
        }
        assertEquals(12 * 3, checked, "3 clients x 2 call styles x 2 payloads in each of the 3 runs");

        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.driver().executeScript(
                "var c = Chart.getChart(document.getElementById('compare-chart'));"
                        + "return { type: c.options.scales.y.type, labels: c.data.labels.length,"
                        + "  series: c.data.datasets.map(function (d) { return d.label; }),"
                        + "  points: c.data.datasets.map(function (d) { return d.data.filter(function (v) { return v !== null; }).length; }),"
                        + "  reference: c.options.plugins.baselineLines.lines[0].score };");
        assertEquals("logarithmic", chart.get("type"));
        assertEquals(6L, ((Number) chart.get("labels")).longValue(), "payload hello: 3 clients x 2 call styles");
        assertEquals(columns, chart.get("series"), "one series per run, named like its column");
        assertEquals(List.of(6L, 6L, 6L), chart.get("points"));
        assertEquals(1L, ((Number) chart.get("reference")).longValue(), "the line at 1");
        String environment = browser.driver().findElement(By.id("environment-table")).getText();
        assertTrue(environment.contains("Eclipse Adoptium 25.0.3") && environment.contains("17.0.15"), environment);
    }

    @Test
    void emptyDashboardSaysWhatToRun() throws IOException {
        load(build("empty", false, false));
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
        WebElement empty = browser.driver().findElement(By.id("empty-state"));
        assertTrue(empty.isDisplayed());
        List<String> commands = empty.findElements(By.cssSelector("code.run-command")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("mvn -pl jmh verify", "mvn -pl gatling verify", RunCommands.DASHBOARD), commands);
        assertTrue(browser.driver().findElements(By.tagName("canvas")).isEmpty(), "no empty chart frames");
        assertTrue(browser.driver().findElements(By.tagName("table")).isEmpty(), "no empty tables");
    }

    @Test
    void gatlingOnlyDashboardSaysHowToGetJmhResults() throws IOException {
        load(build("gatling-only", false, true));
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
        String throughput = browser.driver().findElement(By.id("throughput")).getText();
        assertTrue(throughput.contains("No JMH results yet") && throughput.contains("mvn -pl jmh verify"), throughput);
        assertEquals(3, browser.driver().findElements(By.cssSelector("#gatling-runs tbody tr")).size());
    }

    @Test
    void gatewaySectionShowsTheModesSideBySideWithRatiosAndReportLinks() throws IOException {
        Path root = FixtureRoot.create("gateway", false, false);
        List<Path> runs = FixtureRoot.addGatewayRuns(root);
        FixtureRoot.setResentByClient(runs, "jdk", "singleton", 2);
        Path out = Path.of("target", "browser-test", "gateway").toAbsolutePath();
        FixtureRoot.deleteRecursively(out);
        load(DashboardMain.build(root, out));
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
        // The matrix is wider than the page: it scrolls in its own box, the page itself does not.
        Number pageOverflow = (Number) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, pageOverflow.intValue(), "page wider than the window by this many pixels");
        // Expected numbers straight from the fixture JSON, not through the module's reader.
        Map<String, JsonNode> raw = new HashMap<>();
        for (Path dir : runs) {
            JsonNode json = new ObjectMapper().readTree(dir.resolve(GatewayResultFile.NAME).toFile());
            raw.put(json.get("client").asText() + " " + json.get("mode").asText(), json);
        }
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#gateway-runs tbody tr"));
        assertEquals(2, rows.size());
        for (String client : List.of("jdk", "okhttp")) {
            WebElement row = browser.driver().findElement(By.cssSelector("#gateway-runs tr[data-gateway='/hello " + client + " sync']"));
            JsonNode singleton = raw.get(client + " singleton");
            JsonNode perRequest = raw.get(client + " perRequest");
            long resent = singleton.get("resentByClient").asLong();
            assertEquals(Numbers.rate(singleton.get("requestsPerSecond").asDouble())
                    + (resent > 0 ? " (" + resent + " re-sent)" : ""), cell(row, "singleton-rps"));
            assertEquals(Numbers.rate(perRequest.get("requestsPerSecond").asDouble()), cell(row, "perRequest-rps"));
            assertEquals(Numbers.significant(perRequest.get("latencyMs").get("p99").asDouble(), 3), cell(row, "perRequest-p99"));
            assertEquals(Numbers.NONE, cell(row, "freshConnection-rps"));
            double ratio = perRequest.get("requestsPerSecond").asDouble() / singleton.get("requestsPerSecond").asDouble();
            assertEquals(Numbers.significant(ratio, 3), cell(row, "per-request-ratio"));
            assertEquals("MATCH, 0 KO", cell(row, "cross-check"));
            List<WebElement> links = row.findElements(By.cssSelector("a"));
            assertEquals(2, links.size());
            for (WebElement link : links) {
                String href = link.getAttribute("href");
                assertTrue(Files.isRegularFile(Path.of(URI.create(href))), "report link resolves to a file: " + href);
            }
        }
    }

    private static void assertOnlyLocalResources() {
        // Everything the page pulls in: scripts, stylesheets, images, frames (resolved to absolute URLs).
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('script[src], link[href], img[src], iframe[src]'))"
                        + ".map(function (e) { return e.src || e.href; });");
        assertFalse(loaded.isEmpty());
        for (String url : loaded) {
            assertTrue(url.startsWith("file:///"), "loaded from outside file://: " + url);
        }
    }

    /** One chart per call style and payload, each with 9 bars, a baseline line, and a substantial painted area. */
    private static void assertChartsRendered(JsonNode jmh) {
        Set<String> groups = new LinkedHashSet<>();
        for (JsonNode row : jmh) {
            String name = row.get("benchmark").asText();
            if (!name.toLowerCase(Locale.ROOT).contains("baseline")) {
                groups.add(name + "|" + row.path("params").path("payload").asText());
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('#throughput canvas')).map(function (canvas) {"
                        + "  var chart = Chart.getChart(canvas);"
                        + "  var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                        + "  var painted = 0;"
                        + "  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }"
                        + "  return { id: canvas.id, drawn: !!chart, painted: painted, area: canvas.width * canvas.height,"
                        + "    bars: chart ? chart.data.datasets.reduce(function (n, d) {"
                        + "      return n + d.data.filter(function (v) { return v !== null; }).length; }, 0) : 0,"
                        + "    baselines: chart ? chart.options.plugins.baselineLines.lines.length : 0 };"
                        + "});");
        assertEquals(groups.size(), charts.size(), "one chart per call style and payload");
        for (Map<String, Object> chart : charts) {
            String id = (String) chart.get("id");
            assertEquals(Boolean.TRUE, chart.get("drawn"), id + " has no Chart.js chart");
            assertEquals(9L, ((Number) chart.get("bars")).longValue(), id + ": 3 clients x 3 modes");
            assertEquals(1L, ((Number) chart.get("baselines")).longValue(), id + ": baseline line");
            double painted = ((Number) chart.get("painted")).doubleValue() / ((Number) chart.get("area")).doubleValue();
            assertTrue(painted > 0.05, id + " is (nearly) blank: " + painted);
        }
    }

    /** perRequest/singleton and freshConnection/singleton of every client and call style, payload hello, log axis, line at 1. */
    private static void assertHeadlineChart(JsonNode jmh) {
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.driver().executeScript(
                "var c = Chart.getChart(document.getElementById('headline-chart'));"
                        + "return { type: c.options.scales.y.type, labels: c.data.labels,"
                        + "  series: c.data.datasets.map(function (d) { return d.label; }),"
                        + "  values: c.data.datasets.map(function (d) { return d.data; }),"
                        + "  ranges: c.data.datasets.map(function (d) { return d.whiskers.map(function (w) { return w ? (isFinite(w[1]) ? w[1] - w[0] : -1) : null; }); }),"
                        + "  reference: c.options.plugins.baselineLines.lines[0].score };");
        assertEquals("logarithmic", chart.get("type"));
        assertEquals(List.of("perRequest / singleton", "freshConnection / singleton"), chart.get("series"));
        assertEquals(1L, ((Number) chart.get("reference")).longValue(), "the line at 1");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) chart.get("labels");
        assertEquals(List.of("sync \u00b7 jdk", "sync \u00b7 okhttp", "sync \u00b7 ahc",
                "async \u00d732 \u00b7 jdk", "async \u00d732 \u00b7 okhttp", "async \u00d732 \u00b7 ahc"), labels);
        @SuppressWarnings("unchecked")
        List<List<Number>> values = (List<List<Number>>) chart.get("values");
        @SuppressWarnings("unchecked")
        List<List<Number>> ranges = (List<List<Number>>) chart.get("ranges");
        List<String> modes = List.of("perRequest", "freshConnection");
        for (int s = 0; s < modes.size(); s++) {
            for (int i = 0; i < labels.size(); i++) {
                String style = i < 3 ? "SyncCallBenchmark" : "AsyncBatchBenchmark";
                String client = labels.get(i).substring(labels.get(i).lastIndexOf(' ') + 1);
                double a = score(row(jmh, style, client, modes.get(s)));
                double b = score(row(jmh, style, client, "singleton"));
                assertEquals(a / b, values.get(s).get(i).doubleValue(), 1e-9 * a / b, labels.get(i) + " " + modes.get(s));
                assertNotNull(ranges.get(s).get(i), labels.get(i) + " " + modes.get(s) + " has a [low, high] whisker");
            }
        }
    }

    private static JsonNode row(JsonNode jmh, String benchmarkClass, String client, String mode) {
        for (JsonNode row : jmh) {
            JsonNode p = row.path("params");
            if (row.get("benchmark").asText().endsWith("." + benchmarkClass + ".client") && "hello".equals(p.path("payload").asText())
                    && client.equals(p.path("client").asText()) && mode.equals(p.path("mode").asText())) {
                return row;
            }
        }
        throw new AssertionError("fixture has no " + benchmarkClass + " " + client + " " + mode);
    }

    private static void assertCostTableHoldsEveryRow(JsonNode jmh) {
        int rows = 0;
        for (JsonNode row : jmh) {
            Map<String, String> params = new TreeMap<>();
            row.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            String key = String.join(",", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            WebElement tr = browser.driver().findElement(By.cssSelector("#cost-breakdown tr[data-benchmark='"
                    + row.get("benchmark").asText() + "'][data-params='" + key + "']"));
            JsonNode primary = row.get("primaryMetric");
            assertNumber(primary.get("score").asDouble(), cell(tr, "score"), key);
            assertNumber(primary.get("scoreError").asDouble(), cell(tr, "error"), key);
            JsonNode secondary = row.get("secondaryMetrics");
            for (String metric : List.of("connections/op", "threads/op", "leftoverThreads", "leftoverFds")) {
                assertNumber(secondary.get(metric).get("score").asDouble(), cell(tr, metric), key + " " + metric);
            }
            rows++;
        }
        assertEquals(rows, browser.driver().findElements(By.cssSelector("#cost-breakdown tbody tr")).size());
    }

    private static void assertRatioTablesMatchTheScores(JsonNode jmh) {
        Map<String, JsonNode> byKey = new HashMap<>();
        List<String[]> cases = new ArrayList<>();
        for (JsonNode row : jmh) {
            JsonNode p = row.path("params");
            if (!p.has("client")) {
                continue;
            }
            String group = row.get("benchmark").asText() + "|" + p.path("payload").asText();
            byKey.put(group + "|" + p.get("client").asText() + "|" + p.get("mode").asText(), row);
            if (p.get("mode").asText().equals("singleton")) {
                String style = row.get("benchmark").asText().toLowerCase(Locale.ROOT).contains("async") ? "async" : "sync";
                String variant = p.has("batch") ? "batch=" + p.get("batch").asText() + ",payload=" + p.get("payload").asText()
                        : "payload=" + p.get("payload").asText();
                cases.add(new String[] {group, p.get("client").asText(), style, variant});
            }
        }
        assertEquals(12, cases.size());
        for (String[] c : cases) {
            WebElement tr = browser.driver().findElement(By.cssSelector(
                    "#ratios-" + c[1] + " tr[data-style='" + c[2] + "'][data-params='" + c[3] + "']"));
            JsonNode singleton = byKey.get(c[0] + "|" + c[1] + "|singleton");
            double b = score(singleton);
            double eb = singleton.get("primaryMetric").get("scoreError").asDouble();
            for (String mode : List.of("perRequest", "freshConnection")) {
                JsonNode row = byKey.get(c[0] + "|" + c[1] + "|" + mode);
                double a = score(row);
                double ea = row.get("primaryMetric").get("scoreError").asDouble();
                // The range is the ratio of the 99.9% intervals' far ends; unbounded when singleton's reaches 0.
                double ratio = a / b;
                double low = Math.max(0, (a - ea) / (b + eb));
                double high = b - eb > 0 ? (a + ea) / (b - eb) : Double.POSITIVE_INFINITY;
                String what = c[0] + " " + c[1] + " " + mode;
                String shown = tr.findElement(By.cssSelector("td[data-col='" + mode + "']")).getText();
                Matcher m = RATIO_CELL.matcher(shown);
                assertTrue(m.matches(), what + ": not 'value [low, high] (N× slower...)': '" + shown + "'");
                assertNumber(ratio, m.group(1), what);
                assertNumber(low, m.group(2), what + " low");
                if (Double.isInfinite(high)) {
                    assertEquals("inf", m.group(3), what + " high");
                } else {
                    assertNumber(high, m.group(3), what + " high");
                }
                // Throughputs: 1 / ratio times slower, proven only when the whole range is below 1.
                assertTrue(ratio < 1, what + ": the fixture's modes are all slower than singleton");
                assertNumber(1 / ratio, m.group(4), what + " times slower");
                assertEquals(high < 1 ? null : ", within noise", m.group(5), what + " proven?");
            }
        }
    }

    private static void assertGatlingTable(Path index) {
        WebElement hello = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.HELLO_RUN + "']"));
        assertEquals("HelloSimulation", hello.findElement(By.tagName("td")).getText());
        assertEquals("1,000", cell(hello, "requests"));
        assertEquals("1,000", cell(hello, "ok"));
        assertEquals("0", cell(hello, "ko"));
        assertEquals("500", cell(hello, "meanRps"));
        assertEquals("3", cell(hello, "p50"));
        assertEquals("7", cell(hello, "p95"));
        assertEquals("12", cell(hello, "p99"));
        assertEquals("117", cell(hello, "max"));
        assertEquals("\u2014", cell(hello, "description"), "a run without description");
        WebElement described = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.DESCRIBED_RUN + "']"));
        assertEquals(FixtureRoot.DESCRIPTION, cell(described, "description"));
        assertEquals("MillionRequests", described.findElement(By.tagName("td")).getText());
        assertTrue(described.getDomAttribute("class").contains("latest-run"),
                "the described run is the latest of its own series, not an earlier run of MillionRequests");
        WebElement mixed = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.MIXED_RUN + "']"));
        assertEquals("505", cell(mixed, "requests"));
        assertEquals("500", cell(mixed, "ok"));
        assertEquals("5", cell(mixed, "ko"));
        WebElement million = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.MILLION_RUN + "']"));
        assertEquals("10,001", cell(million, "requests"));
        assertEquals("5,001", cell(million, "meanRps"));
        assertEquals("53", cell(million, "p99.9"));
        assertEquals(Numbers.NONE, cell(million, "p75"), "MillionRequests' report has no 75th percentile");
        assertTrue(million.getDomAttribute("class").contains("latest-run"));
        for (WebElement row : List.of(hello, mixed, million, described)) {
            String href = row.findElement(By.linkText("report")).getDomProperty("href");
            assertNotNull(href);
            assertTrue(href.startsWith("file:///"), href);
            assertTrue(Files.isRegularFile(Path.of(URI.create(href))), "report link resolves to a file: " + href);
        }
        assertTrue(index.isAbsolute());
    }

    private static void assertEnvironment() {
        String env = browser.driver().findElement(By.id("environment-table")).getText();
        for (String expected : List.of("quick", "Debian 17.0.15", "Linux", "4.2.18.Final", "5.5.1", "3.0.13", "3.15.1")) {
            assertTrue(env.contains(expected), "environment lacks " + expected + ": " + env);
        }
        assertEquals("2", browser.driver().findElement(By.cssSelector("#environment-table tr[data-row='CPUs'] td")).getText());
    }

    private static String cell(WebElement tr, String column) {
        return tr.findElement(By.cssSelector("td[data-col='" + column + "']")).getText();
    }

    private static double score(JsonNode row) {
        return row.get("primaryMetric").get("score").asDouble();
    }

    /** The displayed text, read as a number, equals the expected one to its displayed precision (3 significant digits at least). */
    private static void assertNumber(double expected, String shown, String what) {
        if (Double.isNaN(expected)) {
            assertEquals(Numbers.NONE, shown, what);
            return;
        }
        double value = Double.parseDouble(shown.replace(",", ""));
        double tolerance = Math.max(Math.abs(expected) * 0.005, 0.5 * Math.pow(10, -decimals(shown)));
        assertEquals(expected, value, tolerance, what + ": shown '" + shown + "'");
    }

    private static int decimals(String shown) {
        int dot = shown.indexOf('.');
        return dot < 0 ? 0 : shown.length() - dot - 1;
    }
}
