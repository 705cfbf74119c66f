package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.io.TerritoryJson;
import io.github.desconcentra.territory.io.TerritorySource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TerritoryRoundTripProperties {

    @Test
    void csvFolderRoundTripIsTheIdentity() {
        qt().withExamples(150).forAll(TerritoryGenerators.validTerritories()).checkAssert(data -> {
            Path dir = tempDir();
            try {
                TerritoryCsv.write(data, dir);
                assertSameData(data, TerritoryCsv.read(TerritorySource.directory(dir)));
            } finally {
                delete(dir);
            }
        });
    }

    @Test
    void jsonDocumentRoundTripIsTheIdentity() {
        qt().withExamples(300).forAll(TerritoryGenerators.validTerritories()).checkAssert(data -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TerritoryJson.write(data, out);
            assertSameData(data, TerritoryJson.read("generated.json", new ByteArrayInputStream(out.toByteArray())));
        });
    }

    /** Compares part by part, so a failure names the part that differs, then as a whole. */
    private static void assertSameData(TerritoryData expected, TerritoryData actual) {
        assertEquals(expected.nation(), actual.nation());
        assertEquals(expected.provinces(), actual.provinces());
        assertEquals(expected.cantons(), actual.cantons());
        assertEquals(expected.parishes(), actual.parishes());
        assertEquals(expected.zones(), actual.zones());
        assertEquals(expected.districts(), actual.districts());
        assertEquals(expected.circuits(), actual.circuits());
        assertEquals(expected.overrides(), actual.overrides());
        assertEquals(expected.ageShares(), actual.ageShares());
        assertEquals(expected.projections(), actual.projections());
        assertEquals(expected.ageStructures(), actual.ageStructures());
        assertEquals(expected.boundaries(), actual.boundaries());
        assertEquals(expected, actual);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("territory");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
