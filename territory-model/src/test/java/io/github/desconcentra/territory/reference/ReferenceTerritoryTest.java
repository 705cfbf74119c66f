package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.Check;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryValidator;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Violation;
import io.github.desconcentra.territory.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTerritoryTest {
    private final Territory ecuador = ReferenceTerritory.territory();

    @Test
    void holdsTheNationalFiguresOfTheCensusAndTheDistrictScheme() {
        assertEquals(24, ecuador.units(Level.PROVINCE).size());
        assertEquals(9, ecuador.zones().size());
        assertEquals(140, ecuador.districts().size());
        assertEquals(16_938_986, ecuador.population(NationCode.of("EC")));
        assertEquals(List.of(16, 8, 19, 15, 25, 17, 19, 12, 9),
                ecuador.zones().stream().map(z -> ecuador.children(z.code()).size()).toList());
    }

    @Test
    void zonePopulationsMatchTheCuratedInputs() {
        assertEquals(List.of(1_395_621L, 723_592L, 1_617_590L, 2_085_809L, 2_755_118L, 1_221_695L, 1_310_986L,
                        3_148_853L, 2_679_722L),
                ecuador.zones().stream().map(Zone::code).map(ecuador::population).toList());
    }

    @Test
    void validatesWithNoErrorAndOnlyTheKnownSeatAndPolygonWarnings() {
        ReferenceTerritory.territory().boundaries().orElseThrow(); // polygons are checked once read
        List<Violation> violations = TerritoryValidator.validate(ReferenceTerritory.data()).violations();
        assertEquals(List.of(Check.UNKNOWN_SEAT, Check.POLYGON_MISSING), violations.stream().map(Violation::check)
                .toList(), violations.toString());
        assertEquals(List.of(UnitCode.parse("22D03"), UnitCode.parse("220254")), violations.get(0).codes());
        assertEquals(List.of(UnitCode.parse("160167")), violations.get(1).codes(), "inside 160162 in the layer");
    }

    @Test
    void targetGroupsComeFromTheCensusAgeStructureOfEveryParish() {
        // INEC CPV 2022 national sums of the parish rows: 5-9 1,412,087 + 10-14 1,607,577 = 3,019,664 aged 5-14;
        // 65-69 516,770 + 70-74 380,529 + 75-79 271,820 + 80-84 178,073 + 85+ 173,398 = 1,520,590 aged 65+.
        Demographics nation = ecuador.demographics(NationCode.of("EC"));
        assertEquals(new Demographics(16_938_986, 777_691, 513_218, 515_634, 3_946_851, 3_019_664, 927_187,
                1_520_590), nation);
        assertEquals(Set.of(AgeBasis.CENSUS_STRUCTURE), ecuador.ageBasis(NationCode.of("EC")));
        assertEquals(1_042, ReferenceTerritory.data().ageStructures().size());
        // Chaucha (010153), by hand in AgeStructureTest: 0-2 72, 1-2 52, 3-4 62, 5-17 481, 5-14 358, 15-17 123.
        assertEquals(new Demographics(1_721, 72, 52, 62, 481, 358, 123, 236),
                ecuador.demographics(ParishCode.of("010153")));
        assertEquals(List.of("060759", "060956", "200152"), ReferenceTerritory.data().ageStructures().stream()
                .filter(AgeStructure::needsNonNegativeAdjustment).map(s -> s.parish().value()).toList(),
                "small irregular parishes where a Sprague year is negative (docs/DATA.md)");
    }

    @Test
    void parishesCreatedAfterTheCensusHaveNoPeopleAndNoStructure() {
        List<String> without = ecuador.parishes().stream().filter(p -> ecuador.ageStructure(p.code()).isEmpty())
                .map(p -> p.code().value()).toList();
        assertEquals(List.of("131251", "140190", "160167", "170257", "210456", "210457"), without);
        without.forEach(p -> assertEquals(Set.of(), ecuador.ageBasis(ParishCode.of(p))));
        AgeStructure sevilla = ecuador.ageStructure(ParishCode.of("141350")).orElseThrow();
        assertEquals(Provenance.Status.ESTIMATED, sevilla.provenance().status(), "census parish 140157 assumed");
        assertEquals(18_647, sevilla.total());
    }

    @Test
    void aProjectionKeepsTheStructureAndSaysAgeingIsNotProjected() {
        Territory in2030 = ecuador.projectedTo(2030);
        AgeStructure quito = in2030.ageStructure(ParishCode.of("170150")).orElseThrow();
        assertEquals(in2030.population(ParishCode.of("170150")), quito.total());
        assertEquals(Set.of(AgeBasis.CENSUS_STRUCTURE), in2030.ageBasis(NationCode.of("EC")));
        assertEquals(quito.targetGroups(), in2030.demographics(ParishCode.of("170150")));
    }

    @Test
    void zonesEightAndNineAreTheMetropolitanCantons() {
        assertEquals("[0901, 0907, 0916]", ecuador.zone(io.github.desconcentra.territory.ZoneCode.of("Z8"))
                .sortedMetropolitanCantons().toString());
        assertEquals(List.of(io.github.desconcentra.territory.ZoneCode.of("Z9")),
                ecuador.zonesHolding(io.github.desconcentra.territory.ParishCode.of("170150")));
    }

    @Test
    void isDerivedFromTheSharedInputsByTheProjectsOwnCode(@TempDir Path out) throws IOException {
        Path shared = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"));
        assumeTrue(Files.isDirectory(shared), "the shared inputs are not beside the checkout: " + shared);
        ReferenceDatasetBuilder.ecuador(shared).writeTo(out);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                String resource = ReferenceTerritory.RESOURCE_FOLDER + "/" + f.getFileName();
                try (InputStream committed = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertArrayEquals(Files.readAllBytes(f), committed == null ? null : committed.readAllBytes(),
                            () -> resource + " differs from what the builder derives; regenerate it (docs/DATA.md)");
                }
            }
        }
    }
}
