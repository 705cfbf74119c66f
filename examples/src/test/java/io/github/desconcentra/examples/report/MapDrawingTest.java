package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryGenerators;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MapDrawingTest {
    private static MapDrawing built() throws IOException {
        try (InputStream in = MapDrawing.class.getResourceAsStream(MapDrawing.RESOURCE)) {
            assertNotNull(in, "the build writes " + MapDrawing.RESOURCE + " among the classes");
            return MapDrawing.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theBuildsDrawingIsTheReferenceTerritoryDrawnNow() throws IOException {
        Territory ecuador = ReferenceTerritory.territory();
        String fingerprint = MapDrawing.fingerprint(ecuador);
        MapDrawing built = built();
        assertEquals(fingerprint, built.fingerprint());
        assertEquals(MapDrawing.draw(ecuador, fingerprint), built);
        assertEquals(built, MapDrawing.of(ecuador));
    }

    @Test
    void theReferenceMapHasTheInsetBesideTheMainlandAndOnePathPerArea() throws IOException {
        Territory ecuador = ReferenceTerritory.territory();
        Boundaries b = ecuador.boundaries().orElseThrow();
        MapDrawing built = built();
        // margin 10 + Galápagos inset 200 + margin 10 + mainland 720 + margin 10
        assertEquals(950.0, built.width());
        assertEquals(10.0, built.insetTop());
        for (int l = 0; l < ReportMap.LEVELS.size(); l++) {
            assertEquals(b.members(ReportMap.LEVELS.get(l)).size(), built.layers().get(l).size());
        }
        assertEquals(ecuador.zones().size(), built.layers().get(0).size(), "a zone is one shape: none split");
        assertEquals(ecuador.units(Level.PROVINCE).size(), built.provinces().size());
        assertTrue(built.noParish().startsWith("M"), "Ecuador has land in no parish: " + built.noParish());
    }

    @Test
    void aDrawingReadsBackAsWritten() throws IOException {
        MapDrawing built = built();
        StringWriter w = new StringWriter();
        built.write(w);
        assertEquals(built, MapDrawing.read(new BufferedReader(new StringReader(w.toString()))));
    }

    @Test
    void anotherTerritoryIsDrawnNotTakenFromTheBuild() throws IOException {
        String reference = built().fingerprint();
        qt().withExamples(10).forAll(TerritoryGenerators.mappedTerritories()).checkAssert(data -> {
            Territory t = Territory.of(data);
            MapDrawing d = MapDrawing.of(t);
            assertNotEquals(reference, d.fingerprint());
            assertEquals(MapDrawing.fingerprint(t), d.fingerprint());
            for (int l = 0; l < ReportMap.LEVELS.size(); l++) {
                assertEquals(t.boundaries().orElseThrow().members(ReportMap.LEVELS.get(l)).size(),
                        d.layers().get(l).size());
            }
        });
    }
}
