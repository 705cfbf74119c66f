package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillDownReportTest {
    private static final int REQUIRED = 3;
    private static final int USABLE = 4;
    private static final int DEFICIT = 5;
    private static final int UPPER_BOUND = 6;
    private static final int UNKNOWN = 7;
    private static final int COMPARED_ASSESSED = 10;
    private static final int STATE = 11;

    @TempDir
    static Path dir;
    static String html;
    static JsonNode drill;

    @BeforeAll
    static void runFire() throws Exception {
        CliRunner r = CliRunner.run("run", "--quiet", "--sectors", "fire", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        html = Files.readString(dir.resolve("report.html"));
        String start = "<script type=\"application/json\" id=\"drill-data\">";
        int from = html.indexOf(start) + start.length();
        drill = new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    }

    @Test
    void theNationRowCountsEveryRequirementOfDeficitsCsvAndTheSupplyLeftUnknown() throws Exception {
        long required = 0;
        long unknown = 0;
        long upperBound = 0;
        long comparedAssessed = 0;
        try (Reader in = Files.newBufferedReader(dir.resolve("deficits.csv"))) {
            for (CSVRecord l : CSVFormat.DEFAULT.builder().setHeader().build().parse(in)) {
                boolean requirement = l.get("scope").equals("standard") || l.get("scope").equals("requirement");
                boolean compared = l.get("scope").equals("standard") || l.get("scope").equals("comparison");
                if (!l.get("sector").equals("fire") || !l.get("measure").equals("establishments")) {
                    continue;
                }
                if (requirement) {
                    required += Long.parseLong(l.get("required"));
                    unknown += l.get("assessment").equals("not_assessed") ? Long.parseLong(l.get("required")) : 0;
                }
                if (compared && l.get("assessment").equals("assessed")) {
                    comparedAssessed += Long.parseLong(l.get("required"));
                }
                if (compared && l.get("assessment").equals("partly_assessed")) {
                    upperBound += Long.parseLong(l.get("deficit"));
                }
            }
        }
        JsonNode nation = row("rows", 0, "establishments");
        // 341 district and 9 zone standard lines with unknown supply, 69 district requirements compared at zones.
        assertEquals(419, required);
        assertEquals(required, nation.get(REQUIRED).asLong());
        assertEquals(350, unknown);
        assertEquals(unknown, nation.get(UNKNOWN).asLong());
        assertEquals(upperBound, nation.get(UPPER_BOUND).asLong());
        assertEquals(comparedAssessed, nation.get(COMPARED_ASSESSED).asLong());
        assertEquals(0, nation.get(DEFICIT).asLong(), "no fire supply is fully assessed, so no deficit is known");
        assertEquals("P", nation.get(STATE).asText());
    }

    @Test
    void everyUnitsRequirementIsItsPartsPlusItsOwn() {
        JsonNode units = drill.get("units");
        Map<Integer, Long> sumOfParts = new HashMap<>();
        for (int i = 1; i < units.size(); i++) {
            sumOfParts.merge(units.get(i).get(3).asInt(), required("rows", i), Long::sum);
        }
        int checked = 0;
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).get(2).asText().equals("circuit")) {
                assertEquals(required("rows", i), sumOfParts.getOrDefault(i, 0L) + required("own", i),
                        units.get(i).get(0).asText());
                checked++;
            }
        }
        assertTrue(checked > 100, "nation, zones and districts checked: " + checked);
    }

    @Test
    void thePageHasTheSortableDrillDownTableAndItsScriptWithNoClosingTagInTheData() {
        assertTrue(html.contains("<table id=\"drill\"><thead><tr><th data-key=\"unit\" aria-sort=\"none\">"), html);
        assertTrue(html.contains("data-key=\"coverage\""));
        assertTrue(html.contains("<button type=\"button\">requerido</button>")
                && html.contains("<h2>Mapa y detalle: nación, zonas, distritos, circuitos</h2>"), "Spanish by default");
        String data = html.substring(html.indexOf("id=\"drill-data\">"), html.indexOf("</script>",
                html.indexOf("id=\"drill-data\">")));
        assertFalse(data.contains("<"), "the JSON escapes < so no name can close the script element");
        assertEquals("fire", drill.get("sectors").get(5).get(0).asText());
        assertEquals(0, drill.get("units").get(0).get(3).asInt() + 1, "the nation has no parent");
    }

    @Test
    void theMapDrawsEveryParishOnceAtEachLevelAndQuitosSeatAsOneShapeListingItsCircuits() {
        Territory t = ReferenceTerritory.territory();
        int parishes = t.boundaries().orElseThrow().polygons().polygons().size();
        for (String level : List.of("zone", "district", "circuit")) {
            String layer = layer(level);
            Matcher m = Pattern.compile("data-parishes=\"([0-9 ]+)\"").matcher(layer);
            Set<String> drawn = new TreeSet<>();
            int n = 0;
            while (m.find()) {
                for (String p : m.group(1).split(" ")) {
                    assertTrue(drawn.add(p), level + " draws " + p + " twice");
                    n++;
                }
            }
            assertEquals(parishes, n, level);
            assertFalse(drawn.contains("160167"), "Shuar Pastaza has no polygon of its own");
        }
        // The seat of Quito is split among circuits: one shape, listing each of them once.
        Matcher quito = Pattern.compile("<path data-units=\"([0-9,]+)\" data-parishes=\"170150\" class=\"shared\"")
                .matcher(layer("circuit"));
        assertTrue(quito.find(), "Quito's seat is one shared shape");
        assertEquals(t.circuitsHolding(ParishCode.of("170150")).size(), quito.group(1).split(",").length);
        assertFalse(quito.find(), "and only one");
        assertEquals(t.zones().size(), layer("zone").split("<path ").length - 1, "a zone is one shape: none split");
    }

    @Test
    void theGeoJsonGivesEveryCircuitItsOutlineAndSaysWhereItSharesAParish() throws Exception {
        Territory t = ReferenceTerritory.territory();
        JsonNode geo = new ObjectMapper().readTree(dir.resolve("deficits.geojson").toFile());
        assertEquals(t.circuits().size(), geo.get("features").size());
        List<ParishCode> noPolygon = t.boundaries().orElseThrow().parishesWithoutPolygon();
        assertEquals(List.of(ParishCode.of("160167")), noPolygon);
        int shared = 0;
        for (JsonNode f : geo.get("features")) {
            JsonNode p = f.get("properties");
            String type = f.get("geometry").get("type").asText();
            assertTrue(type.equals("Polygon") || type.equals("MultiPolygon"), type);
            CircuitCode c = CircuitCode.of(p.get("code").asText());
            boolean split = t.partsOf(c).stream().anyMatch(x -> t.circuitsHolding(x.parish()).size() > 1);
            assertEquals(split, p.get("shares_parishes_with").size() > 0, c.value());
            boolean missing = t.partsOf(c).stream().anyMatch(x -> noPolygon.contains(x.parish()));
            assertEquals(!split && !missing, p.get("outline_exact").asBoolean(), c.value());
            shared += split ? 1 : 0;
            assertTrue(p.get("centre_lon").asDouble() < -75, "the centre stays as properties");
            assertTrue(p.has("fire_coverage") && p.has("fire_share_met") && p.has("fire_capex_per_capita"));
        }
        assertTrue(shared > 100, "circuits of split city seats: " + shared);
    }

    private static String layer(String level) {
        int from = html.indexOf("<g id=\"map-" + level + "\"");
        assertTrue(from > 0, "no " + level + " layer");
        return html.substring(from, html.indexOf("</g>", from));
    }

    private static long required(String table, int unit) {
        JsonNode r = find(table, unit, "establishments");
        return r == null ? 0 : r.get(REQUIRED).asLong();
    }

    private static JsonNode row(String table, int unit, String measure) {
        JsonNode r = find(table, unit, measure);
        assertTrue(r != null, "no " + table + " row of unit " + unit);
        return r;
    }

    private static JsonNode find(String table, int unit, String measure) {
        for (JsonNode r : drill.get(table)) {
            if (r.get(0).asInt() == unit && r.get(1).asInt() == 5 && r.get(2).asText().equals(measure)) {
                return r;
            }
        }
        return null;
    }
}
