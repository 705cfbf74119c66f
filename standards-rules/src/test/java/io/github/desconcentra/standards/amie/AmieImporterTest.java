package io.github.desconcentra.standards.amie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Exclusion;
import io.github.desconcentra.standards.Rejection;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmieImporterTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();

    @Test
    void mapsSchoolsToTypologiesAndRejectsWhatProvidesNoSchoolSeats() {
        String csv = """
                amie,name,parish_code,funding,education_type,modality,shift,students,teachers
                A1,UNO,020150,Fiscal,Educación regular,Presencial,Matutina,120,6
                A2,DOS,020101,Particular,Educación regular,Presencial,Matutina,80,4
                A3,TRES,020150,Fiscal,No Escolarizado,Presencial,Matutina,30,1
                A4,CUATRO,029999,Fiscal,Educación regular,Presencial,Matutina,x,1
                """;
        Inventory inv = AmieImporter.importCsv("z.csv", new ByteArrayInputStream(csv.getBytes(
                StandardCharsets.UTF_8)), ECUADOR, AmieImporter.Mapping.standard());
        assertEquals(4, inv.read());
        assertEquals(List.of("ESCUELA", "ESCUELA_PARTICULAR"), inv.establishments().stream()
                .map(e -> e.typology()).toList());
        assertEquals("020150", inv.establishments().get(1).parish().value(),
                "INEC urban-parish code 020101 maps to the canton's urban seat");
        assertEquals(List.of("z.csv:4: A3: not school-based (no escolarizado): provides no school seats"),
                inv.excluded().stream().map(Exclusion::toString).toList(), "out of scope, not an error");
        assertEquals(List.of("z.csv:5: A4: parish 029999 is not in the territory; students \"x\": must be a whole number"),
                inv.rejected().stream().map(Rejection::toString).toList());
    }

    @Test
    void theZone5RegistryIsFullyAccountedForAndFeedsTheEducationDeficit() throws Exception {
        Path file = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"),
                "schools_zone5.csv");
        assumeTrue(Files.exists(file), "the shared zone-5 registry is not beside the checkout");
        Inventory inv = AmieImporter.importFile(file, ECUADOR, AmieImporter.Mapping.standard());
        long lines = Files.readAllLines(file).size() - 1;
        assertEquals(lines, inv.read());
        assertEquals(inv.read(), inv.establishments().size() + inv.excluded().size() + inv.rejected().size());
        assertEquals(Map.of("adult education (popular permanente): outside the school-age (5-17) standard", 647,
                "not school-based (no escolarizado): provides no school seats", 557,
                "distance education: provides no school seats", 4), AmieImporter.exclusionsByReason(inv),
                "the registry's out-of-scope programmes (docs/STANDARDS.md)");
        assertEquals(0, inv.rejected().size(), "no school of the zone-5 registry is invalid");
        assertEquals(3_832, inv.establishments().size());
        Evaluation e = StandardsEngine.embedded().evaluate(ECUADOR, inv,
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.EDUCATION)));
        assertTrue(e.establishmentsEvaluated() > 3_000);
        List<DeficitLine> zone5 = e.lines().stream().filter(l -> l.level() == Level.DISTRICT
                && ECUADOR.district((io.github.desconcentra.territory.DistrictCode) l.code()).zone()
                .equals(ZoneCode.of("Z5"))).toList();
        assertEquals(25, zone5.stream().map(DeficitLine::code).distinct().count());
        assertTrue(zone5.stream().anyMatch(l -> l.usableSupply() > 0));
    }
}
