package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** The extra header cells of the assumptions table. */
    static final String ASSUMPTION_HEADERS = "<th>range (low-high)</th><th>capex swing (USD M)</th>"
            + "<th>opex swing (USD M a year)</th>";

    private UncertaintySection() {
    }

    /** {@code unit costs}, {@code standards' parameters} or both. */
    private static String what(Uncertainty u) {
        return switch (u.varied()) {
            case "costs" -> "unit-cost figures and the price index's change";
            case "parameters" -> "standards' parameters";
            default -> "unit-cost figures, the price index's change and standards' parameters";
        };
    }

    /** What the run left out of the swings and draws, and how to include it; empty when it left nothing out. */
    private static String leftOut(Uncertainty u) {
        return switch (u.varied()) {
            case "costs" -> "Standards' parameters are ranged but not varied here: each of their swings and draws"
                    + " re-evaluates a sector (run --uncertainty-vary all, or sensitivity --vary all).";
            case "parameters" -> "Unit-cost figures and the price index are ranged but not varied here (run"
                    + " --uncertainty-vary all).";
            default -> "";
        };
    }

    private static String method(Uncertainty u) {
        return String.format(Locale.ROOT, "%d ranged %s, each swung to its low and its high with the others central"
                + "%s", u.swings().swings().size(), what(u), u.draws() == 0 ? "; no draws (--uncertainty 0)"
                : String.format(Locale.ROOT, "; %d draws of all of them together, independent, %s, seed %d",
                u.draws(), u.distribution().id(), u.seed()));
    }

    static void summary(StringBuilder b, Figures f) {
        Uncertainty u = f.run.uncertainty();
        if (!u.isComputed()) {
            b.append(String.format(Locale.ROOT, "How sure: not computed (%s).%n", u.notComputed()));
            return;
        }
        b.append(String.format(Locale.ROOT, "How sure: %s; USD of %d.%n", method(u), f.run.costs().priceYear()));
        for (String m : HEADLINE) {
            Optional<Sensitivity.Percentiles> p = u.interval(m);
            if (p.isPresent()) {
                b.append("  ").append(Uncertainty.headline(m, p.get(), u.central(m)))
                        .append(m.equals("opex") ? " a year" : "").append(System.lineSeparator());
            }
        }
        for (String m : HEADLINE) {
            u.explanation(m).ifPresent(x -> b.append("  ").append(x).append(System.lineSeparator()));
        }
        for (String m : HEADLINE) {
            List<Sensitivity.Swing> tornado = u.tornado(m);
            if (tornado.isEmpty()) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  Widest drivers of %s (USD M%s, at the input's low and high; all in"
                    + " report.json):%n", m, m.equals("opex") ? " a year" : ""));
            for (int i = 0; i < Math.min(SUMMARY_DRIVERS, tornado.size()); i++) {
                Sensitivity.Swing s = tornado.get(i);
                b.append(String.format(Locale.ROOT, "  %3d  %-44s %,12.1f %,12.1f  swing %,10.1f%n", i + 1,
                        s.input().id() + " " + s.input().range().span(), millions(s.low(m)), millions(s.high(m)),
                        millions(s.width(m))));
            }
        }
        if (!leftOut(u).isEmpty()) {
            b.append("  ").append(leftOut(u)).append(System.lineSeparator());
        }
    }

    static void json(ObjectNode o, Figures f) {
        Uncertainty u = f.run.uncertainty();
        o.put("computed", u.isComputed());
        if (!u.isComputed()) {
            o.put("reason", u.notComputed());
            return;
        }
        o.put("varied", u.varied()).put("inputs", u.swings().swings().size()).put("draws", u.draws())
                .put("seed", u.seed()).put("distribution", u.distribution().id()).put("draw", "independent")
                .put("percentiles", "nearest rank").put("priceYear", f.run.costs().priceYear()).put("currency", "USD");
        if (!leftOut(u).isEmpty()) {
            o.put("notVaried", leftOut(u));
        }
        ObjectNode interval = o.putObject("interval");
        u.interval().forEach((m, p) -> interval.putObject(m).put("p10", p.p10()).put("p50", p.p50())
                .put("p90", p.p90()).put("min", p.min()).put("max", p.max()).put("central", u.central(m)));
        ObjectNode headline = o.putObject("headline");
        ObjectNode explanation = o.putObject("explanation");
        for (String m : HEADLINE) {
            u.interval(m).ifPresent(p -> headline.put(m, Uncertainty.headline(m, p, u.central(m))));
            u.explanation(m).ifPresent(x -> explanation.put(m, x));
        }
        ObjectNode tornado = o.putObject("tornado");
        for (String m : u.swings().central().keySet()) {
            List<Sensitivity.Swing> t = u.tornado(m);
            ArrayNode a = tornado.putArray(m);
            for (int i = 0; i < (HEADLINE.contains(m) ? t.size() : Math.min(JSON_DRIVERS, t.size())); i++) {
                Sensitivity.Swing s = t.get(i);
                Sensitivity.Input in = s.input();
                a.addObject().put("rank", i + 1).put("input", in.id()).put("kind", in.kind().id())
                        .put("sector", in.sector()).put("status", in.provenance().status().id())
                        .put("low", in.range().low()).put("central", in.central()).put("high", in.range().high())
                        .put("rangeSource", in.range().source()).put("atLow", s.low(m)).put("atHigh", s.high(m))
                        .put("swing", s.width(m));
            }
        }
    }

    /** The range and swing of an assumption in report.json, or why it has no swing. */
    static void json(ObjectNode o, ReportJson.Assumption a, Figures f) {
        if (a.range() == null) {
            o.putNull("range");
        } else {
            o.putObject("range").put("low", a.range().low()).put("high", a.range().high())
                    .put("source", a.range().source());
        }
        Optional<Sensitivity.Swing> s = swing(a, f);
        if (s.isPresent()) {
            ObjectNode w = o.putObject("swing");
            for (String m : HEADLINE) {
                w.putObject(m).put("atLow", s.get().low(m)).put("atHigh", s.get().high(m))
                        .put("width", s.get().width(m));
            }
        } else {
            o.putNull("swing").put("noSwing", noSwing(a, f));
        }
    }

    /** The range and swing cells of an assumption's row in report.html. */
    static void cells(StringBuilder h, ReportJson.Assumption a, Figures f) {
        h.append("<td>").append(a.range() == null ? "none" : ReportHtml.esc(a.range().span())).append("</td>");
        Optional<Sensitivity.Swing> s = swing(a, f);
        if (s.isPresent()) {
            for (String m : HEADLINE) {
                h.append("<td>").append(String.format(Locale.ROOT, "%,.1f", millions(s.get().width(m))))
                        .append("</td>");
            }
        } else {
            h.append("<td colspan=\"2\" style=\"text-align:left\">").append(ReportHtml.esc(noSwing(a, f)))
                    .append("</td>");
        }
    }

    private static Optional<Sensitivity.Swing> swing(ReportJson.Assumption a, Figures f) {
        return a.input() == null ? Optional.empty() : f.run.uncertainty().swingOf(a.input());
    }

    /** Why an assumption has no swing in this run. */
    static String noSwing(ReportJson.Assumption a, Figures f) {
        Uncertainty u = f.run.uncertainty();
        if (a.range() == null) {
            return a.input() == null ? "no range: not varied (docs/COSTING.md says which estimates stay unranged"
                    + " and why)" : "no range given in its file";
        }
        if (a.range().low().compareTo(a.range().high()) == 0) {
            return "its range is a single value";
        }
        if (a.input() != null && a.input().endsWith("/" + UnitCost.Item.BUILD_YEARS.id())) {
            return "moves a plan's calendar, not a total";
        }
        if (!u.isComputed()) {
            return "not swung: " + u.notComputed();
        }
        boolean parameter = a.input() != null && a.input().startsWith(Uncertainty.PARAMETER);
        if (parameter && u.varied().equals("costs") || !parameter && u.varied().equals("parameters")) {
            return "not swung in this run (--uncertainty-vary " + u.varied() + ")";
        }
        return "not swung: its sector was not evaluated";
    }

    static void html(StringBuilder h, Figures f) {
        Uncertainty u = f.run.uncertainty();
        h.append("<section id=\"uncertainty\"><h2>How sure: the interval and its drivers</h2>\n");
        if (!u.isComputed()) {
            h.append("<p id=\"uncertainty-headline\">Not computed: ").append(ReportHtml.esc(u.notComputed()))
                    .append(".</p></section>\n");
            return;
        }
        h.append("<p>").append(ReportHtml.esc(method(u))).append("; USD of ").append(f.run.costs().priceYear())
                .append(". The ranges are in the assumptions below and in <code>report.json</code>.</p>\n");
        h.append("<ul id=\"uncertainty-headline\">");
        for (String m : HEADLINE) {
            u.interval(m).ifPresent(p -> h.append("<li><b>").append(ReportHtml.esc(Uncertainty.headline(m, p,
                    u.central(m)))).append(m.equals("opex") ? " a year" : "").append("</b></li>"));
        }
        h.append("</ul>\n");
        for (String m : HEADLINE) {
            u.explanation(m).ifPresent(x -> h.append("<p class=\"note\" id=\"uncertainty-why-").append(m)
                    .append("\">").append(ReportHtml.esc(x)).append("</p>\n"));
        }
        if (!leftOut(u).isEmpty()) {
            h.append("<p>").append(ReportHtml.esc(leftOut(u))).append("</p>\n");
        }
        h.append("<p>In the tornadoes below each bar runs from the total with the input at its low to the total with"
                + " it at its high: blue below the central figure, red above it, the swing (USD M) at its end"
                + (u.draws() > 0 ? "; the grey band is the P10-P90 interval of the draws" : "") + ".</p>\n");
        for (String m : HEADLINE) {
            List<Sensitivity.Swing> t = u.tornado(m);
            if (!t.isEmpty()) {
                h.append("<h3>Widest drivers of ").append(m).append(" (USD M").append(m.equals("opex") ? " a year"
                        : "").append("): each input at its low and its high, the others central</h3>\n");
                tornado(h, m, t.subList(0, Math.min(TORNADO_BARS, t.size())), u);
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
    private static void tornado(StringBuilder h, String m, List<Sensitivity.Swing> t, Uncertainty u) {
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
                    + " height=\"%d\" fill=\"#f0f0f0\"><title>P10-P90: %s-%s M</title></rect>", x10,
                    Math.max(0.5, x90 - x10), t.size() * ROW + 5, mega(p.get().p10()), mega(p.get().p90())));
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">P10 %s</text><text x=\"%.1f\" y=\"%d\""
                    + " text-anchor=\"end\">P90 %s</text>", x10, t.size() * ROW + 32, mega(p.get().p10()), x90,
                    t.size() * ROW + 32, mega(p.get().p90())));
        }
        double xc = x(central, min, span);
        for (int i = 0; i < t.size(); i++) {
            Sensitivity.Swing s = t.get(i);
            int y = i * ROW + 3;
            double lo = x(s.low(m).min(s.high(m)), min, span);
            double hi = x(s.low(m).max(s.high(m)), min, span);
            h.append("<g class=\"driver\"><title>").append(ReportHtml.esc(s.input().id() + " " + s.input().range()
                    .span() + " (central " + Uncertainty.plain(s.input().central()) + "): " + mega(s.low(m))
                    + " M at low, " + mega(s.high(m)) + " M at high")).append("</title>");
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(ReportHtml.esc(label(s.input())))
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
                    mega(s.width(m))));
        }
        h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">central %s</text>", xc, xc, t.size() * ROW + 5,
                xc, t.size() * ROW + 18, mega(central)));
        h.append("</svg>\n");
    }

    /** An input's label beside its bar: its id and range, shortened to fit. */
    private static String label(Sensitivity.Input in) {
        String s = in.id() + " " + in.range().span();
        return s.length() <= 52 ? s : s.substring(0, 51) + "…";
    }

    private static double x(BigDecimal v, BigDecimal min, BigDecimal span) {
        return LABEL + v.subtract(min).multiply(BigDecimal.valueOf(BARS)).divide(span, MathContext.DECIMAL64)
                .doubleValue();
    }

    private static String mega(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.1f", millions(v));
    }

    private static BigDecimal millions(BigDecimal v) {
        return v.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN);
    }
}
