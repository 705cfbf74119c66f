package io.github.desconcentra.territory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BoundariesGeoJsonTest {
    private static final String SQUARE = "[[[-78,-1],[-77.9,-1],[-77.9,-0.9],[-78,-0.9],[-78,-1]]]";

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String code, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"parish_code\":\"" + code + "\",\"name\":\"X\"},"
                + "\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";
    }

    private static ParishPolygons read(String json) {
        return BoundariesGeoJson.read("b.geojson", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPolygonsByParishCodeAndWritesThemBackByteForByte() {
        ParishPolygons p = read(collection(feature("170150", "Polygon", SQUARE), feature("010150", "MultiPolygon",
                "[" + SQUARE + "]")));
        assertEquals(List.of(ParishCode.of("010150"), ParishCode.of("170150")), List.copyOf(p.polygons().keySet()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoundariesGeoJson.write(p, out);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        BoundariesGeoJson.write(read(out.toString(StandardCharsets.UTF_8)), again);
        assertEquals(out.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        assertEquals(p, read(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsEveryBadFeatureByItsPointer() {
        List<Problem> problems = assertThrows(InputException.class, () -> read(collection(
                feature("17015", "Polygon", SQUARE),
                feature("170151", "Polygon", "[[[-78,-1],[-77.9,-1],[-77.9,-0.9],[-78,-0.9]]]"),
                feature("170152", "Polygon", "[[[-78,-1],[-77.9,-0.9],[-77.9,-1],[-78,-0.9],[-78,-1]]]"),
                feature("170153", "Polygon", "[[[-78,-1],[-77.9,-1],[-77.9,-99],[-78,-1]]]"),
                feature("170154", "Point", "[-78,-1]"),
                feature("170155", "Polygon", SQUARE), feature("170155", "Polygon", SQUARE)))).problems();
        assertEquals(List.of(
                "b.geojson: /features/0/properties/parish_code: parish code must be six digits, e.g. 170150:"
                        + " \"17015\" (value \"17015\")",
                "b.geojson: /features/1/geometry/coordinates/0: a linear ring must be closed: its last position"
                        + " must repeat the first",
                "b.geojson: /features/2/geometry: is not a valid polygon: Self-intersection at lon -77.95, lat -0.95"
                        + " (value \"-77.95,-0.95\")",
                "b.geojson: /features/3/geometry/coordinates/0/2: longitude must be within [-180, 180] and latitude"
                        + " within [-90, 90] (value \"[-77.9,-99]\")",
                "b.geojson: /features/4/geometry/type: must be Polygon or MultiPolygon (parish boundaries are areas)"
                        + " (value \"Point\")",
                "b.geojson: /features/6/properties/parish_code: duplicate polygon for parish 170155 (first at"
                        + " /features/5) (value \"170155\")"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void repairsASelfCrossingRingWhenAskedKeepingBothLobes() {
        Map<ParishCode, String> repaired = new TreeMap<>();
        ParishPolygons p = BoundariesGeoJson.readRepairing("b.geojson", new ByteArrayInputStream(collection(
                feature("170152", "Polygon", "[[[-78,-1],[-77.9,-0.9],[-77.9,-1],[-78,-0.9],[-78,-1]]]"))
                .getBytes(StandardCharsets.UTF_8)), repaired);
        assertEquals("[170152]", repaired.keySet().toString());
        assertEquals("MultiPolygon", p.polygon(ParishCode.of("170152")).orElseThrow().getGeometryType());
        assertEquals(0.005, p.polygon(ParishCode.of("170152")).orElseThrow().getArea(), 1e-12);
    }

    @Test
    void refusesADocumentThatIsNotAFeatureCollection() {
        assertEquals("b.geojson: /: must be a GeoJSON FeatureCollection (value \"Feature\")",
                assertThrows(InputException.class, () -> read("{\"type\":\"Feature\"}")).problems().get(0)
                        .toString());
    }
}
