package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Sensitivity;
import io.github.desconcentra.costing.UnitCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The uncertainty of a run in each report: the interval on the headline with, when the central figure lies outside
 * it, why; the tornado of the widest drivers; and the range and swing of every assumption.
 */
final class UncertaintySection {
    /** The headline measures, in order. */
    static final List<String> HEADLINE = List.of("capex", "opex");
    /** Drivers the summary names per headline measure. */
    static final int SUMMARY_DRIVERS = 5;
    /** Drivers the tornado of report.html draws per headline measure. */
    static final int TORNADO_BARS = 10;
    /** Drivers report.json lists per measure other than the headline ones (those it lists in full). */
    static final int JSON_DRIVERS = 10;
    /** The language of report.json's texts (headline, explanation, notVaried, noSwing): machine-stable English. */
    private static final Messages JSON = Messages.of(ReportOptions.ENGLISH);

    private UncertaintySection() {
    }

    /** The extra header cells of the assumptions table. */
    static String assumptionHeaders(Messages m) {
        return "<th>" + ReportHtml.esc(m.get("uncertainty.col.range")) + "</th><th>"
                + ReportHtml.esc(m.get("uncertainty.col.capex_swing")) + "</th><th>"
                + ReportHtml.esc(m.get("uncertainty.col.opex_swing")) + "</th>";
    }

    /** What the run left out of the swings and draws, and how to include it; empty when it left nothing out. */
    private static String leftOut(Uncertainty u, Messages m) {
        String key = "uncertainty.left_out." + u.varied();
        return m.has(key) ? m.get(key) : "";
    }

    /** How the inputs were swung and drawn: {@code 111 ranged unit-cost figures …; 200 draws …, seed 20261130}. */
    private static String method(Uncertainty u, Messages m) {
        ReportNumbers n = m.numbers();
        return m.get("uncertainty.method.inputs", n.count(u.swings().swings().size()),
                m.get("uncertainty.varied." + u.varied())) + (u.draws() == 0 ? m.get("uncertainty.method.no_draws")
                : m.get("uncertainty.method.draws", n.count(u.draws()), u.distribution().id(),
                Long.toString(u.seed())));
    }

    /**
     * The headline of a measure's interval for people: {@code capex USD 3.60–4.18 bn (P10–P90), central 3.75} in
     * English, {@code inversión USD 3.598–4.181 M (P10–P90), central 3.746} in Spanish
     * ({@link ReportNumbers#interval}).
     *
     * @param measure {@code capex} or {@code opex}
     */
    static String headline(String measure, Sensitivity.Percentiles p, BigDecimal central, Messages m) {
        List<String> x = m.numbers().interval(p.p10(), p.p90(), central);
        return m.get("uncertainty.headline." + measure, x.get(0), x.get(1), x.get(3), x.get(2));
    }

    /** The section of the summary, one line at a time, in the summary's language. */
    static void summary(SummaryText.Out o, Figures f) {
        Uncertainty u = f.run.uncertainty();
        Messages m = o.m;
        ReportNumbers n = o.n;
        if (!u.isComputed()) {
            o.line("uncertainty.not_computed", u.notComputed());
            return;
        }
        o.line("uncertainty.method", method(u, m), Integer.toString(f.run.costs().priceYear()));
        for (String x : HEADLINE) {
            u.interval(x).ifPresent(p -> o.text("  " + headline(x, p, u.central(x), m)));
        }
        for (String x : HEADLINE) {
            u.explanation(x, m, false).ifPresent(e -> o.text("  " + e));
        }
        for (String x : HEADLINE) {
            List<Sensitivity.Swing> tornado = u.tornado(x);
            if (tornado.isEmpty()) {
                continue;
            }
            o.text("  " + m.get("uncertainty.drivers." + x));
            for (int i = 0; i < Math.min(SUMMARY_DRIVERS, tornado.size()); i++) {
                Sensitivity.Swing s = tornado.get(i);
                o.text(String.format(Locale.ROOT, "  %3d  %-44s %12s %12s  %s", i + 1,
                        s.input().id() + " " + n.range(s.input().range()), n.decimal(millions(s.low(x)), 1),
                        n.decimal(millions(s.high(x)), 1), m.get("uncertainty.drivers.swing",
                                String.format(Locale.ROOT, "%10s", n.decimal(millions(s.width(x)), 1)))));
            }
        }
        String leftOut = leftOut(u, m);
        if (!leftOut.isEmpty()) {
            o.text("  " + leftOut);
        }
    }

    static void json(JsonStream j, Figures f) {
        Uncertainty u = f.run.uncertainty();
        j.put("computed", u.isComputed());
        if (!u.isComputed()) {
            j.put("reason", u.notComputed());
            return;
        }
        j.put("varied", u.varied()).put("inputs", u.swings().swings().size()).put("draws", u.draws())
                .put("seed", u.seed()).put("distribution", u.distribution().id()).put("draw", "independent")
                .put("percentiles", "nearest rank").put("priceYear", f.run.costs().priceYear()).put("currency", "USD");
        if (!leftOut(u, JSON).isEmpty()) {
            j.put("notVaried", leftOut(u, JSON));
        }
        j.object("interval");
        u.interval().forEach((m, p) -> j.object(m).put("p10", p.p10()).put("p50", p.p50())
                .put("p90", p.p90()).put("min", p.min()).put("max", p.max()).put("central", u.central(m)).end());
        j.end();
        j.object("headline");
        for (String m : HEADLINE) {
            u.interval(m).ifPresent(p -> j.put(m, Uncertainty.headline(m, p, u.central(m))));
        }
        j.end();
        j.object("explanation");
        for (String m : HEADLINE) {
            u.explanation(m).ifPresent(x -> j.put(m, x));
        }
        j.end();
        j.object("tornado");
        for (String m : u.swings().central().keySet()) {
            List<Sensitivity.Swing> t = u.tornado(m);
            j.array(m);
            for (int i = 0; i < (HEADLINE.contains(m) ? t.size() : Math.min(JSON_DRIVERS, t.size())); i++) {
                Sensitivity.Swing s = t.get(i);
                Sensitivity.Input in = s.input();
                j.startObject().put("rank", i + 1).put("input", in.id()).put("kind", in.kind().id())
                        .put("sector", in.sector()).put("status", in.provenance().status().id())
                        .put("low", in.range().low()).put("central", in.central()).put("high", in.range().high())
                        .put("rangeSource", in.range().source()).put("atLow", s.low(m)).put("atHigh", s.high(m))
                        .put("swing", s.width(m)).end();
            }
            j.end();
        }
        j.end();
    }

    /** The range and swing of an assumption in report.json, or why it has no swing. */
    static void json(JsonStream j, ReportJson.Assumption a, Figures f) {
        if (a.range() == null) {
            j.putNull("range");
        } else {
            j.object("range").put("low", a.range().low()).put("high", a.range().high())
                    .put("source", a.range().source()).end();
        }
        Optional<Sensitivity.Swing> s = swing(a, f);
        if (s.isPresent()) {
            j.object("swing");
            for (String m : HEADLINE) {
                j.object(m).put("atLow", s.get().low(m)).put("atHigh", s.get().high(m))
                        .put("width", s.get().width(m)).end();
            }
            j.end();
        } else {
            j.putNull("swing").put("noSwing", noSwing(a, f, JSON));
        }
    }

    /** The range and swing cells of an assumption's row in report.html, in the language of {@code m}. */
    static void cells(StringBuilder h, ReportJson.Assumption a, Figures f, Messages m) {
        h.append("<td>").append(ReportHtml.esc(a.range() == null ? m.get("uncertainty.no_range")
                : m.numbers().range(a.range())))
                .append("</td>");
        Optional<Sensitivity.Swing> s = swing(a, f);
        if (s.isPresent()) {
            for (String x : HEADLINE) {
                h.append("<td>").append(m.numbers().decimal(millions(s.get().width(x)), 1)).append("</td>");
            }
        } else {
            h.append("<td colspan=\"2\" style=\"text-align:left\">").append(ReportHtml.esc(noSwing(a, f, m)))
                    .append("</td>");
        }
    }

    private static Optional<Sensitivity.Swing> swing(ReportJson.Assumption a, Figures f) {
        return a.input() == null ? Optional.empty() : f.run.uncertainty().swingOf(a.input());
    }

    /** Why an assumption has no swing in this run, in the language of {@code m}. */
    static String noSwing(ReportJson.Assumption a, Figures f, Messages m) {
        Uncertainty u = f.run.uncertainty();
        if (a.range() == null) {
            return m.get(a.input() == null ? "uncertainty.no_swing.unranged" : "uncertainty.no_swing.no_range");
        }
        if (a.range().low().compareTo(a.range().high()) == 0) {
            return m.get("uncertainty.no_swing.single");
        }
        if (a.input() != null && a.input().endsWith("/" + UnitCost.Item.BUILD_YEARS.id())) {
            return m.get("uncertainty.no_swing.calendar");
        }
        if (!u.isComputed()) {
            return m.get("uncertainty.no_swing.not_computed", u.notComputed());
        }
        boolean parameter = a.input() != null && a.input().startsWith(Uncertainty.PARAMETER);
        if (parameter && u.varied().equals("costs") || !parameter && u.varied().equals("parameters")) {
            return m.get("uncertainty.no_swing.not_varied", u.varied());
        }
        return m.get("uncertainty.no_swing.not_evaluated");
    }

    /** The section of report.html in the language of {@code m}: texts escaped, numbers by {@link ReportNumbers}. */
    static void html(StringBuilder h, Figures f, Messages m) {
        Uncertainty u = f.run.uncertainty();
        h.append("<section id=\"uncertainty\"><h2>").append(ReportHtml.esc(m.get("uncertainty.heading")))
                .append("</h2>\n");
        if (!u.isComputed()) {
            h.append("<p id=\"uncertainty-headline\">").append(ReportHtml.esc(m.get("uncertainty.html.not_computed",
                    u.notComputed()))).append("</p></section>\n");
            return;
        }
        h.append("<p>").append(ReportHtml.esc(m.get("uncertainty.html.method", method(u, m),
                Integer.toString(f.run.costs().priceYear())))).append("</p>\n");
        h.append("<ul id=\"uncertainty-headline\">");
        for (String x : HEADLINE) {
            u.interval(x).ifPresent(p -> h.append("<li><b>").append(ReportHtml.esc(headline(x, p, u.central(x), m)))
                    .append("</b></li>"));
        }
        h.append("</ul>\n");
        for (String x : HEADLINE) {
            u.explanation(x, m, false).ifPresent(e -> h.append("<p class=\"note\" id=\"uncertainty-why-").append(x)
                    .append("\">").append(ReportHtml.esc(e)).append("</p>\n"));
        }
        if (!leftOut(u, m).isEmpty()) {
            h.append("<p>").append(ReportHtml.esc(leftOut(u, m))).append("</p>\n");
        }
        h.append("<p>").append(ReportHtml.esc(m.get("uncertainty.html.tornado")));
        if (u.draws() > 0) {
            h.append(' ').append(ReportHtml.esc(m.get("uncertainty.html.tornado_band")));
        }
        h.append("</p>\n");
        for (String x : HEADLINE) {
            List<Sensitivity.Swing> t = u.tornado(x);
            if (!t.isEmpty()) {
                h.append("<h3>").append(ReportHtml.esc(m.get("uncertainty.html.drivers." + x))).append("</h3>\n");
                tornado(h, x, t.subList(0, Math.min(TORNADO_BARS, t.size())), u, m);
            }
        }
        h.append("</section>\n");
    }

    private static final int LABEL = 330;
    private static final int BARS = 380;
    private static final int ROW = 22;

    /**
     * A tornado as SVG: one bar per input from the measure at its low to the measure at its high, the part below the
     * central value blue and above it red, a line at the central value and, when drawn, the P10-P90 band behind.
     */
    private static void tornado(StringBuilder h, String m, List<Sensitivity.Swing> t, Uncertainty u, Messages w) {
        ReportNumbers n = w.numbers();
        BigDecimal central = u.central(m);
        BigDecimal min = central;
        BigDecimal max = central;
        for (Sensitivity.Swing s : t) {
            min = min.min(s.low(m)).min(s.high(m));
            max = max.max(s.low(m)).max(s.high(m));
        }
        Optional<Sensitivity.Percentiles> p = u.interval(m);
        if (p.isPresent()) {
            min = min.min(p.get().p10());
            max = max.max(p.get().p90());
        }
        BigDecimal span = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
        int height = t.size() * ROW + 40;
        h.append("<svg id=\"tornado-").append(m).append("\" width=\"").append(LABEL + BARS + 90).append("\" height=\"")
                .append(height).append("\" role=\"img\">");
        if (p.isPresent()) {
            double x10 = x(p.get().p10(), min, span);
            double x90 = x(p.get().p90(), min, span);
            h.append(String.format(Locale.ROOT, "<rect class=\"interval\" x=\"%.1f\" y=\"0\" width=\"%.1f\""
                    + " height=\"%d\" fill=\"#f0f0f0\"><title>%s</title></rect>", x10, Math.max(0.5, x90 - x10),
                    t.size() * ROW + 5, ReportHtml.esc(w.get("uncertainty.svg.interval", mega(p.get().p10(), n),
                            mega(p.get().p90(), n)))));
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">P10 %s</text><text x=\"%.1f\" y=\"%d\""
                    + " text-anchor=\"end\">P90 %s</text>", x10, t.size() * ROW + 32, mega(p.get().p10(), n), x90,
                    t.size() * ROW + 32, mega(p.get().p90(), n)));
        }
        double xc = x(central, min, span);
        for (int i = 0; i < t.size(); i++) {
            Sensitivity.Swing s = t.get(i);
            int y = i * ROW + 3;
            double lo = x(s.low(m).min(s.high(m)), min, span);
            double hi = x(s.low(m).max(s.high(m)), min, span);
            h.append("<g class=\"driver\"><title>").append(ReportHtml.esc(w.get("uncertainty.svg.driver",
                    s.input().id(), n.range(s.input().range()), n.plain(s.input().central()),
                    mega(s.low(m), n), mega(s.high(m), n)))).append("</title>");
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(ReportHtml.esc(label(s.input(), n)))
                    .append("</text>");
            if (xc > lo) {
                h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                        + " fill=\"#4575b4\"/>", lo, y, xc - lo, ROW - 6));
            }
            if (hi > xc) {
                h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                        + " fill=\"#d73027\"/>", xc, y, hi - xc, ROW - 6));
            }
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text></g>", hi + 4, y + 13,
                    mega(s.width(m), n)));
        }
        h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", xc, xc, t.size() * ROW + 5,
                xc, t.size() * ROW + 18, ReportHtml.esc(w.get("uncertainty.svg.central", mega(central, n)))));
        h.append("</svg>\n");
    }

    /** An input's label beside its bar: its id and range, shortened to fit. */
    private static String label(Sensitivity.Input in, ReportNumbers n) {
        String s = in.id() + " " + n.range(in.range());
        return s.length() <= 52 ? s : s.substring(0, 51) + "…";
    }

    private static double x(BigDecimal v, BigDecimal min, BigDecimal span) {
        return LABEL + v.subtract(min).multiply(BigDecimal.valueOf(BARS)).divide(span, MathContext.DECIMAL64)
                .doubleValue();
    }

    /** An amount in millions with one decimal, in the report's language: {@code 3.198,6} (es). */
    private static String mega(BigDecimal v, ReportNumbers n) {
        return n.decimal(millions(v), 1);
    }

    private static BigDecimal millions(BigDecimal v) {
        return v.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN);
    }
}
