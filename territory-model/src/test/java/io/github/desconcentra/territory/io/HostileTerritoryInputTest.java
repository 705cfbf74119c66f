package io.github.desconcentra.territory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileTerritoryInputTest {
    @Test
    void aFolderOfHeadersOnlyIsAnInvalidTerritoryNotAnInternalError(@TempDir Path dir) throws Exception {
        io.github.desconcentra.territory.Fuzz.headersOnlyTerritory(dir);
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(dir));
        assertEquals(List.of(dir + ": EMPTY_UNIT: the territory has no parish (are its files headers only?)",
                dir + ": EMPTY_UNIT: the territory has no zone (are its files headers only?)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void populationsAboveTheBoundAreRefusedAtTheirLine(@TempDir Path dir) throws Exception {
        TerritoryCsv.write(ReferenceTerritory.data(), dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("parishes.csv")));
        lines.add(1, "");
        lines.set(2, lines.get(2).replaceFirst(",361524,", ",9000000000000000000,"));
        Files.write(dir.resolve("parishes.csv"), lines);
        InputException e = assertThrows(InputException.class, () -> TerritoryCsv.load(dir));
        assertEquals("parishes.csv:3: population_2022: must not be above 1,000,000,000,000 (value"
                + " \"9000000000000000000\")", e.problems().get(0).toString(), "line 3: after the blank line");
    }

    @Test
    void populationsThatOverflowWhenAddedUpAreBadInputNamingTheSource() {
        TerritoryData d = ReferenceTerritory.data();
        List<Parish> huge = d.parishes().stream().map(p -> new Parish(p.code(), p.name(), p.canton(), p.kind(),
                p.centroid(), Long.MAX_VALUE / 100, p.populationSource())).toList();
        TerritoryData data = d.withParishes(huge).withAgeStructures(List.of());
        InputException e = assertThrows(InputException.class, () -> Territory.of(data, "mine"));
        assertTrue(e.getMessage().startsWith("mine: the populations add up to more than 9223372036854775807"),
                e.getMessage());
    }

    @Test
    void formulaLeadingNamesAreWrittenQuotedAndReadBackUnchanged(@TempDir Path dir) throws Exception {
        TerritoryCsv.write(ReferenceTerritory.data(), dir.resolve("a"));
        Path parishes = dir.resolve("a/parishes.csv");
        Files.writeString(parishes, Files.readString(parishes).replace(",CUENCA,0101,", ",=HYPERLINK(A1),0101,")
                .replace("010151,BAÑOS,", "010151,\"@SUM(1+1)*cmd|' /C calc'!A0\","));
        TerritoryData read = TerritoryCsv.read(TerritorySource.directory(dir.resolve("a")));
        TerritoryCsv.write(read, dir.resolve("b"));
        String written = Files.readString(dir.resolve("b/parishes.csv"));
        assertTrue(written.contains("010150,'=HYPERLINK(A1),0101,CUENCA,"), written.substring(0, 400));
        assertTrue(written.contains("010151,'@SUM(1+1)*cmd|' /C calc'!A0,0101,"), written.substring(0, 400));
        assertTrue(written.contains(",-2.8882,-78.997738,"), "a negative coordinate stays a number");
        assertEquals(read, TerritoryCsv.read(TerritorySource.directory(dir.resolve("b"))));
    }
}
