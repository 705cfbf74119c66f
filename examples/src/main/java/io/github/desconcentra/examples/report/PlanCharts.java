package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The charts of the plan section of {@code report.html}, drawn as inline SVG with a value axis (ticks at round steps,
 * its unit in the axis title), a year axis and a legend: stacked bars of spend per year by sector, lines of the share
 * of the gap closed per sector by year, and bars of one series per year (the recurrent cost committed). Amounts are
 * shown in USD million from their {@code BigDecimal} values; only the pixel positions are computed in floating point.
 */
final class PlanCharts {
    /** One colour per sector, in {@link Figures#sectorIds()} order (ColorBrewer Dark2, readable on white). */
    static final String[] SECTOR_COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d"};
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final int LEFT = 70;
    private static final int TOP = 12;
    private static final int PLOT_HEIGHT = 240;
    private static final int BOTTOM = 40;
    private static final int YEAR_WIDTH = 56;
    private static final int LEGEND_WIDTH = 240;

    private final Messages m;
    private final ReportNumbers n;

    /** Charts labelled in the language of the messages. */
    PlanCharts(Messages m) {
        this.m = m;
        this.n = m.numbers();
    }

    /**
     * Stacked bars of spend (capex paid and recurrent cost of what is open) per year by sector, in USD million, with
     * each year's ceiling marked.
     *
     * @param spend per year, per sector id
     * @param ceilings per year
     * @param priceYear the price year of every amount
     */
    String spendBySector(String id, Map<Integer, ? extends Map<String, Money>> spend,
                                Map<Integer, Money> ceilings, int priceYear) {
        BigDecimal max = BigDecimal.ZERO;
        for (int y : spend.keySet()) {
            max = max.max(millions(Money.total(Money.USD, spend.get(y).values())));
            max = max.max(millions(ceilings.get(y)));
        }
        Axis axis = Axis.of(max);
        StringBuilder s = frame(id, yearsOf(spend), m.get("html.chart.usd", String.valueOf(priceYear)), axis, "");
        int i = 0;
        for (Map.Entry<Integer, ? extends Map<String, Money>> e : spend.entrySet()) {
            int x = LEFT + i * YEAR_WIDTH + 8;
            BigDecimal below = BigDecimal.ZERO;
            int c = 0;
            for (String sector : Figures.sectorIds()) {
                BigDecimal v = millions(e.getValue().getOrDefault(sector, Money.zero(Money.USD)));
                if (v.signum() > 0) {
                    double top = axis.y(below.add(v));
                    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\""
                                    + " fill=\"%s\"><title>%s</title></rect>", x, top, YEAR_WIDTH - 16,
                            axis.y(below) - top, SECTOR_COLOURS[c], ReportHtml.esc(m.get("html.chart.bar_tip",
                                    String.valueOf(e.getKey()), name(sector), n.decimal(v, 1)))));
                }
                below = below.add(v);
                c++;
            }
            double ceiling = axis.y(millions(ceilings.get(e.getKey())));
            s.append(String.format(Locale.ROOT, "<line class=\"ceiling\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\">"
                    + "<title>%s</title></line>", x - 4, x + YEAR_WIDTH - 12, ceiling, ceiling,
                    ReportHtml.esc(m.get("html.chart.ceiling_tip", String.valueOf(e.getKey()),
                            n.decimal(millions(ceilings.get(e.getKey())), 1)))));
            i++;
        }
        legend(s, spend.size(), Figures.sectorIds(), true);
        return s.append("</svg>\n").toString();
    }

    /**
     * One line per sector of the share of its gap closed by each year, 0 to 100 %.
     *
     * @param closed per sector id, per year: a share between 0 and 1
     */
    String closedBySector(String id, Map<String, ? extends Map<Integer, BigDecimal>> closed,
                                 List<Integer> years) {
        Axis axis = new Axis(BigDecimal.valueOf(100), BigDecimal.valueOf(20));
        StringBuilder s = frame(id, years, m.get("html.chart.closed"), axis, n.percent(BigDecimal.ONE, 0).substring(3));
        int c = 0;
        for (String sector : Figures.sectorIds()) {
            Map<Integer, BigDecimal> line = closed.get(sector);
            if (line != null) {
                StringBuilder points = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (int i = 0; i < years.size(); i++) {
                    BigDecimal pct = line.getOrDefault(years.get(i), BigDecimal.ZERO).movePointRight(2);
                    double x = LEFT + i * YEAR_WIDTH + YEAR_WIDTH / 2.0;
                    double y = axis.y(pct);
                    points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
                    marks.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\">"
                            + "<title>%s</title></circle>", x, y, SECTOR_COLOURS[c], ReportHtml.esc(m.get(
                            "html.chart.closed_tip", name(sector), String.valueOf(years.get(i)),
                            n.percent(line.getOrDefault(years.get(i), BigDecimal.ZERO), 1)))));
                }
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(SECTOR_COLOURS[c])
                        .append("\" points=\"").append(points).append("\"/>").append(marks);
            }
            c++;
        }
        legend(s, years.size(), Figures.sectorIds().stream().filter(closed::containsKey).toList(), false);
        return s.append("</svg>\n").toString();
    }

    /** Bars of one amount per year, in USD million. */
    String perYear(String id, SortedMap<Integer, Money> amounts, String what, int priceYear) {
        BigDecimal max = BigDecimal.ZERO;
        for (Money amount : amounts.values()) {
            max = max.max(millions(amount));
        }
        Axis axis = Axis.of(max);
        StringBuilder s = frame(id, yearsOf(amounts), m.get("html.chart.usd_year", String.valueOf(priceYear)), axis, "");
        int i = 0;
        for (Map.Entry<Integer, Money> e : amounts.entrySet()) {
            BigDecimal v = millions(e.getValue());
            double top = axis.y(v);
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\""
                            + " fill=\"#4a6fa5\"><title>%s</title></rect>", LEFT + i * YEAR_WIDTH + 8,
                    top, YEAR_WIDTH - 16, axis.y(BigDecimal.ZERO) - top, ReportHtml.esc(m.get("html.chart.bar_tip",
                            String.valueOf(e.getKey()), what, n.decimal(v, 1)))));
            i++;
        }
        return s.append("</svg>\n").toString();
    }

    /** The SVG element with its value axis (gridlines, tick labels, title) and the year labels. */
    private StringBuilder frame(String id, List<Integer> yearList, String unit, Axis axis, String suffix) {
        int years = yearList.size();
        int width = LEFT + years * YEAR_WIDTH + LEGEND_WIDTH;
        StringBuilder s = new StringBuilder("<svg class=\"chart\" id=\"" + id + "\" viewBox=\"0 0 " + width + " "
                + (TOP + PLOT_HEIGHT + BOTTOM) + "\" width=\"" + width + "\" role=\"img\" aria-label=\""
                + ReportHtml.esc(unit) + "\">");
        for (BigDecimal t = BigDecimal.ZERO; t.compareTo(axis.max) <= 0; t = t.add(axis.step)) {
            double y = axis.y(t);
            s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>", LEFT,
                    LEFT + years * YEAR_WIDTH, y, y, LEFT - 6, y + 4, tick(t), suffix));
        }
        s.append(String.format(Locale.ROOT, "<text class=\"axis-title\" transform=\"translate(14,%d) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>", TOP + PLOT_HEIGHT / 2, ReportHtml.esc(unit)));
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT,
                LEFT + years * YEAR_WIDTH, TOP + PLOT_HEIGHT, TOP + PLOT_HEIGHT));
        for (int i = 0; i < years; i++) {
            s.append("<text class=\"tick\" x=\"").append(LEFT + i * YEAR_WIDTH + YEAR_WIDTH / 2)
                    .append("\" y=\"").append(TOP + PLOT_HEIGHT + 16).append("\" text-anchor=\"middle\">")
                    .append(yearList.get(i)).append("</text>");
        }
        s.append("<text class=\"tick\" x=\"").append(LEFT + years * YEAR_WIDTH / 2).append("\" y=\"")
                .append(TOP + PLOT_HEIGHT + 34).append("\" text-anchor=\"middle\">").append(m.get("html.chart.year"))
                .append("</text>");
        return s;
    }

    /** The legend of the sectors drawn, at the right of the plot, with the ceiling's mark when the chart has one. */
    private void legend(StringBuilder s, int years, List<String> sectors, boolean ceiling) {
        int x = LEFT + years * YEAR_WIDTH + 14;
        for (int c = 0; c < sectors.size(); c++) {
            s.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + c * 18).append("\" width=\"12\""
                    + " height=\"12\" fill=\"").append(SECTOR_COLOURS[Figures.sectorIds().indexOf(sectors.get(c))])
                    .append("\"/><text x=\"").append(x + 18)
                    .append("\" y=\"").append(TOP + 10 + c * 18).append("\">").append(ReportHtml.esc(name(sectors.get(c))))
                    .append("</text>");
        }
        if (ceiling) {
            int y = TOP + sectors.size() * 18 + 6;
            s.append("<line class=\"ceiling\" x1=\"").append(x - 2).append("\" x2=\"").append(x + 14)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/><text x=\"").append(x + 18)
                    .append("\" y=\"").append(y + 4).append("\">").append(m.get("html.chart.ceiling")).append("</text>");
        }
    }

    static BigDecimal millions(Money m) {
        return m.amount().divide(MILLION, 6, RoundingMode.HALF_EVEN);
    }

    /** A tick value with as many decimals as it has (2.5, 1,000), in the page's language. */
    private String tick(BigDecimal v) {
        return n.decimal(v, Math.max(0, v.stripTrailingZeros().scale()));
    }

    private String name(String sector) {
        return m.sector(io.github.desconcentra.standards.Sector.fromId(sector));
    }

    /**
     * A value axis from 0 to a round maximum in round steps (1, 2, 2.5 or 5 times a power of ten, four to eight
     * ticks).
     */
    record Axis(BigDecimal max, BigDecimal step) {
        static Axis of(BigDecimal top) {
            if (top.signum() <= 0) {
                return new Axis(BigDecimal.ONE, BigDecimal.ONE);
            }
            BigDecimal raw = top.divide(BigDecimal.valueOf(5), 12, RoundingMode.HALF_EVEN);
            BigDecimal power = BigDecimal.ONE.movePointRight(raw.precision() - raw.scale() - 1);
            BigDecimal step = power;
            for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
                step = power.multiply(new BigDecimal(m));
                if (step.compareTo(raw) >= 0) {
                    break;
                }
            }
            BigDecimal max = top.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new Axis(max.stripTrailingZeros(), step.stripTrailingZeros());
        }

        double y(BigDecimal v) {
            return TOP + PLOT_HEIGHT - v.doubleValue() / max.doubleValue() * PLOT_HEIGHT;
        }
    }

    /** The years of a map keyed by year, in order. */
    static List<Integer> yearsOf(Map<Integer, ?> byYear) {
        return new ArrayList<>(byYear.keySet());
    }
}
