package io.github.desconcentra.territory.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.JsonFields;
import io.github.desconcentra.territory.internal.JsonLimits;
import io.github.desconcentra.territory.internal.Preconditions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads and writes parish polygons as a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude): one feature
 * per parish with the property {@code parish_code} (other properties are ignored) and a {@code Polygon} or
 * {@code MultiPolygon} geometry. The collection may carry a foreign member {@code provenance}
 * ({@code {"source": …, "status": …}}); without it the layer is described as read from the file.
 *
 * <p>Reading collects every problem, each located by JSON pointer: a missing or unknown-shaped parish code, a
 * duplicate parish, a geometry that is not polygonal, a position that is not two finite numbers within range, a ring
 * with fewer than four positions or not closed, and a polygon that JTS finds invalid (self-intersection, ring
 * crossing…) with the coordinate where it is. Writing sorts features by parish code and prints one feature per line,
 * so the same polygons always give the same bytes.
 */
public final class BoundariesGeoJson {
    /** The geometry factory of parish polygons: floating precision, SRID 4326 (WGS84). */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private static final ObjectMapper MAPPER = JsonLimits.mapper().rebuild()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private BoundariesGeoJson() {
    }

    /**
     * Reads a GeoJSON FeatureCollection of parish polygons.
     *
     * @param name the file name used in messages
     * @param in the document; closed by this method
     * @throws InputException with every problem found
     */
    public static ParishPolygons read(String name, InputStream in) {
        return read(name, in, null);
    }

    private static ParishPolygons read(String name, InputStream in, Map<ParishCode, String> repaired) {
        JsonNode root = JsonLimits.readTree(MAPPER, name, in);
        List<Problem> problems = new ArrayList<>();
        ParishPolygons polygons = read(new JsonFields(name, problems), root, "", name, repaired);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return polygons;
    }

    /**
     * Reads a FeatureCollection of parish polygons like {@link #read(String, InputStream)}, but repairs the polygons
     * JTS finds invalid with {@link GeometryFixer} (which keeps every area the rings enclose, splitting a bow-tie into
     * two polygons) instead of rejecting them; for curated layers whose simplification crossed a ring over itself.
     *
     * @param repaired receives, per repaired parish, what was wrong
     * @throws InputException with every other problem found
     */
    public static ParishPolygons readRepairing(String name, InputStream in, Map<ParishCode, String> repaired) {
        return read(name, in, Preconditions.requireNonNull(repaired, "map of repairs"));
    }

    /**
     * Reads a FeatureCollection found inside a larger document, reporting problems through {@code f}.
     *
     * @param f where problems go
     * @param root the FeatureCollection node
     * @param pointer the JSON pointer of {@code root} in its document ({@code ""} for a whole document)
     * @param name the document name, for the default provenance
     * @return the polygons read (those without problems)
     */
    public static ParishPolygons read(JsonFields f, JsonNode root, String pointer, String name) {
        return read(f, root, pointer, name, null);
    }

    private static ParishPolygons read(JsonFields f, JsonNode root, String pointer, String name,
                                       Map<ParishCode, String> repaired) {
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            f.problem(pointer.isEmpty() ? "/" : pointer, root == null ? "" : root.path("type").asText(),
                    "must be a GeoJSON FeatureCollection");
            return ParishPolygons.NONE;
        }
        Provenance provenance = Provenance.sourced("parish polygons read from " + name);
        JsonNode pv = root.get("provenance");
        if (pv != null && !pv.isNull()) {
            String at = pointer + "/provenance";
            if (f.isObject(pv, at)) {
                String src = f.text(pv, at, "source", s -> s);
                Provenance.Status st = f.text(pv, at, "status", Provenance.Status::fromId);
                if (src != null && st != null) {
                    try {
                        provenance = new Provenance(src, st);
                    } catch (IllegalArgumentException e) {
                        f.problem(at + "/source", src, e.getMessage());
                    }
                }
            }
        }
        Map<ParishCode, Geometry> polygons = new TreeMap<>();
        Map<ParishCode, String> firstAt = new HashMap<>();
        JsonNode features = f.array(root, pointer, "features", true);
        for (int i = 0; i < features.size(); i++) {
            String at = pointer + "/features/" + i;
            JsonNode feature = features.get(i);
            if (!f.isObject(feature, at)) {
                continue;
            }
            JsonNode props = feature.get("properties");
            ParishCode code = null;
            if (props == null || !props.isObject()) {
                f.problem(at + "/properties", props == null ? "" : props.toString(), "must be an object with"
                        + " parish_code");
            } else {
                code = f.text(props, at + "/properties", "parish_code", ParishCode::of);
            }
            Geometry g = geometry(f, feature.get("geometry"), at + "/geometry");
            if (code == null || g == null) {
                continue;
            }
            TopologyValidationError error = new IsValidOp(g).getValidationError();
            if (error != null) {
                Coordinate c = error.getCoordinate();
                String where = c == null ? "" : " at lon " + degrees(c.x) + ", lat " + degrees(c.y);
                if (repaired == null) {
                    f.problem(at + "/geometry", c == null ? "" : degrees(c.x) + "," + degrees(c.y),
                            "is not a valid polygon: " + error.getMessage() + where);
                    continue;
                }
                g = GeometryFixer.fix(g);
                repaired.put(code, error.getMessage() + where);
            }
            String prev = firstAt.putIfAbsent(code, at);
            if (prev != null) {
                f.problem(at + "/properties/parish_code", code.value(), "duplicate polygon for parish " + code
                        + " (first at " + prev + ")");
                continue;
            }
            polygons.put(code, g);
        }
        return ParishPolygons.of(polygons, provenance);
    }

    private static Geometry geometry(JsonFields f, JsonNode g, String at) {
        if (g == null || !g.isObject()) {
            f.problem(at, g == null ? "" : g.toString(), "must be a Polygon or MultiPolygon geometry");
            return null;
        }
        String type = g.path("type").asText();
        JsonNode coords = g.get("coordinates");
        if (coords == null || !coords.isArray()) {
            f.problem(at + "/coordinates", coords == null ? "" : coords.getNodeType().toString(),
                    "must be an array");
            return null;
        }
        Geometry result;
        if ("Polygon".equals(type)) {
            result = polygon(f, coords, at + "/coordinates");
        } else if ("MultiPolygon".equals(type)) {
            Polygon[] parts = new Polygon[coords.size()];
            boolean ok = coords.size() > 0;
            if (!ok) {
                f.problem(at + "/coordinates", "[]", "a MultiPolygon needs at least one polygon");
            }
            for (int i = 0; i < coords.size(); i++) {
                parts[i] = polygon(f, coords.get(i), at + "/coordinates/" + i);
                ok &= parts[i] != null;
            }
            result = ok ? FACTORY.createMultiPolygon(parts) : null;
        } else {
            f.problem(at + "/type", type, "must be Polygon or MultiPolygon (parish boundaries are areas)");
            return null;
        }
        return result;
    }

    private static Polygon polygon(JsonFields f, JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            f.problem(at, rings.toString().length() > 40 ? rings.getNodeType().toString() : rings.toString(),
                    "a polygon must be an array of at least one linear ring");
            return null;
        }
        LinearRing[] built = new LinearRing[rings.size()];
        boolean ok = true;
        for (int r = 0; r < rings.size(); r++) {
            built[r] = ring(f, rings.get(r), at + "/" + r);
            ok &= built[r] != null;
        }
        if (!ok) {
            return null;
        }
        LinearRing[] holes = new LinearRing[built.length - 1];
        System.arraycopy(built, 1, holes, 0, holes.length);
        return FACTORY.createPolygon(built[0], holes);
    }

    private static LinearRing ring(JsonFields f, JsonNode ring, String at) {
        if (!ring.isArray()) {
            f.problem(at, ring.getNodeType().toString(), "a linear ring must be an array of positions");
            return null;
        }
        Coordinate[] cs = new Coordinate[ring.size()];
        boolean ok = true;
        for (int i = 0; i < ring.size(); i++) {
            JsonNode p = ring.get(i);
            String pat = at + "/" + i;
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                f.problem(pat, p.toString(), "a position must be [longitude, latitude]");
                ok = false;
                continue;
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
                f.problem(pat, p.toString(), "longitude must be within [-180, 180] and latitude within [-90, 90]");
                ok = false;
                continue;
            }
            cs[i] = new Coordinate(lon, lat);
        }
        if (!ok) {
            return null;
        }
        if (cs.length < 4) {
            f.problem(at, String.valueOf(cs.length), "a linear ring needs at least 4 positions, has " + cs.length);
            return null;
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            f.problem(at, "", "a linear ring must be closed: its last position must repeat the first");
            return null;
        }
        return FACTORY.createLinearRing(cs);
    }

    /**
     * Writes polygons as a FeatureCollection that {@link #read(String, InputStream)} reads back to equal polygons.
     *
     * @param out not closed by this method
     * @throws UncheckedIOException when writing fails
     */
    public static void write(ParishPolygons polygons, OutputStream out) {
        try {
            StringWriter head = new StringWriter();
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(head)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                if (polygons.provenance().isPresent()) {
                    g.writeObjectFieldStart("provenance");
                    g.writeStringField("source", polygons.provenance().get().source());
                    g.writeStringField("status", polygons.provenance().get().status().id());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            String start = head.toString();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(start, 0, start.length() - 1);
            w.write(",\"features\":[");
            String separator = "\n";
            for (Map.Entry<ParishCode, Geometry> e : polygons.polygons().entrySet()) {
                w.write(separator);
                separator = ",\n";
                w.write(feature(e.getKey(), e.getValue()));
            }
            w.write("\n]}\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write parish polygons: " + e.getMessage(), e);
        }
    }

    private static String feature(ParishCode code, Geometry geom) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeObjectFieldStart("properties");
            g.writeStringField("parish_code", code.value());
            g.writeEndObject();
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", geom instanceof MultiPolygon ? "MultiPolygon" : "Polygon");
            g.writeFieldName("coordinates");
            if (geom instanceof MultiPolygon mp) {
                g.writeStartArray();
                for (int i = 0; i < mp.getNumGeometries(); i++) {
                    writePolygon(g, (Polygon) mp.getGeometryN(i));
                }
                g.writeEndArray();
            } else {
                writePolygon(g, (Polygon) geom);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return sw.toString();
    }

    private static void writePolygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        writeRing(g, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            writeRing(g, p.getInteriorRingN(i));
        }
        g.writeEndArray();
    }

    private static void writeRing(JsonGenerator g, LinearRing ring) throws IOException {
        g.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            g.writeStartArray();
            g.writeNumber(plain(c.x));
            g.writeNumber(plain(c.y));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** A coordinate for messages: six decimals (about 0.1 m) at most. */
    private static String degrees(double d) {
        return plain(BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_EVEN).doubleValue());
    }

    private static String plain(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
