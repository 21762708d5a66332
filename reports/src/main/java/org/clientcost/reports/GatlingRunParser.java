package org.clientcost.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Gatling run directory ({@code <simulation>-<yyyyMMddHHmmssSSS>/}).
 *
 * <p>Gatling 3.15 writes no JSON statistics any more (older versions wrote {@code js/global_stats.json}; 3.15.1's
 * gatling-charts has no such template). Its {@code index.html} holds the numbers instead, in the statistics table:
 * a header row {@code <th id="col-N">...<span>Total|OK|KO|Cnt/s|Min|50th pct|...|Max|Mean</span>} and the global row
 * {@code <tr id="ROOT">} whose cells are {@code <td class="value ... col-N">number</td>}. Columns are matched by their
 * header label, not by position, the simulation name is the report's title tab ({@code <div class="onglet">}), and
 * the run description is the "Description:" item of the run information.
 */
public final class GatlingRunParser {

    static final String INDEX = "index.html";

    private static final Pattern RUN_DIR = Pattern.compile("(.+)-(\\d{17})");
    private static final Pattern HEADER_CELL = Pattern.compile(
            "<th id=\"col-(\\d+)\"[^>]*>\\s*<span>\\s*(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROOT_ROW = Pattern.compile("<tr id=\"ROOT\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern VALUE_CELL = Pattern.compile(
            "<td class=\"value [^\"]*\\bcol-(\\d+)\"[^>]*>([^<]*)</td>");
    private static final Pattern SIMULATION_TAB = Pattern.compile(
            "<div class=\"onglet\">\\s*([^<]+?)\\s*</div>");
    private static final Pattern RUN_DATE = Pattern.compile(
            "simulation-information-label\">Date: </span>\\s*<span>([^<]+)</span>");
    /** With a description, Gatling 3.15 writes it whole into {@code data-content} (the visible text is truncated). */
    private static final Pattern DESCRIPTION_FULL = Pattern.compile(
            "title=\"Description\" data-content=\"([^\"]*)\"");
    /** Without one it writes {@code &mdash;} as the visible text. */
    private static final Pattern DESCRIPTION_SHOWN = Pattern.compile(
            "simulation-information-label\">Description: </span>\\s*<span>([^<]*)</span>");
    private static final Pattern PERCENTILE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:st|nd|rd|th) pct");

    private GatlingRunParser() {
    }

    /** True when the directory holds a Gatling report (a run that crashed before its report has none). */
    public static boolean isRunDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve(INDEX));
    }

    public static GatlingRun parse(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        String html = Files.readString(index, StandardCharsets.UTF_8);

        Map<String, Integer> columns = new HashMap<>();
        Matcher header = HEADER_CELL.matcher(html);
        while (header.find()) {
            columns.putIfAbsent(header.group(2).trim(), Integer.parseInt(header.group(1)));
        }
        Matcher root = ROOT_ROW.matcher(html);
        if (!root.find()) {
            throw new IOException(index + " has no global statistics row (<tr id=\"ROOT\">); is it a Gatling 3.15 report?");
        }
        Map<Integer, String> cells = new HashMap<>();
        Matcher cell = VALUE_CELL.matcher(root.group(1));
        while (cell.find()) {
            cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
        }

        List<GatlingRun.Percentile> percentiles = new ArrayList<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            Matcher p = PERCENTILE.matcher(column.getKey());
            if (p.matches()) {
                percentiles.add(new GatlingRun.Percentile(Double.parseDouble(p.group(1)),
                        Math.round(value(cells, column.getValue(), index, column.getKey()))));
            }
        }
        percentiles.sort((a, b) -> Double.compare(a.rank(), b.rank()));

        String dirName = dir.getFileName().toString();
        Matcher name = RUN_DIR.matcher(dirName);
        Matcher tab = SIMULATION_TAB.matcher(html);
        Matcher date = RUN_DATE.matcher(html);
        return new GatlingRun(dir,
                tab.find() ? Html.unescape(tab.group(1)) : (name.matches() ? name.group(1) : dirName),
                description(html),
                date.find() ? Html.unescape(date.group(1).trim()) : (name.matches() ? timestamp(name.group(2)) : ""),
                Math.round(column(columns, cells, index, "Total")),
                Math.round(column(columns, cells, index, "OK")),
                Math.round(column(columns, cells, index, "KO")),
                column(columns, cells, index, "Cnt/s"),
                percentiles,
                Math.round(column(columns, cells, index, "Max")),
                Math.round(column(columns, cells, index, "Mean")));
    }

    /** The run description, "" when the report shows none (Gatling's {@code &mdash;}). */
    static String description(String html) {
        Matcher full = DESCRIPTION_FULL.matcher(html);
        if (full.find()) {
            return Html.unescape(full.group(1)).trim();
        }
        Matcher shown = DESCRIPTION_SHOWN.matcher(html);
        String text = shown.find() ? Html.unescape(shown.group(1)).trim() : "";
        return text.equals("\u2014") ? "" : text;
    }

    private static double column(Map<String, Integer> columns, Map<Integer, String> cells, Path index, String label)
            throws IOException {
        Integer col = columns.get(label);
        if (col == null) {
            throw new IOException(index + " statistics table has no '" + label + "' column");
        }
        return value(cells, col, index, label);
    }

    /** A cell's number; "-" (nothing measured, e.g. no OK request) reads as 0. Thousands separators are ignored. */
    private static double value(Map<Integer, String> cells, int col, Path index, String label) throws IOException {
        String text = cells.get(col);
        if (text == null) {
            throw new IOException(index + " global row has no '" + label + "' cell");
        }
        String digits = text.replaceAll("[\\s,\u00a0\u202f]", "");
        if (digits.equals("-") || digits.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new IOException(index + " global row: '" + label + "' is not a number: " + text);
        }
    }

    /** "20261121101500123" -> "2026-11-21 10:15:00 GMT" (Gatling names run directories after their UTC start). */
    static String timestamp(String digits) {
        return digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8) + " "
                + digits.substring(8, 10) + ":" + digits.substring(10, 12) + ":" + digits.substring(12, 14) + " GMT";
    }
}
