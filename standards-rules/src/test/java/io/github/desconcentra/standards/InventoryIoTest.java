package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryIoTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();
    private static final String HEADER = "id,sector,typology,parish_code,circuit_code,lat,lon,condition,capacity,staff,"
            + "name\n";

    private static final String FULL_HEADER = HEADER.strip() + ",within,units,typology_status,capacity_status,"
            + "staff_status\n";

    private static Inventory csv(String body) {
        return read(HEADER + body);
    }

    private static Inventory read(String text) {
        return InventoryIo.readCsv("inv.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ECUADOR, CATALOGUE);
    }

    @Test
    void everyRecordIsAcceptedOrRejectedWithItsLineAndEveryReason() {
        Inventory inv = csv("""
                H1,health,CS_A,050550,,-0.7,-78.9,good,,,Centro de salud Sigchos
                H2,health,UPC_A,050550,,,,good,,,
                H1,health,CS_A,999999,,,,broken,-4,,
                P1,police,UPC_B,,,,,good,,,
                P2,police,UPC_B,050550,17D01C01,,,needs_repair,16,17,
                """);
        assertEquals(5, inv.read());
        assertEquals(1, inv.establishments().size());
        assertEquals(9, inv.establishments().get(0).staff(), "empty staff takes the typology's nominal staff");
        assertEquals(List.of(
                "inv.csv:3: H2: typology UPC_A belongs to sector police, not health",
                "inv.csv:4: H1: duplicate id (first at line 2); unknown parish or urban parish 999999; condition \"broken\": unknown"
                        + " condition \"broken\" (expected good, needs_repair or unusable); capacity \"-4\": must not be"
                        + " negative",
                "inv.csv:5: P1: neither parish_code, circuit_code nor within is given",
                "inv.csv:6: P2: circuit 17D01C01 does not hold parish 050550"),
                inv.rejected().stream().map(Rejection::toString).toList());
    }

    @Test
    void aBrokenHeaderFailsTheWholeFile() {
        InputException e = assertThrows(InputException.class, () -> InventoryIo.readCsv("inv.csv",
                new ByteArrayInputStream("id;sector\n".getBytes(StandardCharsets.UTF_8)), ECUADOR, CATALOGUE));
        assertEquals("inv.csv", e.problems().get(0).file());
    }

    @Test
    void jsonInventoriesFollowTheSameChecks() {
        Inventory inv = InventoryIo.readJson("inv.json", new ByteArrayInputStream("""
                [{"id": "F1", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": "050550",
                  "condition": "good", "capacity": 15, "staff": 15},
                 {"id": "F2", "sector": "fire", "typology": "ESTACION_BOMBEROS", "parish_code": "050550",
                  "condition": "good", "colour": "red"},
                 42]""".getBytes(StandardCharsets.UTF_8)), ECUADOR, CATALOGUE);
        assertEquals(3, inv.read());
        assertEquals(List.of("inv.json:3: F2: unknown field colour", "inv.json:5: is a number, not an object"),
                inv.rejected().stream().map(Rejection::toString).toList());
    }

    @Test
    void writtenInventoriesReadBackUnchanged(@TempDir Path dir) {
        Inventory inv = read(FULL_HEADER
                + "H1,health,CS_A,050550,,-0.7,-78.9,needs_repair,0,,\"Centro, Sigchos\",,,,,unknown\n");
        InventoryIo.writeCsv(inv.establishments(), dir.resolve("inv.csv"));
        Inventory back = InventoryIo.read(dir.resolve("inv.csv"), ECUADOR, CATALOGUE);
        assertEquals(inv.establishments(), back.establishments(), "a user's file is its own source, file:inv.csv");
        assertEquals(inv.sources(), back.sources().stream().map(s -> new InventorySource(s.id(), s.title(),
                s.publisher(), s.vintage(), s.status(), s.coverage(), "read from inv.csv")).toList());
    }

    @Test
    void aUsersFileCoversItsSectorsOnlyPartlyAndStatesHowEachFigureIsKnown() {
        Inventory inv = read(FULL_HEADER + """
                H1,health,CS_A,050550,,,,good,,,,,,inferred,,unknown
                F1,fire,ESTACION_BOMBEROS,,,,,good,,300,,17D03,20,,,
                """);
        Establishment h1 = inv.establishments().get(1);
        assertEquals(io.github.desconcentra.territory.Provenance.Status.INFERRED, h1.typologyStatus());
        assertEquals(io.github.desconcentra.territory.Provenance.Status.ASSUMED, h1.capacityStatus(),
                "an empty capacity is the typology's nominal figure, assumed");
        assertEquals(null, h1.staffStatus());
        assertEquals(0, h1.staff(), "unknown staff is not the nominal 9");
        Establishment f1 = inv.establishments().get(0);
        assertEquals(20, f1.units());
        assertEquals(20 * 50, f1.capacity(), "20 stations of the nominal 50");
        assertEquals("17D03", f1.within().value());
        InventorySource s = inv.sources().get(0);
        assertEquals("file:inv.csv", s.id());
        assertEquals(java.util.Set.of(Sector.HEALTH, Sector.FIRE), s.sectors());
        assertEquals(false, s.coverage().get(0).complete(), "a user's file is never assumed complete");
    }
}
