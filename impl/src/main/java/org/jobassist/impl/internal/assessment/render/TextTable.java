package org.jobassist.impl.internal.assessment.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned for a terminal with a fixed-width font: Chinese characters take
 * two columns there, so widths are counted in display columns, not in chars. Columns are
 * separated by two spaces; trailing spaces are cut. Not thread-safe; build, render, drop.
 */
public final class TextTable {

    /** How a column's cells are aligned. */
    public enum Align {
        /** Text: padded on the right. */
        LEFT,
        /** Numbers: padded on the left. */
        RIGHT
    }

    private final List<String> headers;
    private final List<Align> aligns;
    /** A null row is a separator line. */
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table with these columns.
     *
     * @param headers the column headers
     * @param aligns the alignment of each column, as many as headers
     * @throws IllegalArgumentException if the counts differ
     */
    public TextTable(List<String> headers, List<Align> aligns) {
        if (headers.size() != aligns.size()) {
            throw new IllegalArgumentException("one alignment per column");
        }
        this.headers = List.copyOf(headers);
        this.aligns = List.copyOf(aligns);
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the cell count is not the column count
     */
    public TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("one cell per column");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Adds a separator line of dashes as wide as the table.
     *
     * @return this table
     */
    public TextTable separator() {
        rows.add(null);
        return this;
    }

    /**
     * Renders the header, a dashed line and the rows, each line ended by {@code \n}.
     *
     * @return the text
     */
    public String render() {
        int[] widths = new int[headers.size()];
        measure(headers, widths);
        for (List<String> row : rows) {
            if (row != null) {
                measure(row, widths);
            }
        }
        int total = 2 * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        String dashes = "-".repeat(total);
        StringBuilder out = new StringBuilder();
        line(headers, widths, out);
        out.append(dashes).append('\n');
        for (List<String> row : rows) {
            if (row == null) {
                out.append(dashes).append('\n');
            } else {
                line(row, widths, out);
            }
        }
        return out.toString();
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], width(cells.get(i)));
        }
    }

    private void line(List<String> cells, int[] widths, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - width(cell));
            if (aligns.get(i) == Align.RIGHT) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(pad);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * The display width of {@code text} in a fixed-width terminal: East Asian wide and
     * full-width characters (Chinese, full-width forms) count two columns, others one.
     *
     * @param text the text
     * @return the width in columns
     * @throws NullPointerException if {@code text} is null
     */
    public static int width(String text) {
        Objects.requireNonNull(text, "text");
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The wide ranges of Unicode's East Asian Width property that reports meet. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
