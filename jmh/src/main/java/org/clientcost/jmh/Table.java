package org.clientcost.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of strings written two ways: aligned plain text for the console, and Markdown (GitHub's table syntax)
 * ready to paste. The first {@code leftAligned} columns are labels, aligned left; the rest are figures, aligned right.
 */
final class Table {

    private final int leftAligned;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(int leftAligned, String... header) {
        this.leftAligned = leftAligned;
        this.header = List.of(header);
    }

    Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Columns padded to their widest cell, one space apart; one line per row, the header first. */
    String text() {
        int[] widths = new int[header.size()];
        for (List<String> line : lines()) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines()) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                text.append(c == 0 ? "" : " ").append(c < leftAligned ? cell + pad : pad + cell);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code | a | b |} lines under a {@code |:---|---:|} alignment row. */
    String markdown() {
        StringBuilder out = new StringBuilder(markdownLine(header));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < header.size(); c++) {
            rule.append(c < leftAligned ? ":---|" : "---:|");
        }
        out.append(rule).append('\n');
        rows.forEach(row -> out.append(markdownLine(row)));
        return out.toString();
    }

    private List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        return lines;
    }

    private static String markdownLine(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return line.append('\n').toString();
    }
}
