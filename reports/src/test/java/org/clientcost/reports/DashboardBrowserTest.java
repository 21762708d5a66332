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
        Path index = build("full", true, true);
        load(index);

        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
        assertOnlyLocalResources();

        JsonNode jmh = new ObjectMapper().readTree(FixtureRoot.fixture(FixtureRoot.JMH_RESULT).toFile());
        assertChartsRendered(jmh);
        assertCostTableHoldsEveryRow(jmh);
        assertRatioTablesMatchTheScores(jmh);
        assertGatlingTable(index);
        assertEnvironment();
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
                "return Array.from(document.querySelectorAll('canvas')).map(function (canvas) {"
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
        WebElement mixed = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.MIXED_RUN + "']"));
        assertEquals("505", cell(mixed, "requests"));
        assertEquals("500", cell(mixed, "ok"));
        assertEquals("5", cell(mixed, "ko"));
        WebElement million = browser.driver().findElement(By.cssSelector("#gatling-runs tr[data-run='" + FixtureRoot.MILLION_RUN + "']"));
        assertEquals("10,001", cell(million, "requests"));
        assertEquals("5,001", cell(million, "meanRps"));
        assertEquals("53", cell(million, "p99.9"));
        assertEquals(Numbers.NONE, cell(million, "p75"), "MillionRequests' report has no 75th percentile");
        for (WebElement row : List.of(hello, mixed, million)) {
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
