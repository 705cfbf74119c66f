package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no network) in the language of the run
 * (Spanish by default): national and per-zone tables, the map and the drill-down tables, bar charts of cost per sector
 * and zone, the plan (spend per year by sector, the recurrent cost committed and the share of the gap closed, each with
 * its axis and unit; the sectors left unclosed; the unfunded projects by reason and the biggest of them) and the list
 * of assumptions. Every label comes from the {@link Messages} bundle and every number is formatted for the language
 * ({@link ReportNumbers}); texts that come with the data (names, reasons and notes of the plan, sources, rule and
 * assumption ids) are shown as given. Built of sections, each a method writing its part.
 */
final class ReportHtml {
    private final Figures f;
    private final Messages m;
    private final ReportNumbers n;

    private ReportHtml(Figures f, Locale language) {
        this.f = f;
        this.m = Messages.of(language);
        this.n = m.numbers();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes the page through one buffered writer; the drill-down figures are streamed as JSON. */
    static void write(Figures f, Locale language, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            render(f, language, out);
        }
    }

    static void render(Figures f, Locale language, Writer out) throws IOException {
        new ReportHtml(f, language).render(out);
    }

    private String count(long value) {
        return n.count(value);
    }

    private String millions(Money money) {
        return n.millionsAmount(money);
    }

    private String sector(String id) {
        return m.sector(Sector.fromId(id));
    }

    private void render(Writer out) throws IOException {
        RunResult run = f.run;
        Territory t = run.territory();
        UnitCode nation = t.nation().code();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(m.language().getLanguage())
                .append("\"><head><meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("<title>").append(m.get("html.title", esc(run.territoryLabel()))).append("</title>\n")
                .append("<script>window.__errors=0;window.addEventListener('error',function(){window.__errors++;"
                        + "document.documentElement.setAttribute('data-script-errors',String(window.__errors));});"
                        + "</script>\n")
                .append(STYLE)
                .append("</head><body data-script-errors=\"0\">\n");
        h.append("<h1>").append(m.get("html.heading")).append("</h1>\n<p>").append(m.get("html.intro",
                esc(run.territoryLabel()), String.valueOf(t.year()), String.valueOf(run.costs().priceYear()),
                esc(run.inventoryLabel()), m.get("html.accounting", count(run.inventory().read()),
                        count(run.inventory().establishments().size()), count(run.inventory().excluded().size()),
                        count(run.inventory().rejected().size())))).append("</p>\n");
        if (!run.inventory().rejected().isEmpty()) {
            h.append("<p class=\"note\">").append(m.get("html.rejected", count(run.inventory().rejected().size())))
                    .append("</p>\n");
        }
        if (!run.sampleSectors().isEmpty()) {
            h.append("<p class=\"note\" id=\"sample-note\">").append(m.get("html.sample",
                    esc(String.join(", ", run.sampleSectors())))).append("</p>\n");
        }
        Parts parts = f.pageParts(m);
        h.append(parts.inventoryAndNation());
        UncertaintySection.html(h, f, m);
        h.append(parts.unknownCoverageAndZones());
        out.append(h);
        h.setLength(0);
        drillDown(out);
        h.append(parts.bars());
        plan(h);
        assumptions(h, run);
        h.append("<p>").append(m.get("html.generated", esc(Version.get()))).append("</p>\n</body></html>\n");
        out.append(h);
    }

    /**
     * The page's sections that need no plan, in one language: made once ({@link Figures#pageParts}), by the reports'
     * first stage when there is one.
     *
     * @param inventoryAndNation the inventory's files and sources, and the national figures
     * @param unknownCoverageAndZones where supply is unknown, the data coverage, and the zones
     * @param bars the capex bars by sector and by zone
     */
    record Parts(String inventoryAndNation, String unknownCoverageAndZones, String bars) {
    }

    /** The page's sections that need no plan, in a language. */
    static Parts parts(Figures f, Messages m) {
        return new ReportHtml(f, m.language()).parts();
    }

    private Parts parts() {
        Territory t = f.run.territory();
        UnitCode nation = t.nation().code();
        StringBuilder a = new StringBuilder(1 << 12);
        inventory(a);
        national(a, nation);
        StringBuilder b = new StringBuilder(1 << 16);
        unknown(b);
        coverage(b);
        zones(b, t);
        StringBuilder c = new StringBuilder(1 << 12);
        c.append("<h2>").append(m.get("html.bars.sector")).append("</h2>\n");
        List<String[]> bars = new ArrayList<>();
        for (Sector s : Sector.values()) {
            bars.add(new String[] {m.sector(s), f.capex(nation, s.id()).amount().toPlainString()});
        }
        c.append(barChart(bars, "sector-bars"));
        c.append("<h2>").append(m.get("html.bars.zone")).append("</h2>\n");
        List<String[]> zoneBars = new ArrayList<>();
        for (Zone z : t.zones()) {
            zoneBars.add(new String[] {z.code().value(), f.capex(z.code()).amount().toPlainString()});
        }
        c.append(barChart(zoneBars, "zone-bars"));
        return new Parts(a.toString(), b.toString(), c.toString());
    }

    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;"
            + "color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;"
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
            + "pointer-events:none}svg.chart{max-width:100%;height:auto;display:block}.chart .grid{stroke:#ddd}"
            + ".chart .axis{stroke:#333}.chart .ceiling{stroke:#000;stroke-width:2;stroke-dasharray:5 3}"
            + "#map .inset{fill:none;stroke:#555}#map-no-parish{fill:#ececec;stroke:#4d4d4d;stroke-width:.5;"
            + "stroke-dasharray:2 2}#map .inset-label{font-size:12px;fill:#222}#map-figure{margin:1em 0}"
            + "#map-legend ul{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}"
            + "#map-legend p{margin:.3em 0;font-weight:bold}.swatch{display:inline-block;width:1.4em;height:1em;"
            + "border:1px solid #444;margin-right:.4em;vertical-align:middle}.map-note{font-size:.85em;color:#444}"
            + "#drill tr.marked{background:#fff3b0}"
            + "@media (max-width:700px){body{margin:.6em}table{display:block;overflow-x:auto}}"
            + "@media print{#drill-controls,#drill th button::after,#map-info{display:none}"
            + "#map-figure{break-inside:avoid}}</style>\n";

    /**
     * The map and the drill-down tables: shared controls, the map (when the territory has polygons) with its legend,
     * an empty table the script fills, the figures and the page's texts as JSON, and the two scripts.
     */
    private void drillDown(Writer out) throws IOException {
        boolean map = ReportMap.canDraw(f.run.territory());
        out.append("<section id=\"drill-down\"><h2>").append(m.get("html.drill.heading")).append("</h2>\n<p>")
                .append(m.get("html.drill.text")).append("</p>\n<div id=\"drill-controls\"><label>")
                .append(m.get("html.drill.sector")).append(" <select id=\"drill-sector\"></select></label> <label>")
                .append(m.get("html.drill.measure")).append(" <select id=\"drill-measure\"></select></label> <label>")
                .append(m.get("html.drill.level")).append(" <select id=\"drill-level\"><option value=\"zone\">")
                .append(m.get("html.drill.zones")).append("</option><option value=\"district\">")
                .append(m.get("html.drill.districts")).append("</option><option value=\"circuit\">")
                .append(m.get("html.drill.circuits")).append("</option></select></label> ");
        if (map) {
            out.append("<label>").append(m.get("html.map.colour")).append(" <select id=\"map-measure\">"
                    + "<option value=\"gap\">").append(m.get("html.map.gap")).append("</option><option value=\"met\">")
                    .append(m.get("html.map.met")).append("</option><option value=\"coverage\">")
                    .append(m.get("html.map.coverage")).append("</option></select></label> ");
        }
        out.append("<label>").append(m.get("html.drill.filter")).append(" <input id=\"drill-filter\""
                + " type=\"search\" placeholder=\"").append(m.get("html.drill.placeholder"))
                .append("\"></label></div>\n");
        if (map) {
            out.append("<figure id=\"map-figure\">");
            out.append(f.mapSvg(m));
            out.append("<figcaption><div id=\"map-legend\"></div><p id=\"map-info\">").append(m.get("html.map.point"))
                    .append("</p><p class=\"map-note\">").append(m.get("html.map.note"))
                    .append("</p></figcaption></figure>\n");
        } else {
            out.append("<p class=\"note\" id=\"no-map\">").append(m.get("html.map.none")).append("</p>\n");
        }
        out.append("<p id=\"drill-path\"></p>\n<div class=\"scroll\"><table id=\"drill\"><thead><tr>");
        for (String c : DRILL_COLUMNS) {
            out.append("<th data-key=\"").append(c).append("\" aria-sort=\"none\"><button type=\"button\">")
                    .append(m.get("html.drill.col." + c)).append("</button></th>");
        }
        out.append("</tr></thead><tbody></tbody><tfoot></tfoot></table></div>\n<p id=\"drill-count\"></p>"
                + "</section>\n<script type=\"application/json\" id=\"page-text\">");
        pageText(out);
        out.append("</script>\n<script type=\"application/json\" id=\"drill-data\">");
        out.append(f.drillJson());
        out.append("</script>\n<script>\n").append(DRILL_SCRIPT).append("</script>\n");
        if (map) {
            out.append("<script>\n").append(MAP_SCRIPT).append("</script>\n");
        }
    }

    /**
     * The texts and number symbols the page's scripts use, as JSON safe inside a script element: the language, the
     * decimal and grouping separators, the percent suffix, the names of sectors (in {@link Sector} order), measures
     * and supply states, and every {@code js.*} pattern of the bundle.
     */
    private void pageText(Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        JsonGenerator g = new JsonFactory().createGenerator(buffer);
        g.writeStartObject();
        g.writeStringField("lang", m.language().getLanguage());
        String sample = n.decimal(new BigDecimal("1000.5"), 1);
        g.writeStringField("group", sample.substring(1, 2));
        g.writeStringField("decimal", sample.substring(5, 6));
        String percent = n.percent(BigDecimal.ONE, 0);
        g.writeStringField("percent", percent.substring(3));
        g.writeArrayFieldStart("sectors");
        for (Sector s : Sector.values()) {
            g.writeString(m.sector(s));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("measures");
        for (Measure x : Measure.values()) {
            g.writeStringField(x.id(), m.measure(x));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("states");
        for (Assessment a : Assessment.values()) {
            g.writeStringField(Figures.letter(a), m.assessment(a));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("text");
        for (String key : m.keys()) {
            if (key.startsWith("js.")) {
                g.writeStringField(key.substring(3), m.pattern(key));
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.append(buffer.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    }

    private static final List<String> DRILL_COLUMNS = List.of("unit", "population", "required", "usable", "deficit",
            "upper", "unknown", "above", "coverage", "status", "capex", "opex");

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

    private String th(String... keys) {
        StringBuilder s = new StringBuilder("<tr>");
        for (String k : keys) {
            s.append("<th>").append(m.get(k)).append("</th>");
        }
        return s.toString();
    }

    /** The inventory sources and what each input file gave. */
    private void inventory(StringBuilder h) {
        h.append("<h2>").append(m.get("html.inventory.heading")).append("</h2>\n<table id=\"inventory-files\">")
                .append(th("html.col.file", "html.col.source", "html.col.read", "html.col.accepted",
                        "html.col.excluded", "html.col.rejected")).append("</tr>\n");
        for (io.github.desconcentra.standards.Inventory.FileAccount a : f.run.inventory().files()) {
            h.append("<tr><td>").append(esc(a.file())).append("</td><td>").append(esc(a.source())).append("</td><td>")
                    .append(count(a.read())).append("</td><td>").append(count(a.accepted())).append("</td><td>")
                    .append(count(a.excluded())).append("</td><td>").append(count(a.rejected())).append("</td></tr>\n");
        }
        h.append("</table>\n<table id=\"inventory-sources\">").append(th("html.col.source", "html.col.publisher",
                "html.col.vintage", "html.col.status", "html.col.covers")).append("</tr>\n");
        for (io.github.desconcentra.standards.InventorySource x : f.run.inventory().sources()) {
            List<String> covers = new ArrayList<>();
            x.coverage().forEach(c -> covers.add(m.get("html.inventory.covers", m.sector(c.sector())
                    + (c.typologies().isEmpty() ? "" : " " + String.join("/", c.typologies())),
                    String.join(", ", c.measures().stream().map(m::measure).toList()),
                    String.join(", ", c.over().stream().map(UnitCode::value).toList()))
                    + (c.complete() ? "" : ", " + m.get("html.inventory.incomplete"))));
            h.append("<tr><td>").append(esc(x.id())).append("</td><td>").append(esc(x.publisher()))
                    .append("</td><td>").append(esc(x.vintage())).append("</td><td>").append(m.status(x.status()))
                    .append("</td><td>").append(esc(covers.isEmpty() ? m.get("html.inventory.nothing")
                            : String.join("; ", covers))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Partly assessed deficits (upper bounds) and the ideal network where supply is unknown, kept apart. */
    private void unknown(StringBuilder h) {
        h.append("<h2>").append(m.get("html.unknown.heading")).append("</h2>\n<p>").append(m.get("html.unknown.text"))
                .append("</p>\n<table id=\"unknown-supply\"><tr><th>").append(m.get("html.col.sector"))
                .append("</th><th>").append(m.get("html.unknown.upper", m.measure(Measure.ESTABLISHMENTS)))
                .append("</th><th>").append(m.measure(Measure.PLACES)).append("</th><th>")
                .append(m.measure(Measure.STAFF)).append("</th><th>")
                .append(m.get("html.unknown.required", m.measure(Measure.ESTABLISHMENTS))).append("</th><th>")
                .append(m.measure(Measure.PLACES)).append("</th><th>").append(m.measure(Measure.STAFF))
                .append("</th><th>").append(m.get("html.unknown.ideal_capex")).append("</th><th>")
                .append(m.get("html.unknown.ideal_opex")).append("</th></tr>\n");
        for (Sector s : Sector.values()) {
            Map<Measure, Long> u = f.upperBound.get(s);
            Map<Measure, Long> r = f.unknownRequired.get(s);
            h.append("<tr><td>").append(m.sector(s)).append("</td><td>").append(count(u.get(Measure.ESTABLISHMENTS)))
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
    private void coverage(StringBuilder h) {
        h.append("<h2>").append(m.get("html.coverage.heading")).append("</h2>\n<p>").append(m.get("html.coverage.text"))
                .append("</p>\n");
        for (var level : List.of(Map.entry("zone", f.zoneCoverage()), Map.entry("district", f.districtCoverage()))) {
            h.append("<table id=\"coverage-").append(level.getKey()).append("\"><tr><th>")
                    .append(m.get("html.col." + level.getKey())).append("</th>");
            for (Sector s : Sector.values()) {
                h.append("<th>").append(m.sector(s)).append("</th>");
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

    private void national(StringBuilder h, UnitCode nation) {
        Territory t = f.run.territory();
        h.append("<h2>").append(m.get("html.nation.heading")).append("</h2>\n<p id=\"national-summary\">")
                .append(m.get("html.nation.summary", count(t.zones().size()), count(t.districts().size()),
                        count(t.circuits().size()), count(t.population(nation)),
                        n.money(f.run.costs().nationalCapex()), n.money(f.run.costs().nationalOpex())))
                .append("</p>\n<table id=\"national\"><tr><th>").append(m.get("html.col.sector")).append("</th>");
        for (Measure x : Measure.values()) {
            h.append("<th>").append(m.get("html.nation.missing", m.measure(x))).append("</th>");
        }
        h.append("<th>").append(m.get("html.col.capex_m")).append("</th><th>").append(m.get("html.col.opex_m"))
                .append("</th></tr>\n");
        for (Sector s : Sector.values()) {
            Map<Measure, Long> d = f.nationalDeficit.get(s);
            h.append("<tr><td>").append(m.sector(s)).append("</td>");
            for (Measure x : Measure.values()) {
                h.append("<td>").append(count(d.get(x))).append("</td>");
            }
            h.append("<td>").append(millions(f.capex(nation, s.id()))).append("</td><td>")
                    .append(millions(f.opex(nation, s.id()))).append("</td></tr>\n");
        }
        h.append("<tr><th>").append(m.get("html.col.total")).append("</th>")
                .append("<td></td>".repeat(Measure.values().length)).append("<th>").append(millions(f.capex(nation)))
                .append("</th><th>").append(millions(f.opex(nation))).append("</th></tr></table>\n");
        BigDecimal capex = f.run.costs().nationalCapex().amount();
        h.append("<p>").append(m.get("html.nation.published",
                ratio(PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS)),
                ratio(PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT)),
                ratio(PublishedFigures.ratio(f.run.costs().nationalOpex().amount(),
                        PublishedFigures.PRESS_2012_RECURRENT)))).append("</p>\n");
    }

    /** A ratio as published by {@link PublishedFigures} (plain decimals), in the page's decimal separator. */
    private String ratio(Object plain) {
        String s = String.valueOf(plain);
        return s.matches("-?[0-9]+(\\.[0-9]+)?") ? n.decimal(new BigDecimal(s), new BigDecimal(s).scale()) : s;
    }

    private void zones(StringBuilder h, Territory t) {
        h.append("<h2>").append(m.get("html.zones.heading")).append("</h2>\n<table id=\"zones\">")
                .append(th("html.col.zone", "html.col.population", "html.col.districts", "html.col.circuits"));
        for (Sector s : Sector.values()) {
            h.append("<th>").append(m.get("html.col.sector_m", m.sector(s))).append("</th>");
        }
        h.append("<th>").append(m.get("html.col.capex_m")).append("</th><th>").append(m.get("html.col.opex_m"))
                .append("</th><th>").append(m.get("html.col.per_person")).append("</th></tr>\n");
        for (Zone z : t.zones()) {
            h.append("<tr><td>").append(z.code()).append(' ').append(esc(z.name())).append("</td><td>")
                    .append(count(t.population(z.code()))).append("</td><td>").append(count(t.children(z.code()).size()))
                    .append("</td><td>").append(count(t.children(z.code()).stream()
                            .mapToInt(d -> t.children(d).size()).sum())).append("</td>");
            for (Sector s : Sector.values()) {
                h.append("<td>").append(millions(f.capex(z.code(), s.id()))).append("</td>");
            }
            h.append("<td>").append(millions(f.capex(z.code()))).append("</td><td>").append(millions(f.opex(z.code())))
                    .append("</td><td>").append(n.decimal(f.capexPerCapita(z.code()), 0)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private String barChart(List<String[]> bars, String id) {
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
                    .append(row - 6).append("\" fill=\"")
                    .append(PlanCharts.SECTOR_COLOURS[i % PlanCharts.SECTOR_COLOURS.length])
                    .append("\"/><text x=\"").append(115 + w).append("\" y=\"").append(y + 14).append("\">")
                    .append(n.decimal(v.divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.HALF_EVEN), 0))
                    .append("</text>");
        }
        return s.append("</svg>\n").toString();
    }

    private void plan(StringBuilder h) {
        Plan plan = f.run.plan();
        PlanOutcomes o = f.outcomes();
        Budget budget = plan.budget();
        h.append("<section id=\"plan\"><h2>").append(m.get("html.plan.heading", String.valueOf(budget.firstYear()),
                String.valueOf(budget.lastYear()))).append("</h2>\n<p id=\"plan-summary\">")
                .append(m.get("html.plan.summary", esc(plan.planner()), esc(SummaryText.demand(plan)),
                        count(plan.funded().size()), count(plan.unfunded().size()), n.millions(o.fundedCapex()),
                        n.millions(o.recurrentCommitted()), String.valueOf(budget.lastYear()),
                        count(o.peopleServed()), count(o.peopleInGap()),
                        n.decimal(o.districtGini(), o.districtGini().scale()))).append("</p>\n");
        if (plan.funded().isEmpty()) {
            h.append("<p class=\"note\" id=\"nothing-funded\">").append(m.get(budget.isZero()
                    ? "html.plan.nothing_zero" : "html.plan.nothing_fits")).append("</p>\n");
        }
        for (String note : plan.notes()) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        int priceYear = f.run.costs().priceYear();
        List<Integer> years = java.util.stream.IntStream.rangeClosed(budget.firstYear(), budget.lastYear()).boxed()
                .toList();
        PlanCharts charts = new PlanCharts(m);
        h.append("<h3>").append(m.get("html.plan.spend")).append("</h3>\n")
                .append(charts.spendBySector("plan-spend", f.spendBySector(), budget.total(), priceYear));
        h.append("<h3>").append(m.get("html.plan.recurrent")).append("</h3>\n<p>")
                .append(m.get("html.plan.recurrent_text", n.millions(o.recurrentCommitted()))).append("</p>\n")
                .append(charts.perYear("plan-recurrent", f.recurrentPerYear(), m.get("html.chart.recurrent"),
                        priceYear));
        Map<Integer, Money> capex = f.capexPerYear();
        Map<Integer, Money> recurrent = f.recurrentPerYear();
        h.append("<h3>").append(m.get("html.plan.years")).append("</h3>\n<table id=\"coverage\">")
                .append(th("html.plan.col.year", "html.plan.col.demand", "html.plan.col.ceiling",
                        "html.plan.col.capex", "html.plan.col.recurrent", "html.plan.col.closed")).append("</tr>\n");
        for (int y : years) {
            h.append("<tr><td>").append(y).append("</td><td>").append(esc(plan.demand().get(y))).append("</td><td>")
                    .append(millions(budget.total().get(y))).append("</td><td>").append(millions(capex.get(y)))
                    .append("</td><td>").append(millions(recurrent.get(y))).append("</td><td>")
                    .append(n.percent(o.closedByYear().get(y), 1)).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h3>").append(m.get("html.plan.closed_chart")).append("</h3>\n")
                .append(charts.closedBySector("plan-closed", o.closedBySector(), years));
        closedTable(h, "closed-by-sector", "sector", o.closedBySector(), years);
        closedTable(h, "closed-by-zone", "zone", o.closedByZone(), years);
        Map<String, String> nothing = o.sectorsWithNothing();
        h.append("<h3>").append(m.get("html.plan.unclosed")).append("</h3>\n");
        if (nothing.isEmpty()) {
            h.append("<p id=\"sectors-with-nothing\">").append(m.get("html.plan.all_closed",
                    String.valueOf(budget.lastYear()))).append("</p>\n");
        } else {
            h.append("<ul id=\"sectors-with-nothing\">");
            nothing.forEach((s, r) -> h.append("<li><b>").append(esc(sector(s))).append("</b>: ").append(esc(r))
                    .append("</li>"));
            h.append("</ul>\n");
        }
        unfundedByReason(h, plan);
        h.append("<h3>").append(m.get("html.plan.biggest")).append("</h3>\n<table id=\"biggest-unfunded\">")
                .append(th("html.plan.col.project", "html.plan.col.capex", "html.plan.col.recurrent_year",
                        "html.plan.col.people")).append("<th style=\"text-align:left\">")
                .append(m.get("html.plan.col.reason")).append("</th></tr>\n");
        for (PlanOutcomes.Item it : o.biggestUnfunded(10)) {
            h.append("<tr><td>").append(esc(it.id())).append("</td><td>").append(millions(it.capex())).append("</td><td>")
                    .append(millions(it.opexPerYear())).append("</td><td>").append(count(it.peopleServed()))
                    .append("</td><td style=\"text-align:left\">").append(esc(it.reason())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    /** The unfunded projects grouped by their reason: how many, their capex, recurrent cost and people served. */
    private void unfundedByReason(StringBuilder h, Plan plan) {
        Map<String, List<Plan.Unfunded>> byReason = new java.util.TreeMap<>();
        for (Plan.Unfunded u : plan.unfunded()) {
            byReason.computeIfAbsent(u.reason(), k -> new ArrayList<>()).add(u);
        }
        h.append("<h3>").append(m.get("html.plan.by_reason")).append("</h3>\n");
        if (byReason.isEmpty()) {
            h.append("<p id=\"unfunded-by-reason\">").append(m.get("html.plan.all_funded")).append("</p>\n");
            return;
        }
        List<Map.Entry<String, List<Plan.Unfunded>>> rows = new ArrayList<>(byReason.entrySet());
        rows.sort(java.util.Comparator.comparing((Map.Entry<String, List<Plan.Unfunded>> e) -> Money.total(Money.USD,
                e.getValue().stream().map(u -> u.project().capex()).toList()).amount()).reversed()
                .thenComparing(Map.Entry::getKey));
        h.append("<table id=\"unfunded-by-reason\">").append(th("html.plan.col.reason", "html.plan.col.projects",
                "html.plan.col.capex", "html.plan.col.recurrent_year", "html.plan.col.people")).append("</tr>\n");
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

    private void closedTable(StringBuilder h, String id, String what,
                             Map<String, ? extends Map<Integer, BigDecimal>> rows, List<Integer> years) {
        String label = m.get("html.col." + what);
        h.append("<h3>").append(m.get("html.plan.closed_by", label)).append("</h3>\n<table id=\"").append(id)
                .append("\"><tr><th>").append(label).append("</th>");
        for (int y : years) {
            h.append("<th>").append(y).append("</th>");
        }
        h.append("</tr>\n");
        rows.forEach((k, v) -> {
            h.append("<tr><td>").append(esc(what.equals("sector") ? sector(k) : k)).append("</td>");
            v.values().forEach(x -> h.append("<td>").append(n.percent(x, 1)).append("</td>"));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    private void assumptions(StringBuilder h, RunResult run) {
        List<ReportJson.Assumption> all = ReportJson.Assumption.all(run);
        h.append("<h2>").append(m.get("html.assumptions.heading")).append("</h2>\n<p>")
                .append(m.get("html.assumptions.text", count(all.size()))).append("</p>\n<table id=\"assumptions\">")
                .append(th("html.assumptions.col.kind", "html.assumptions.col.what", "html.col.status",
                        "html.assumptions.col.basis")).append(UncertaintySection.assumptionHeaders(m))
                .append("</tr>\n");
        for (ReportJson.Assumption a : all) {
            h.append("<tr><td>").append(esc(a.kind())).append("</td><td style=\"text-align:left\">").append(esc(a.id()))
                    .append("</td><td>").append(m.status(a.provenance().status()))
                    .append("</td><td style=\"text-align:left\">").append(esc(a.provenance().source()))
                    .append("</td>");
            UncertaintySection.cells(h, a, f, m);
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }
}
