package io.github.desconcentra.examples.report;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.MapArea;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;

/**
 * The map of {@code report.html}: one SVG with a layer per planning level (zones, districts, circuits) drawn from the
 * parish polygons of the territory, and the provinces outlined above them. Each shape is a {@link MapArea.Members} of
 * {@link Boundaries#members(Level)}: the parishes a unit holds alone, dissolved, or one parish split among several units
 * (a city seat), drawn once and listing them all. The script of the page colours the shapes from the drill-down
 * figures; a click on a shape opens its unit in the drill-down table.
 *
 * <p>The paths come from the {@link MapDrawing} (made by the build for the embedded territory): the parish polygons
 * simplified as one coverage (JTS {@link CoverageSimplifier}, shared borders simplified once so neighbours still meet)
 * at {@link MapDrawing#TOLERANCE_DEGREES}, then dissolved per area; coordinates are
 * projected (plate carrée: Ecuador straddles the equator, so degrees of longitude and latitude are nearly the same
 * length) to tenths of a pixel and written as relative path commands. Galápagos is drawn in an inset at the left, at
 * half the mainland's scale. Land inside the country that no parish polygon covers (a hole of the layer, such as an
 * area whose limits are not settled) is drawn apart, so it is not mistaken for the sea or for a unit without a
 * figure. The output depends only on the territory: same input, same bytes.
 */
final class ReportMap {
    /** The levels drawn, finest last. */
    static final List<Level> LEVELS = List.of(Level.ZONE, Level.DISTRICT, Level.CIRCUIT);

    private final Territory territory;
    private final Map<UnitCode, Integer> index;
    private final MapDrawing drawing;

    /**
     * @param territory a territory with boundaries
     * @param index the position of each unit in the drill-down figures, which the shapes name
     * @param fingerprint {@link MapDrawing#fingerprint(Territory)} of the territory
     */
    ReportMap(Territory territory, Map<UnitCode, Integer> index, String fingerprint) {
        this.territory = territory;
        this.index = index;
        this.drawing = MapDrawing.of(territory, fingerprint);
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
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("<svg id=\"map\" viewBox=\"0 0 ").append(px(drawing.width())).append(' ')
                .append(px(drawing.height()))
                .append("\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">")
                .append(m.get("html.map.title")).append("</title>\n<defs><pattern id=\"unknown-hatch\" width=\"6\""
                        + " height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect"
                        + " width=\"6\" height=\"6\" fill=\"#e0e0e0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\""
                        + " stroke=\"#8c8c8c\" stroke-width=\"2\"/></pattern></defs>\n");
        if (drawing.insetHeight() > 0) {
            out.append("<rect class=\"inset\" x=\"").append(px(MapDrawing.MARGIN / 2)).append("\" y=\"")
                    .append(px(drawing.insetTop())).append("\" width=\"")
                    .append(px(MapDrawing.INSET_WIDTH + MapDrawing.MARGIN)).append("\" height=\"")
                    .append(px(drawing.insetHeight())).append("\"/><text class=\"inset-label\" x=\"")
                    .append(px(MapDrawing.MARGIN)).append("\" y=\"").append(px(drawing.insetTop() + 16)).append("\">")
                    .append(m.get("html.map.inset")).append("</text>\n");
        }
        if (!drawing.noParish().isEmpty()) {
            out.append("<path id=\"map-no-parish\" d=\"").append(drawing.noParish()).append("\"><title>")
                    .append(m.get("html.map.no_parish")).append("</title></path>\n");
        }
        Boundaries b = territory.boundaries().orElseThrow();
        for (int l = 0; l < LEVELS.size(); l++) {
            String id = LEVELS.get(l).name().toLowerCase(java.util.Locale.ROOT);
            out.append("<g id=\"map-").append(id).append("\" class=\"map-layer\" data-level=\"").append(id)
                    .append("\">\n");
            List<MapArea.Members> areas = b.members(LEVELS.get(l));
            List<String> paths = drawing.layers().get(l);
            for (int i = 0; i < areas.size(); i++) {
                shape(out, areas.get(i), paths.get(i), m);
            }
            out.append("</g>\n");
        }
        out.append("<g id=\"map-provinces\">");
        for (int i = 0; i < drawing.provinces().size(); i++) {
            out.append("<path data-province=\"").append(drawing.provinceCodes().get(i)).append("\" d=\"")
                    .append(drawing.provinces().get(i)).append("\"/>");
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private void shape(StringBuilder out, MapArea.Members a, String d, Messages m) {
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
        out.append(" d=\"").append(d).append("\"><title>").append(ReportHtml.esc(title))
                .append("</title></path>\n");
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
}
