package org.jobassist.impl.internal.assessment.render;

import java.util.List;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.money.Ratio;

/**
 * A progress report as a standalone SVG 1.1 bar chart: one bar per city line, its height the
 * city's completion and its colour its status, a dashed line at each city's expected
 * completion (时序进度), a percentage scale, city names and codes, a legend and a title with
 * the month and the plan label.
 *
 * <p>No external resource (no DOCTYPE, stylesheet, font or image), and deterministic: the
 * same report gives the same bytes. Every coordinate is a whole pixel computed with integer
 * arithmetic from completions in tenths of a percent, each rounded half-up once. The scale
 * runs from 0 to 100%, or to the next multiple of 25% above the highest completion.
 * Stateless.
 */
public final class ProgressSvg {

    /** Canvas width in pixels. */
    static final int WIDTH = 800;
    /** Canvas height in pixels. */
    static final int HEIGHT = 470;
    /** Left edge of the plot area. */
    static final int PLOT_LEFT = 80;
    /** Top of the plot area: the top of the scale. */
    static final int PLOT_TOP = 70;
    /** Height of the plot area. */
    static final int PLOT_HEIGHT = 300;
    /** Width of one city's slot. */
    static final int SLOT = 50;
    /** Width of a bar, centred in its slot. */
    static final int BAR = 30;
    /** Scale step and smallest scale top, in tenths of a percent. */
    static final int STEP = 250;
    static final int MIN_TOP = 1000;

    private static final String AHEAD = "#2e7d32";
    private static final String ON_SCHEDULE = "#1565c0";
    private static final String BEHIND = "#c62828";

    private ProgressSvg() {}

    /**
     * The chart of the report's city lines.
     *
     * @param report the report
     * @return the SVG document, UTF-8 text with an XML declaration
     */
    public static String render(ProgressReport report) {
        List<CityProgress> cities = report.cities();
        int plotWidth = Math.max(1, cities.size()) * SLOT;
        int width = Math.max(WIDTH, PLOT_LEFT + plotWidth + 20);
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        long top = MIN_TOP;
        for (CityProgress line : cities) {
            long p = permille(line.completion());
            top = Math.max(top, (p + STEP - 1) / STEP * STEP);
        }
        String title = "Completion by city, " + report.month() + " (时序进度)";
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" baseProfile=\"full\" width=\"")
                .append(width).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<desc>").append(escape("Plan " + report.planYear() + ": " + report.planLabel())).append("</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        text(svg, width / 2, 28, 16, "middle", "#000000", title);
        text(svg, width / 2, 48, 12, "middle", "#444444", "Plan " + report.planYear() + ": " + report.planLabel());
        // Scale: a grid line and a label every 25%.
        svg.append("<g class=\"scale\">\n");
        for (long p = 0; p <= top; p += STEP) {
            int y = bottom - scaled(p, top);
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(PLOT_LEFT + plotWidth).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n");
            text(svg, PLOT_LEFT - 6, y + 4, 11, "end", "#444444", (p / 10) + "%");
        }
        svg.append("</g>\n");
        svg.append("<g class=\"bars\">\n");
        for (int i = 0; i < cities.size(); i++) {
            CityProgress line = cities.get(i);
            int h = scaled(permille(line.completion()), top);
            int x = PLOT_LEFT + i * SLOT + (SLOT - BAR) / 2;
            String name = CityNames.zh(line.division());
            svg.append("<rect class=\"bar\" id=\"bar-").append(line.division().code()).append("\" x=\"").append(x)
                    .append("\" y=\"").append(bottom - h).append("\" width=\"").append(BAR).append("\" height=\"")
                    .append(h).append("\" fill=\"").append(colour(line.status())).append("\"><title>")
                    .append(escape(name + " " + line.division().code() + ": " + line.achieved() + " of "
                            + line.target() + ", " + Percents.display(line.completion()) + ", expected "
                            + Percents.display(line.expected()) + ", " + line.status().name()))
                    .append("</title></rect>\n");
            int centre = PLOT_LEFT + i * SLOT + SLOT / 2;
            text(svg, centre, bottom - h - 4, 10, "middle", "#000000", Percents.display(line.completion()));
            text(svg, centre, bottom + 18, 12, "middle", "#000000", name);
            text(svg, centre, bottom + 32, 9, "middle", "#666666", line.division().code());
        }
        svg.append("</g>\n");
        if (!cities.isEmpty()) {
            // A step across each slot at that city's expected height; one flat line when all agree.
            StringBuilder points = new StringBuilder();
            int previous = -1;
            for (int i = 0; i < cities.size(); i++) {
                int y = bottom - scaled(permille(cities.get(i).expected()), top);
                int left = PLOT_LEFT + i * SLOT;
                if (y != previous) {
                    points.append(i == 0 ? "" : " ").append(left).append(',').append(y);
                }
                points.append(' ').append(left + SLOT).append(',').append(y);
                previous = y;
            }
            svg.append("<polyline class=\"expected\" points=\"").append(points)
                    .append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/>\n");
            CityProgress last = cities.get(cities.size() - 1);
            text(svg, PLOT_LEFT + plotWidth, bottom - scaled(permille(last.expected()), top) - 6, 11, "end",
                    "#000000", "expected " + Percents.display(last.expected()));
        }
        legend(svg, bottom + 62);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int y) {
        svg.append("<g class=\"legend\">\n");
        int x = PLOT_LEFT;
        for (ProgressStatus status : ProgressStatus.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(status)).append("\"/>\n");
            text(svg, x + 18, y, 12, "start", "#000000", status.name());
            x += 130;
        }
        svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(x + 24)
                .append("\" y2=\"").append(y - 4).append("\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/>\n");
        text(svg, x + 30, y, 12, "start", "#000000", "expected by the schedule");
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, int x, int y, int size, String anchor, String fill, String content) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\">")
                .append(escape(content)).append("</text>\n");
    }

    /** The bar colour of a status. */
    static String colour(ProgressStatus status) {
        return switch (status) {
            case AHEAD -> AHEAD;
            case ON_SCHEDULE -> ON_SCHEDULE;
            case BEHIND -> BEHIND;
        };
    }

    /** A ratio in tenths of a percent, rounded half-up; never below zero on the chart. */
    static long permille(Ratio ratio) {
        return Math.max(0, Percents.tenths(ratio));
    }

    /** Pixels of the plot height for {@code permille} on a scale topped at {@code top}, half-up. */
    static int scaled(long permille, long top) {
        return (int) ((2 * permille * PLOT_HEIGHT + top) / (2 * top));
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
