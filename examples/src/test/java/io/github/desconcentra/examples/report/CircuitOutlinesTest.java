package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryGenerators;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

class CircuitOutlinesTest {
    @Test
    void theBuildsOutlinesAreTheReferenceCircuitsDissolvedNowToTheLastBit() {
        Territory ecuador = ReferenceTerritory.territory();
        CircuitOutlines built = CircuitOutlines.of(ecuador, MapDrawing.fingerprint(ecuador));
        CircuitOutlines now = CircuitOutlines.dissolved(ecuador);
        assertTrue(built.fromBuild(), "the build writes " + CircuitOutlines.RESOURCE + " for the embedded territory");
        assertFalse(now.fromBuild());
        WKBWriter wkb = new WKBWriter();
        int split = 0;
        for (Circuit c : ecuador.circuits()) {
            Outline a = built.outline(c.code());
            Outline b = now.outline(c.code());
            assertArrayEquals(wkb.write(b.geometry()), wkb.write(a.geometry()), c.code().value());
            assertEquals(b, new Outline(a.unit(), b.geometry(), a.exact(), a.sharedWith(), a.withoutPolygon()));
            split += a.exact() ? 0 : 1;
        }
        assertTrue(split > 0, "some reference circuits share a parish, and their outlines say so");
    }

    @Test
    void anotherTerritorysOutlinesAreDissolvedNowAndReadBackAsWrittenOnlyForTheirFingerprint() {
        qt().withExamples(10).forAll(TerritoryGenerators.mappedTerritories()).checkAssert(data -> {
            Territory t = Territory.of(data);
            String fingerprint = CircuitOutlines.fingerprint(MapDrawing.fingerprint(t));
            CircuitOutlines outlines = CircuitOutlines.of(t, MapDrawing.fingerprint(t));
            assertFalse(outlines.fromBuild());
            Boundaries b = t.boundaries().orElseThrow();
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CircuitOutlines.write(t, fingerprint, out);
                Map<String, Geometry> read = CircuitOutlines.read(new ByteArrayInputStream(out.toByteArray()),
                        fingerprint, b.polygons().polygons().values().iterator().next().getFactory());
                assertEquals(t.circuits().size(), read.size());
                for (Circuit c : t.circuits()) {
                    assertEquals(outlines.outline(c.code()), b.outline(c.code(), read.get(c.code().value())));
                    assertTrue(read.get(c.code().value()).equalsExact(outlines.outline(c.code()).geometry()));
                }
                assertNull(CircuitOutlines.read(new ByteArrayInputStream(out.toByteArray()), "another",
                        b.polygons().polygons().values().iterator().next().getFactory()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
