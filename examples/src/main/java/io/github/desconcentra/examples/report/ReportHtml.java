package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no network) with national and per-zone
 * tables, bar charts of cost per sector and zone, a map of the circuits coloured by gap capex per inhabitant, the
 * plan's spending per year by sector, the share of the gap closed by each year (overall, per sector, per zone), the
 * sectors that get nothing and why, the recurrent cost committed, the biggest unfunded projects, and the list of
 * assumptions.
 */
final class ReportHtml {

    private ReportHtml() {
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String millions(Money m) {
        return String.format(Locale.ROOT, "%,.1f", m.amount().divide(BigDecimal.valueOf(1_000_000), 1,
                RoundingMode.HALF_EVEN));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Writes the page through one buffered writer; the drill-down figures are streamed as JSON. */
    static void write(Figures f, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            render(f, out);
        }
    }

    static void render(Figures f, Writer out) throws IOException {
        RunResult run = f.run;
        Territory t = run.territory();
        UnitCode nation = t.nation().code();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("<title>Desconcentra report: ").append(esc(run.territoryLabel())).append("</title>\n")
                .append("<script>window.__errors=0;window.addEventListener('error',function(){window.__errors++;"
                        + "document.documentElement.setAttribute('data-script-errors',String(window.__errors));});"
                        + "</script>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;"
                        + "text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}"
                        + ".note{background:#fff7e0;border:1px solid #e6c200;padding:.5em 1em}"
                        + "h2{margin-top:2em;border-bottom:1px solid #ddd}svg text{font-size:11px}"
                        + "#drill th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;"
                        + "cursor:pointer;color:#222}#drill th[aria-sort=ascending] button::after{content:' \\25B2'}"
                        + "#drill th[aria-sort=descending] button::after{content:' \\25BC'}"
                        + ".drill-link{font:inherit;background:none;border:0;padding:0;color:#0645ad;"
                        + "text-decoration:underline;cursor:pointer;text-align:left}#drill tbody tr:hover{"
                        + "background:#eef5fb}#drill tfoot th,#drill tfoot td{font-weight:bold;background:#f4f4f4}"
                        + "#drill td.state-not{color:#8a4b00}#drill td.state-partly{color:#5b4a00}"
                        + "#drill-controls label{margin-right:1em}.scroll{overflow-x:auto}#drill{font-size:.9em}"
                        + "#drill td:first-child,#drill tfoot th,#drill td[class^=state]{white-space:nowrap}"
                        + "#map{width:100%;height:auto;display:block;background:#dbe8f3}#map .map-layer path{"
                        + "stroke:#4d4d4d;stroke-width:.3;cursor:pointer;fill-rule:evenodd}#map .map-layer path:hover{"
                        + "stroke:#000;stroke-width:1.4}#map path.in-view{stroke:#000;stroke-width:.9}#map path.marked{"
                        + "stroke:#000;stroke-width:2}#map-provinces path{fill:none;stroke:#1a1a1a;stroke-width:.8;"
                        + "pointer-events:none}svg.chart{max-width:100%;height:auto;display:block}.chart .grid{stroke:#ddd}.chart .axis{stroke:#333}"
                        + ".chart .ceiling{stroke:#000;stroke-width:2;stroke-dasharray:5 3}#map .inset{fill:none;stroke:#555}#map-no-parish{fill:#ececec;stroke:#4d4d4d;stroke-width:.5;stroke-dasharray:2 2}#map .inset-label{font-size:12px;"
                        + "fill:#222}#map-figure{margin:1em 0}#map-legend ul{list-style:none;padding:0;margin:.3em 0;"
                        + "display:flex;flex-wrap:wrap;gap:.3em 1.2em}#map-legend p{margin:.3em 0;font-weight:bold}"
                        + ".swatch{display:inline-block;width:1.4em;height:1em;border:1px solid #444;margin-right:"
                        + ".4em;vertical-align:middle}.map-note{font-size:.85em;color:#444}#drill tr.marked{"
                        + "background:#fff3b0}"
                        + "@media (max-width:700px){body{margin:.6em}table{display:block;overflow-x:auto}}"
                        + "@media print{#drill-controls,#drill th button::after,#map-info{display:none}"
                        + "#map-figure{break-inside:avoid}}</style>\n")
                .append("</head><body data-script-errors=\"0\">\n");
        h.append("<h1>Desconcentra: services, deficits and costs</h1>\n<p>Territory: <b>")
                .append(esc(run.territoryLabel())).append("</b>, population of ").append(t.year())
                .append(". Prices: USD of ").append(run.costs().priceYear()).append(". Inventory: ")
                .append(esc(run.inventoryLabel())).append(" (records ").append(esc(run.inventory().accounting()))
                .append(").</p>\n");
        if (!run.inventory().rejected().isEmpty()) {
            h.append("<p class=\"note\">").append(run.inventory().rejected().size()).append(" invalid inventory"
                    + " records were left out (<code>--keep-going</code>); they are listed with their reasons in"
                    + " <code>rejected.csv</code>.</p>\n");
        }
        if (!run.sampleSectors().isEmpty()) {
            h.append("<p class=\"note\" id=\"sample-note\">The current supply of ")
                    .append(esc(String.join(", ", run.sampleSectors())))
                    .append(" is a <b>generated sample</b> (demo), not real establishments: every line it feeds has"
                            + " status <code>sample</code>, and its deficits and costs are illustrative.</p>\n");
        }
        inventory(h, f);
        national(h, f, nation);
        unknown(h, f);
        coverage(h, f);
        zones(h, f, t);
        out.append(h);
        h.setLength(0);
        drillDown(out, f);
        h.append("<h2>Cost of the gap by sector (USD million)</h2>\n");
        List<String[]> bars = new ArrayList<>();
        for (Sector s : Sector.values()) {
            bars.add(new String[] {s.id(), f.capex(nation, s.id()).amount().toPlainString()});
        }
        h.append(barChart(bars, "sector-bars"));
        h.append("<h2>Cost of the gap by zone (USD million)</h2>\n");
        List<String[]> zoneBars = new ArrayList<>();
        for (Zone z : t.zones()) {
            zoneBars.add(new String[] {z.code().value(), f.capex(z.code()).amount().toPlainString()});
        }
        h.append(barChart(zoneBars, "zone-bars"));
        plan(h, f);
        assumptions(h, run);
        h.append("<p>Generated by desconcentra ").append(esc(Version.get())).append(".</p>\n</body></html>\n");
        out.append(h);
    }

    /**
     * The map and the drill-down tables: shared controls, the map (when the territory has polygons) with its legend,
     * an empty table the script fills, the figures as JSON and the two scripts.
     */
    private static void drillDown(Writer out, Figures f) throws IOException {
        DrillDown drill = f.drillDown();
        boolean map = ReportMap.canDraw(f.run.territory());
        out.append("<section id=\"drill-down\"><h2>Map and drill-down: nation, zones, districts, circuits</h2>\n"
                + "<p>Per sector and measure. Click a shape of the map, a zone or a district to open its districts or"
                + " circuits, a column header to sort, the path to go back up. The map shows the level listed in the"
                + " table, coloured by the figure chosen; a parish split among several circuits (a city seat) is one"
                + " shape listing them all, coloured by their combined figure. <b>Required</b> counts every requirement"
                + " of the unit and the units in it; <b>usable</b>"
                + " is the supply known where it was assessed or partly assessed; <b>deficit</b> is known where the"
                + " supply was assessed; <b>upper bound</b> is the deficit where it was partly assessed (at most);"
                + " <b>supply unknown</b> is the requirement whose supply was not assessed (no deficit is known);"
                + " <b>compared above</b> is the requirement compared with supply at a coarser unit (its deficit"
                + " shows there). <b>Coverage</b> is the share of the requirement whose supply was assessed. Capex"
                + " and opex are the sector's cost of the assessed gap in USD million (opex a year).</p>\n"
                + "<div id=\"drill-controls\"><label>sector <select id=\"drill-sector\"></select></label> "
                + "<label>measure <select id=\"drill-measure\"></select></label> "
                + "<label>level <select id=\"drill-level\"><option value=\"zone\">zones</option>"
                + "<option value=\"district\">districts</option><option value=\"circuit\">circuits</option>"
                + "</select></label> ");
        if (map) {
            out.append("<label>map colour <select id=\"map-measure\"><option value=\"gap\">gap capex per person"
                    + "</option><option value=\"met\">share of the standard met</option><option value=\"coverage\">"
                    + "data coverage</option></select></label> ");
        }
        out.append("<label>filter <input id=\"drill-filter\" type=\"search\""
                + " placeholder=\"code or name\"></label></div>\n");
        if (map) {
            out.append("<figure id=\"map-figure\">");
            new ReportMap(f.run.territory(), drill.index).writeSvg(out);
            out.append("<figcaption><div id=\"map-legend\"></div><p id=\"map-info\">Point at a shape for its"
                    + " name and figure.</p><p class=\"map-note\">Shapes are parishes dissolved per unit (CONALI"
                    + " 2024 parish layer, simplified to about 450 m for the page); provinces outlined in black;"
                    + " Galápagos in the inset at half scale; pale grey with a dashed edge: land no parish polygon of the layer"
                    + " covers (in no unit). Colour classes: quarters of the percentage, or for the"
                    + " gap per person 0 and the quartiles of the other values.</p></figcaption></figure>\n");
        } else {
            out.append("<p class=\"note\" id=\"no-map\">The territory has no parish polygons: no map is"
                    + " drawn.</p>\n");
        }
        out.append("<p id=\"drill-path\"></p>\n<div class=\"scroll\"><table id=\"drill\"><thead><tr>");
        for (String[] c : DRILL_COLUMNS) {
            out.append("<th data-key=\"").append(c[0]).append("\" aria-sort=\"none\"><button type=\"button\">")
                    .append(c[1]).append("</button></th>");
        }
        out.append("</tr></thead><tbody></tbody><tfoot></tfoot></table></div>\n<p id=\"drill-count\"></p>"
                + "</section>\n"
                + "<script type=\"application/json\" id=\"drill-data\">");
        drill.writeJson(out);
        out.append("</script>\n<script>\n").append(DRILL_SCRIPT).append("</script>\n");
        if (map) {
            out.append("<script>\n").append(MAP_SCRIPT).append("</script>\n");
        }
    }

    private static final String[][] DRILL_COLUMNS = {{"unit", "unit"}, {"population", "population"},
        {"required", "required"}, {"usable", "usable"}, {"deficit", "deficit"}, {"upper", "upper bound"},
        {"unknown", "supply unknown"}, {"above", "compared above"}, {"coverage", "coverage"},
        {"status", "supply status"}, {"capex", "capex (USD M)"}, {"opex", "opex a year (USD M)"}};

    private static final String DRILL_SCRIPT = resource("drill-down.js");
    private static final String MAP_SCRIPT = resource("map.js");

    private static String resource(String name) {
        try (var in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ReportHtml.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The inventory sources and what each input file gave. */
    private static void inventory(StringBuilder h, Figures f) {
        h.append("<h2>Inventory</h2>\n<table id=\"inventory-files\"><tr><th>file</th><th>source</th><th>read</th>"
                + "<th>accepted</th><th>excluded</th><th>rejected</th></tr>\n");
        for (io.github.desconcentra.standards.Inventory.FileAccount a : f.run.inventory().files()) {
            h.append("<tr><td>").append(esc(a.file())).append("</td><td>").append(esc(a.source())).append("</td><td>")
                    .append(count(a.read())).append("</td><td>").append(count(a.accepted())).append("</td><td>")
                    .append(count(a.excluded())).append("</td><td>").append(count(a.rejected())).append("</td></tr>\n");
        }
        h.append("</table>\n<table id=\"inventory-sources\"><tr><th>source</th><th>publisher</th><th>vintage</th>"
                + "<th>status</th><th>covers</th></tr>\n");
        for (io.github.desconcentra.standards.InventorySource x : f.run.inventory().sources()) {
            List<String> covers = new ArrayList<>();
            x.coverage().forEach(c -> covers.add(c.sector().id() + (c.typologies().isEmpty() ? "" : " "
                    + String.join("/", c.typologies())) + " (" + String.join(", ", c.measures().stream()
                    .map(Measure::id).toList()) + ") over " + String.join(", ", c.over().stream()
                    .map(UnitCode::value).toList()) + (c.complete() ? "" : ", incomplete")));
            h.append("<tr><td>").append(esc(x.id())).append("</td><td>").append(esc(x.publisher()))
                    .append("</td><td>").append(esc(x.vintage())).append("</td><td>").append(x.status().id())
                    .append("</td><td>").append(esc(covers.isEmpty() ? "nothing declared" : String.join("; ", covers)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Partly assessed deficits (upper bounds) and the ideal network where supply is unknown, kept apart. */
    private static void unknown(StringBuilder h, Figures f) {
        h.append("<h2>Where the supply is not fully known</h2>\n<p>Unknown is not zero. Where the supply was only"
                + " partly assessed the deficit is an <b>upper bound</b>; where it was not assessed only the"
                + " requirement is known, and the cost of the <b>whole ideal network as if built new</b> is shown"
                + " for scale: it is not a deficit, and neither is costed above or planned.</p>\n");
        h.append("<table id=\"unknown-supply\"><tr><th>sector</th><th>upper-bound deficit: establishments</th>"
                + "<th>places</th><th>staff</th><th>required where unknown: establishments</th><th>places</th>"
                + "<th>staff</th><th>ideal network capex (USD M)</th><th>ideal network opex per year (USD M)</th>"
                + "</tr>\n");
        for (Sector s : Sector.values()) {
            Map<Measure, Long> u = f.upperBound.get(s);
            Map<Measure, Long> r = f.unknownRequired.get(s);
            h.append("<tr><td>").append(s.id()).append("</td><td>").append(count(u.get(Measure.ESTABLISHMENTS)))
                    .append("</td><td>").append(count(u.get(Measure.PLACES))).append("</td><td>")
                    .append(count(u.get(Measure.STAFF))).append("</td><td>")
                    .append(count(r.get(Measure.ESTABLISHMENTS))).append("</td><td>")
                    .append(count(r.get(Measure.PLACES))).append("</td><td>").append(count(r.get(Measure.STAFF)))
                    .append("</td><td>").append(millions(f.idealCapex(s.id()))).append("</td><td>")
                    .append(millions(f.idealOpex(s.id()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The data-coverage view: sector by zone and by district. */
    private static void coverage(StringBuilder h, Figures f) {
        h.append("<h2>Data coverage</h2>\n<p>A: supply assessed; P: partly assessed; N: not assessed (unknown);"
                + " hover a cell for its sources.</p>\n");
        for (var level : List.of(Map.entry("zone", f.zoneCoverage), Map.entry("district", f.districtCoverage))) {
            h.append("<table id=\"coverage-").append(level.getKey()).append("\"><tr><th>").append(level.getKey())
                    .append("</th>");
            for (Sector s : Sector.values()) {
                h.append("<th>").append(s.id()).append("</th>");
            }
            h.append("</tr>\n");
            level.getValue().forEach((unit, bySector) -> {
                h.append("<tr><td>").append(esc(unit.value())).append("</td>");
                for (Sector s : Sector.values()) {
                    var c = bySector.get(s);
                    h.append(c == null ? "<td>-</td>" : "<td title=\"" + esc(String.join("; ", c.sources())) + "\">"
                            + Figures.letter(c.assessment()) + "</td>");
                }
                h.append("</tr>\n");
            });
            h.append("</table>\n");
        }
    }

    private static void national(StringBuilder h, Figures f, UnitCode nation) {
        Territory t = f.run.territory();
        h.append("<h2>Nation</h2>\n<p id=\"national-summary\">").append(count(t.zones().size())).append(" zones, ")
                .append(count(t.districts().size())).append(" districts, ").append(count(t.circuits().size()))
                .append(" circuits, ").append(count(t.population(nation))).append(" people. Capex to close the gap"
                        + " where the supply was assessed: <b id=\"national-capex\">USD ").append(f.run.costs().nationalCapex().toPlainString())
                .append("</b>; opex: <b id=\"national-opex\">USD ").append(f.run.costs().nationalOpex().toPlainString())
                .append("</b> a year.</p>\n");
        h.append("<table id=\"national\"><tr><th>sector</th><th>establishments missing</th><th>places missing</th>"
                + "<th>staff missing</th><th>capex (USD M)</th><th>opex per year (USD M)</th></tr>\n");
        for (Sector s : Sector.values()) {
            Map<Measure, Long> d = f.nationalDeficit.get(s);
            h.append("<tr><td>").append(s.id()).append("</td><td>").append(count(d.get(Measure.ESTABLISHMENTS)))
                    .append("</td><td>").append(count(d.get(Measure.PLACES))).append("</td><td>")
                    .append(count(d.get(Measure.STAFF))).append("</td><td>").append(millions(f.capex(nation, s.id())))
                    .append("</td><td>").append(millions(f.opex(nation, s.id()))).append("</td></tr>\n");
        }
        h.append("<tr><th>total</th><td></td><td></td><td></td><th>").append(millions(f.capex(nation)))
                .append("</th><th>").append(millions(f.opex(nation))).append("</th></tr></table>\n");
        BigDecimal capex = f.run.costs().nationalCapex().amount();
        h.append("<p>Beside the published figures: ").append(PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS))
                .append("&times; the seed's USD 13,316 M for the six sectors (unverified), ")
                .append(PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT)).append("&times; the 2012 press figure of USD 39,699 M investment"
                        + " for 66 services, ").append(PublishedFigures.ratio(f.run.costs().nationalOpex().amount(),
                        PublishedFigures.PRESS_2012_RECURRENT))
                .append("&times; its USD 4,701 M a year. Parameters are not tuned to these figures.</p>\n");
    }

    private static void zones(StringBuilder h, Figures f, Territory t) {
        h.append("<h2>Zones</h2>\n<table id=\"zones\"><tr><th>zone</th><th>population</th><th>districts</th>"
                + "<th>circuits</th>");
        for (Sector s : Sector.values()) {
            h.append("<th>").append(s.id()).append(" (USD M)</th>");
        }
        h.append("<th>capex (USD M)</th><th>opex per year (USD M)</th><th>USD per person</th></tr>\n");
        for (Zone z : t.zones()) {
            h.append("<tr><td>").append(z.code()).append(' ').append(esc(z.name())).append("</td><td>")
                    .append(count(t.population(z.code()))).append("</td><td>").append(t.children(z.code()).size())
                    .append("</td><td>").append(t.children(z.code()).stream().mapToInt(d -> t.children(d).size()).sum())
                    .append("</td>");
            for (Sector s : Sector.values()) {
                h.append("<td>").append(millions(f.capex(z.code(), s.id()))).append("</td>");
            }
            h.append("<td>").append(millions(f.capex(z.code()))).append("</td><td>").append(millions(f.opex(z.code())))
                    .append("</td><td>").append(f.capexPerCapita(z.code()).setScale(0, RoundingMode.HALF_EVEN))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String barChart(List<String[]> bars, String id) {
        BigDecimal max = BigDecimal.ONE;
        for (String[] b : bars) {
            max = max.max(new BigDecimal(b[1]));
        }
        int width = 700;
        int row = 22;
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"").append(id).append("\" width=\"").append(width).append("\" height=\"")
                .append(bars.size() * row + 10).append("\" role=\"img\">");
        for (int i = 0; i < bars.size(); i++) {
            BigDecimal v = new BigDecimal(bars.get(i)[1]);
            int w = v.multiply(BigDecimal.valueOf(500)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
            int y = i * row + 5;
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(bars.get(i)[0])).append("</text>")
                    .append("<rect x=\"110\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
                    .append(row - 6).append("\" fill=\"").append(PlanCharts.SECTOR_COLOURS[i % PlanCharts.SECTOR_COLOURS.length])
                    .append("\"/><text x=\"").append(115 + w).append("\" y=\"").append(y + 14).append("\">")
                    .append(String.format(Locale.ROOT, "%,.0f", v.divide(BigDecimal.valueOf(1_000_000), 0,
                            RoundingMode.HALF_EVEN))).append("</text>");
        }
        return s.append("</svg>\n").toString();
    }

    private static void plan(StringBuilder h, Figures f) {
        Plan plan = f.run.plan();
        PlanOutcomes o = f.outcomes;
        Budget budget = plan.budget();
        h.append("<section id=\"plan\"><h2>Plan ").append(budget.firstYear()).append("&ndash;").append(budget.lastYear())
                .append("</h2>\n<p id=\"plan-summary\">").append(esc(plan.planner())).append(" planner; demand: ")
                .append(esc(SummaryText.demand(plan))).append(". ").append(count(plan.funded().size()))
                .append(" projects funded, ").append(count(plan.unfunded().size()))
                .append(" unfunded (see unfunded.csv for each reason). Capex funded: USD ")
                .append(millions(o.fundedCapex())).append(" M; recurrent cost committed: <b id=\"recurrent-committed\">USD ")
                .append(millions(o.recurrentCommitted())).append(" M a year</b> once all are open. People served by ")
                .append(budget.lastYear()).append(": <b id=\"people-served\">").append(count(o.peopleServed()))
                .append("</b> of ").append(count(o.peopleInGap())).append(" in the gap; spread across districts (Gini"
                        + " of the share closed): ").append(o.districtGini().toPlainString()).append(".</p>\n");
        if (plan.funded().isEmpty()) {
            h.append("<p class=\"note\" id=\"nothing-funded\">Nothing is funded: ").append(budget.isZero()
                    ? "the ceilings are USD 0." : "no project fits the ceilings.").append("</p>\n");
        }
        for (String n : plan.notes()) {
            h.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        }
        int priceYear = f.run.costs().priceYear();
        h.append("<h3>Spending per year by sector: capex paid and recurrent cost of what is open</h3>\n")
                .append(PlanCharts.spendBySector("plan-spend", f.spendBySector, budget.total(), priceYear));
        h.append("<h3>Recurrent cost committed per year</h3>\n<p>The salaries and maintenance of the funded"
                + " projects open each year (USD million a year); once every funded project is open: USD ")
                .append(millions(o.recurrentCommitted())).append(" M a year.</p>\n")
                .append(PlanCharts.perYear("plan-recurrent", plan.recurrentPerYear(), "recurrent cost", priceYear));
        Map<Integer, Money> capex = plan.capexPerYear();
        Map<Integer, Money> recurrent = plan.recurrentPerYear();
        h.append("<h3>Year by year</h3>\n<table id=\"coverage\"><tr><th>year</th><th>demand</th><th>ceiling (USD M)</th>"
                + "<th>capex (USD M)</th><th>recurrent (USD M)</th><th>share of the gap closed</th></tr>\n");
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            h.append("<tr><td>").append(y).append("</td><td>").append(esc(plan.demand().get(y))).append("</td><td>")
                    .append(millions(budget.total().get(y))).append("</td><td>").append(millions(capex.get(y)))
                    .append("</td><td>").append(millions(recurrent.get(y))).append("</td><td>")
                    .append(SummaryText.percent(o.closedByYear().get(y))).append(" %</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h3>Share of each sector's gap closed by each year</h3>\n").append(PlanCharts.closedBySector(
                "plan-closed", o.closedBySector(), java.util.stream.IntStream.rangeClosed(budget.firstYear(),
                budget.lastYear()).boxed().toList()));
        closedTable(h, "closed-by-sector", "sector", o.closedBySector(), budget);
        closedTable(h, "closed-by-zone", "zone", o.closedByZone(), budget);
        Map<String, String> nothing = o.sectorsWithNothing();
        h.append("<h3>Sectors the plan leaves unclosed</h3>\n");
        if (nothing.isEmpty()) {
            h.append("<p id=\"sectors-with-nothing\">Every sector with a gap has funded projects that close part of it by "
                    + budget.lastYear() + ".</p>\n");
        } else {
            h.append("<ul id=\"sectors-with-nothing\">");
            nothing.forEach((sector, r) -> h.append("<li><b>").append(esc(sector)).append("</b>: ").append(esc(r))
                    .append("</li>"));
            h.append("</ul>\n");
        }
        unfundedByReason(h, plan);
        h.append("<h3>Biggest unfunded projects</h3>\n<table id=\"biggest-unfunded\"><tr><th>project</th>"
                + "<th>capex (USD M)</th><th>recurrent (USD M a year)</th><th>people served</th>"
                + "<th style=\"text-align:left\">reason</th></tr>\n");
        for (PlanOutcomes.Item it : o.biggestUnfunded(10)) {
            h.append("<tr><td>").append(esc(it.id())).append("</td><td>").append(millions(it.capex())).append("</td><td>")
                    .append(millions(it.opexPerYear())).append("</td><td>").append(count(it.peopleServed()))
                    .append("</td><td style=\"text-align:left\">").append(esc(it.reason())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    /** The unfunded projects grouped by their reason: how many, their capex, recurrent cost and people served. */
    private static void unfundedByReason(StringBuilder h, Plan plan) {
        Map<String, List<Plan.Unfunded>> byReason = new java.util.TreeMap<>();
        for (Plan.Unfunded u : plan.unfunded()) {
            byReason.computeIfAbsent(u.reason(), k -> new ArrayList<>()).add(u);
        }
        h.append("<h3>Unfunded projects by reason</h3>\n");
        if (byReason.isEmpty()) {
            h.append("<p id=\"unfunded-by-reason\">Every project is funded.</p>\n");
            return;
        }
        List<Map.Entry<String, List<Plan.Unfunded>>> rows = new ArrayList<>(byReason.entrySet());
        rows.sort(java.util.Comparator.comparing((Map.Entry<String, List<Plan.Unfunded>> e) -> Money.total(Money.USD,
                e.getValue().stream().map(u -> u.project().capex()).toList()).amount()).reversed()
                .thenComparing(Map.Entry::getKey));
        h.append("<table id=\"unfunded-by-reason\"><tr><th>reason</th><th>projects</th><th>capex (USD M)</th>"
                + "<th>recurrent (USD M a year)</th><th>people served</th></tr>\n");
        for (Map.Entry<String, List<Plan.Unfunded>> e : rows) {
            List<Plan.Unfunded> us = e.getValue();
            h.append("<tr><td style=\"text-align:left\">").append(esc(e.getKey())).append("</td><td>")
                    .append(count(us.size())).append("</td><td>")
                    .append(millions(Money.total(Money.USD, us.stream().map(u -> u.project().capex()).toList())))
                    .append("</td><td>").append(millions(Money.total(Money.USD, us.stream()
                            .map(u -> u.project().opexPerYear()).toList()))).append("</td><td>")
                    .append(count(us.stream().mapToLong(u -> u.project().peopleServed()).sum()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void closedTable(StringBuilder h, String id, String what,
                                    Map<String, ? extends Map<Integer, BigDecimal>> rows, Budget budget) {
        h.append("<h3>Share of the gap closed by each year, by ").append(what).append("</h3>\n<table id=\"")
                .append(id).append("\"><tr><th>").append(what).append("</th>");
        for (int y = budget.firstYear(); y <= budget.lastYear(); y++) {
            h.append("<th>").append(y).append("</th>");
        }
        h.append("</tr>\n");
        rows.forEach((k, v) -> {
            h.append("<tr><td>").append(esc(k)).append("</td>");
            v.values().forEach(x -> h.append("<td>").append(SummaryText.percent(x)).append(" %</td>"));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    private static void assumptions(StringBuilder h, RunResult run) {
        List<ReportJson.Assumption> all = ReportJson.Assumption.all(run);
        h.append("<h2>Assumptions</h2>\n<p>Every standard, parameter, typology, substitution, minimum-set item,"
                + " figure of a unit cost, the price index, and every territorial and age estimate whose status is"
                + " not &ldquo;sourced&rdquo; (").append(all.size()).append("), with its range where it gives one."
                + " Replace them with a ministry's own figures.</p>\n<table id=\"assumptions\"><tr><th>kind</th><th>what</th><th>status</th>"
                + "<th>basis</th></tr>\n");
        for (ReportJson.Assumption a : all) {
            h.append("<tr><td>").append(esc(a.kind())).append("</td><td style=\"text-align:left\">").append(esc(a.id()))
                    .append("</td><td>").append(a.provenance().status().id()).append("</td><td style=\"text-align:left\">")
                    .append(esc(a.provenance().source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
