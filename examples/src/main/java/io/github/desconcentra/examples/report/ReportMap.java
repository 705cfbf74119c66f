package io.github.desconcentra.examples.report;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.MapArea;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The map of {@code report.html}: one SVG with a layer per planning level (zones, districts, circuits) drawn from the
 * parish polygons of the territory, and the provinces outlined above them. Each shape is a {@link MapArea.Members} of
 * {@link Boundaries#members(Level)}: the parishes a unit holds alone, dissolved, or one parish split among several units
 * (a city seat), drawn once and listing them all. The script of the page colours the shapes from the drill-down
 * figures; a click on a shape opens its unit in the drill-down table.
 *
 * <p>For the page the parish polygons are simplified as one coverage (JTS {@link CoverageSimplifier}, shared borders
 * simplified once so neighbours still meet) at {@link #TOLERANCE_DEGREES}, then dissolved per area; coordinates are
 * projected (plate carrée: Ecuador straddles the equator, so degrees of longitude and latitude are nearly the same
 * length) to tenths of a pixel and written as relative path commands. Galápagos is drawn in an inset at the left, at
 * half the mainland's scale. Land inside the country that no parish polygon covers (a hole of the layer, such as an
 * area whose limits are not settled) is drawn apart, so it is not mistaken for the sea or for a unit without a
 * figure. The output depends only on the territory: same input, same bytes.
 */
final class ReportMap {
    /** The simplification of the page's polygons: 0.004° is about 450 m, half a pixel at the mainland's scale. */
    static final double TOLERANCE_DEGREES = 0.004;
    /** A hole of the parish layer larger than this (about 0.1 km²) is drawn as land in no parish. */
    private static final double MIN_HOLE_SQUARE_DEGREES = 1e-5;
    /** Longitudes west of this are the Galápagos islands, drawn in the inset. */
    private static final double INSET_WEST_OF = -85;
    private static final double MAINLAND_WIDTH = 720;
    private static final double INSET_WIDTH = 200;
    private static final double MARGIN = 10;
    /** The levels drawn, finest last. */
    static final List<Level> LEVELS = List.of(Level.ZONE, Level.DISTRICT, Level.CIRCUIT);

    private final Territory territory;
    private final Map<UnitCode, Integer> index;
    private final SortedMap<ParishCode, Geometry> simplified = new TreeMap<>();
    private final Projection mainland;
    private final Projection inset;
    private final double width;
    private final double height;
    private final double insetTop;
    private final double insetHeight;

    /**
     * @param territory a territory with boundaries
     * @param index the position of each unit in the drill-down figures, which the shapes name
     */
    ReportMap(Territory territory, Map<UnitCode, Integer> index) {
        this.territory = territory;
        this.index = index;
        Boundaries b = territory.boundaries().orElseThrow();
        List<ParishCode> codes = new ArrayList<>(b.polygons().polygons().keySet());
        Geometry[] input = codes.stream().map(c -> b.polygons().polygons().get(c)).toArray(Geometry[]::new);
        Geometry[] output = CoverageSimplifier.simplify(input, TOLERANCE_DEGREES);
        Envelope main = new Envelope();
        Envelope islands = new Envelope();
        for (int i = 0; i < codes.size(); i++) {
            // A parish the simplifier would erase (an islet smaller than the tolerance) keeps its own polygon.
            Geometry g = output[i] == null || output[i].isEmpty() ? input[i] : output[i];
            simplified.put(codes.get(i), g);
            Envelope e = g.getEnvelopeInternal();
            (e.getMaxX() < INSET_WEST_OF ? islands : main).expandToInclude(e);
        }
        double scale = MAINLAND_WIDTH / main.getWidth();
        double insetScale = scale / 2;
        double left = islands.isNull() ? MARGIN : MARGIN + INSET_WIDTH + MARGIN;
        mainland = new Projection(main.getMinX(), main.getMaxY(), scale, left, MARGIN);
        width = left + MAINLAND_WIDTH + MARGIN;
        height = MARGIN + main.getHeight() * scale + MARGIN;
        if (islands.isNull()) {
            inset = mainland;
            insetTop = 0;
            insetHeight = 0;
        } else {
            double x = MARGIN + (INSET_WIDTH - islands.getWidth() * insetScale) / 2;
            insetTop = MARGIN;
            insetHeight = islands.getHeight() * insetScale + 2 * MARGIN + 14;
            inset = new Projection(islands.getMinX(), islands.getMaxY(), insetScale, x, insetTop + MARGIN + 14);
        }
    }

    /** True when the territory has parish polygons to draw. */
    static boolean canDraw(Territory t) {
        return t.boundaries().isPresent();
    }

    /**
     * The SVG element: the inset's frame, land in no parish, one group per level (shapes) and the province outlines,
     * with titles in the language of the messages.
     */
    String svg(Messages m) {
        StringWriter out = new StringWriter(1 << 20);
        try {
            writeSvg(out, m);
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer failed", e);
        }
        return out.toString();
    }

    private void writeSvg(Writer out, Messages m) throws IOException {
        out.append("<svg id=\"map\" viewBox=\"0 0 ").append(px(width)).append(' ').append(px(height))
                .append("\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">")
                .append(m.get("html.map.title")).append("</title>\n<defs><pattern id=\"unknown-hatch\" width=\"6\""
                        + " height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect"
                        + " width=\"6\" height=\"6\" fill=\"#e0e0e0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\""
                        + " stroke=\"#8c8c8c\" stroke-width=\"2\"/></pattern></defs>\n");
        if (insetHeight > 0) {
            out.append("<rect class=\"inset\" x=\"").append(px(MARGIN / 2)).append("\" y=\"").append(px(insetTop))
                    .append("\" width=\"").append(px(INSET_WIDTH + MARGIN)).append("\" height=\"")
                    .append(px(insetHeight)).append("\"/><text class=\"inset-label\" x=\"").append(px(MARGIN))
                    .append("\" y=\"").append(px(insetTop + 16)).append("\">").append(m.get("html.map.inset"))
                    .append("</text>\n");
        }
        // The union of every parish, not of the province outlines: its holes' rings would then start elsewhere.
        Geometry nation = OverlayNGRobust.union(simplified.values(), simplified.values().iterator().next()
                .getFactory());
        StringBuilder holes = new StringBuilder();
        for (int i = 0; i < nation.getNumGeometries(); i++) {
            Polygon p = (Polygon) nation.getGeometryN(i);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (p.getFactory().createPolygon(p.getInteriorRingN(h)).getArea() > MIN_HOLE_SQUARE_DEGREES) {
                    ring(holes, p.getInteriorRingN(h));
                }
            }
        }
        if (!holes.isEmpty()) {
            out.append("<path id=\"map-no-parish\" d=\"").append(holes).append("\"><title>")
                    .append(m.get("html.map.no_parish")).append("</title></path>\n");
        }
        for (Level level : LEVELS) {
            String id = level.name().toLowerCase(java.util.Locale.ROOT);
            out.append("<g id=\"map-").append(id).append("\" class=\"map-layer\" data-level=\"").append(id)
                    .append("\">\n");
            for (MapArea.Members a : territory.boundaries().orElseThrow().members(level)) {
                shape(out, a, m);
            }
            out.append("</g>\n");
        }
        out.append("<g id=\"map-provinces\">");
        for (Map.Entry<UnitCode, Geometry> p : provinces().entrySet()) {
            out.append("<path data-province=\"").append(p.getKey().value()).append("\" d=\"").append(path(p.getValue()))
                    .append("\"/>");
        }
        out.append("</g>\n</svg>\n");
    }

    private void shape(Writer out, MapArea.Members a, Messages m) throws IOException {
        List<Geometry> parts = new ArrayList<>();
        for (ParishCode p : a.parishes()) {
            parts.add(simplified.get(p));
        }
        Geometry g = parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts, parts.get(0).getFactory());
        StringBuilder units = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (UnitCode u : a.units()) {
            units.append(units.length() == 0 ? "" : ",").append(index.get(u));
            names.append(names.length() == 0 ? "" : "\n").append(u.value()).append(' ')
                    .append(territory.unit(u).name());
        }
        out.append("<path data-units=\"").append(units).append("\" data-parishes=\"")
                .append(String.join(" ", a.parishes().stream().map(ParishCode::value).toList())).append('"');
        String title;
        if (a.isShared()) {
            ParishCode p = a.parishes().get(0);
            out.append(" class=\"shared\"");
            title = m.get("html.map.split", p.value(), territory.parish(p).name(), m.numbers().count(a.units().size()),
                    m.get("html.drill." + a.units().get(0).level().name().toLowerCase(java.util.Locale.ROOT) + "s"))
                    + "\n" + names;
        } else {
            title = names.toString();
        }
        out.append(" d=\"").append(path(g)).append("\"><title>").append(ReportHtml.esc(title))
                .append("</title></path>\n");
    }

    /** The outline of each province, the union of its simplified parish polygons, keyed by province in code order. */
    private Map<UnitCode, Geometry> provinces() {
        Map<UnitCode, List<Geometry>> by = new TreeMap<>();
        for (Map.Entry<ParishCode, Geometry> e : simplified.entrySet()) {
            UnitCode province = territory.ancestors(e.getKey()).stream()
                    .filter(u -> u.level() == Level.PROVINCE).findFirst().orElseThrow();
            by.computeIfAbsent(province, k -> new ArrayList<>()).add(e.getValue());
        }
        Map<UnitCode, Geometry> outlines = new LinkedHashMap<>();
        by.forEach((province, parts) -> outlines.put(province, OverlayNGRobust.union(parts, parts.get(0)
                .getFactory())));
        return outlines;
    }

    /** An SVG path of every ring of a polygonal geometry, relative moves in tenths of a pixel. */
    private String path(Geometry g) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                ring(d, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(d, p.getInteriorRingN(h));
                }
            }
        }
        return d.toString();
    }

    private void ring(StringBuilder d, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        if (cs.length < 4) {
            return;
        }
        Projection p = cs[0].x < INSET_WEST_OF ? inset : mainland;
        long[] first = p.tenths(cs[0]);
        long x = first[0];
        long y = first[1];
        d.append('M').append(tenths(x)).append(' ').append(tenths(y)).append('l');
        int drawn = 0;
        for (int i = 1; i < cs.length - 1; i++) {
            long[] next = p.tenths(cs[i]);
            if (next[0] == x && next[1] == y) {
                continue;
            }
            long dx = next[0] - x;
            long dy = next[1] - y;
            if (drawn > 0 && dx >= 0) {
                d.append(' ');
            }
            d.append(tenths(dx));
            if (dy >= 0) {
                d.append(' ');
            }
            d.append(tenths(dy));
            x = next[0];
            y = next[1];
            drawn++;
        }
        if (drawn == 0) {
            d.append("0 0");
        }
        d.append('z');
    }

    /** Tenths of a pixel as the shortest decimal: 12 is "1.2", -3 is "-.3", 40 is "4". */
    static String tenths(long t) {
        long a = Math.abs(t);
        String s = a % 10 == 0 ? Long.toString(a / 10) : (a < 10 ? "" : Long.toString(a / 10)) + "." + a % 10;
        return t < 0 ? "-" + s : s;
    }

    private static String px(double v) {
        return tenths(Math.round(v * 10));
    }

    /** Longitude and latitude to pixels: x to the east, y down from the northern edge. */
    private record Projection(double west, double north, double scale, double left, double top) {
        long[] tenths(Coordinate c) {
            return new long[] {Math.round(((c.x - west) * scale + left) * 10),
                Math.round(((north - c.y) * scale + top) * 10)};
        }
    }
}
