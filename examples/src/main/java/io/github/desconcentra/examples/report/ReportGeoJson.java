package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes {@code deficits.geojson}: one feature per circuit whose geometry is its outline (the union of the parish
 * polygons of every parish it holds, a (multi)polygon in WGS84 longitude/latitude, 5 decimals; null when none of its
 * parishes has a polygon), with {@code outline_exact} (false where it holds only part of a parish: the whole parish is
 * in its outline), {@code shares_parishes_with} (the circuits splitting such a parish with it) and the
 * population-weighted centre of its parishes as {@code centre_lon}/{@code centre_lat}; and for each sector how far
 * its supply is known there ({@code <sector>_supply}: assessed, partly_assessed,
 * not_assessed, or null where nothing is required), the establishment deficit compared at the circuit where it was
 * assessed (null otherwise: compared at a coarser unit, or unknown), the gap capex per inhabitant of the lines
 * compared at the circuit, and the two other figures the page's map colours, for establishments: the share of the
 * standard met ({@code <sector>_share_met}, where supply was assessed at the circuit or below, else null) and the data
 * coverage ({@code <sector>_coverage}, the share of the requirement whose supply was assessed, null where nothing is
 * required); and on every feature the inventory sources and whether any is the generated sample.
 */
final class ReportGeoJson {
    /** Each sector's property names, by the sector's ordinal: made once, not per circuit. */
    private static final String[] SUPPLY = names("_supply");
    private static final String[] DEFICIT_ESTABLISHMENTS = names("_deficit_establishments");
    private static final String[] CAPEX_PER_CAPITA = names("_capex_per_capita");
    private static final String[] SHARE_MET = names("_share_met");
    private static final String[] COVERAGE = names("_coverage");

    private ReportGeoJson() {
    }

    /** The population-weighted centroid of a circuit's parishes, or null when none has a point. */
    static Coordinates centroid(Territory t, UnitCode circuit) {
        double lat = 0;
        double lon = 0;
        double w = 0;
        for (CircuitPart p : t.partsOf((io.github.desconcentra.territory.CircuitCode) circuit)) {
            Coordinates c = t.parish(p.parish()).centroid();
            if (c != null) {
                double weight = p.population() + 1.0;
                lat += weight * c.lat();
                lon += weight * c.lon();
                w += weight;
            }
        }
        return w == 0 ? null : new Coordinates(lat / w, lon / w);
    }

    /** Writes the collection feature by feature through a generator on a buffered stream: no tree, no whole string. */
    static void write(Figures f, Path file) throws IOException {
        write(f, f.run.territory().boundaries().isPresent() ? f.circuitOutlines() : null, file);
    }

    /**
     * Writes the collection with the circuits' outlines given (null for a territory without boundaries).
     */
    static void write(Figures f, CircuitOutlines outlines, Path file) throws IOException {
        Territory t = f.run.territory();
        Map<String, Long> establishmentDeficit = new HashMap<>();
        Map<String, io.github.desconcentra.standards.Assessment> supply = new HashMap<>();
        for (DeficitLine l : f.run.evaluation().lines()) {
            if (l.level() != io.github.desconcentra.territory.Level.CIRCUIT) {
                continue;
            }
            String key = l.code().value() + "|" + l.sector().id();
            if (l.scope() == DeficitLine.Scope.STANDARD || l.scope() == DeficitLine.Scope.REQUIREMENT) {
                supply.merge(key, l.assessment(), io.github.desconcentra.standards.Assessment::and);
            }
            if (l.scope() == DeficitLine.Scope.STANDARD && l.measure() == Measure.ESTABLISHMENTS
                    && l.assessment() == io.github.desconcentra.standards.Assessment.ASSESSED) {
                establishmentDeficit.merge(key, l.deficit(), Long::sum);
            }
        }
        String sources = String.join("; ", f.sources());
        boolean sample = f.run.inventory().hasSample();
        DrillDown drill = f.drillDown();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeStringField("inventory_sources", sources);
                g.writeBooleanField("inventory_sample", sample);
                g.writeArrayFieldStart("features");
                for (Circuit c : t.circuits()) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    Outline outline = outlines == null ? null : outlines.outline(c.code());
                    g.writeFieldName("geometry");
                    if (outline == null || outline.geometry().isEmpty()) {
                        g.writeNull();
                    } else {
                        geometry(g, outline.geometry());
                    }
                    g.writeObjectFieldStart("properties");
                    properties(g, f, c, outline, drill, supply, establishmentDeficit, sources, sample);
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    private static void properties(JsonGenerator g, Figures f, Circuit c, Outline outline, DrillDown drill,
                                   Map<String, io.github.desconcentra.standards.Assessment> supply,
                                   Map<String, Long> establishmentDeficit, String sources, boolean sample)
            throws IOException {
        Territory t = f.run.territory();
        Coordinates at = f.centroids().get(c.code());
        g.writeStringField("code", c.code().value());
        g.writeStringField("name", c.name());
        g.writeStringField("district", c.district().value());
        g.writeStringField("zone", t.district(c.district()).zone().value());
        g.writeNumberField("population", t.population(c.code()));
        g.writeBooleanField("estimated", c.isEstimated());
        if (outline == null) {
            g.writeNullField("outline_exact");
        } else {
            g.writeBooleanField("outline_exact", outline.exact());
        }
        g.writeArrayFieldStart("shares_parishes_with");
        if (outline != null) {
            for (UnitCode u : outline.sharedWith()) {
                g.writeString(u.value());
            }
        }
        g.writeEndArray();
        if (at == null) {
            g.writeNullField("centre_lon");
            g.writeNullField("centre_lat");
        } else {
            g.writeNumberField("centre_lon", round(at.lon()));
            g.writeNumberField("centre_lat", round(at.lat()));
        }
        g.writeNumberField("gap_capex_per_capita", f.capexPerCapita(c.code()));
        g.writeStringField("inventory_sources", sources);
        g.writeBooleanField("inventory_sample", sample);
        long pop = t.population(c.code());
        Sector[] sectors = Sector.values();
        for (int i = 0; i < sectors.length; i++) {
            String s = sectors[i].id();
            String key = c.code().value() + "|" + s;
            io.github.desconcentra.standards.Assessment a = supply.get(key);
            if (a == null) {
                g.writeNullField(SUPPLY[i]);
            } else {
                g.writeStringField(SUPPLY[i], a.id());
            }
            Long d = establishmentDeficit.get(key);
            if (d == null) {
                g.writeNullField(DEFICIT_ESTABLISHMENTS[i]);
            } else {
                g.writeNumberField(DEFICIT_ESTABLISHMENTS[i], d.longValue());
            }
            g.writeNumberField(CAPEX_PER_CAPITA[i], pop == 0 ? BigDecimal.ZERO.setScale(2)
                    : f.capex(c.code(), s).amount().divide(BigDecimal.valueOf(pop), 2, RoundingMode.HALF_EVEN));
            DrillDown.Figure x = drill.figure(c.code(), sectors[i], Measure.ESTABLISHMENTS);
            share(g, SHARE_MET[i], x == null ? 0 : x.counts[DrillDown.COMPARED_ASSESSED] - x.counts[DrillDown.DEFICIT],
                    x == null ? 0 : x.counts[DrillDown.COMPARED_ASSESSED]);
            share(g, COVERAGE[i], x == null ? 0 : x.counts[DrillDown.REQUIRED_ASSESSED],
                    x == null ? 0 : x.counts[DrillDown.REQUIRED]);
        }
    }

    private static String[] names(String suffix) {
        return java.util.Arrays.stream(Sector.values()).map(x -> x.id() + suffix).toArray(String[]::new);
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN);
    }

    /** A share of 4 decimals, or null when the whole is 0 (unknown or nothing required). */
    private static void share(JsonGenerator g, String name, long part, long whole) throws IOException {
        if (whole == 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                    RoundingMode.HALF_EVEN));
        }
    }

    /** A GeoJSON Polygon or MultiPolygon of a polygonal geometry, coordinates to 5 decimals (about 1 m). */
    private static void geometry(JsonGenerator g, Geometry geometry) throws IOException {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        g.writeStartObject();
        if (polygons.size() == 1) {
            g.writeStringField("type", "Polygon");
            g.writeArrayFieldStart("coordinates");
            rings(g, polygons.get(0));
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (Polygon p : polygons) {
                g.writeStartArray();
                rings(g, p);
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code BigDecimal.valueOf(d).setScale(5, RoundingMode.HALF_EVEN).toString()}, the text deficits.geojson has
     * always written for a coordinate, rounded on the digits of {@link Double#toString(double)} (which is what
     * {@code BigDecimal.valueOf} reads) without making two decimals per coordinate; a value printed with an exponent
     * (below 10<sup>-3</sup> or from 10<sup>7</sup> in magnitude) goes through the decimal itself.
     */
    static String fiveDecimals(double d) {
        if (d == 0) {
            return "0.00000";
        }
        String s = Double.toString(d);
        int dot = s.indexOf('.');
        if (dot < 0 || s.indexOf('E') >= 0 || !Double.isFinite(d)) {
            return BigDecimal.valueOf(d).setScale(5, RoundingMode.HALF_EVEN).toString();
        }
        int decimals = s.length() - dot - 1;
        if (decimals <= 5) {
            return s + "00000".substring(decimals);
        }
        char[] kept = s.substring(0, dot + 6).toCharArray();
        if (roundsUp(s, dot + 6, kept[kept.length - 1])) {
            int i = kept.length - 1;
            while (i >= 0 && (kept[i] == '9' || kept[i] == '.')) {
                if (kept[i] == '9') {
                    kept[i] = '0';
                }
                i--;
            }
            if (i < 0 || kept[i] == '-') {
                // Every digit was a 9: one more digit in front, after the sign.
                int at = i + 1;
                char[] longer = new char[kept.length + 1];
                System.arraycopy(kept, 0, longer, 0, at);
                longer[at] = '1';
                System.arraycopy(kept, at, longer, at + 1, kept.length - at);
                return new String(longer);
            }
            kept[i]++;
        }
        return new String(kept);
    }

    /** Whether the digits from {@code from} on round the kept ones up, half to even on the last kept digit. */
    private static boolean roundsUp(String s, int from, char last) {
        char first = s.charAt(from);
        if (first != '5') {
            return first > '5';
        }
        for (int i = from + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return true;
            }
        }
        return (last - '0') % 2 == 1;
    }

    private static void rings(JsonGenerator g, Polygon p) throws IOException {
        ring(g, p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(g, p.getInteriorRingN(h));
        }
    }

    private static void ring(JsonGenerator g, LineString ring) throws IOException {
        g.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            g.writeStartArray();
            g.writeNumber(fiveDecimals(c.x));
            g.writeNumber(fiveDecimals(c.y));
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
