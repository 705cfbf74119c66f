package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.desconcentra.territory.Check;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.NationCode;
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
    void validatesWithNoErrorAndOnlyTheKnownSeatWarning() {
        List<Violation> violations = TerritoryValidator.validate(ReferenceTerritory.data()).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(Check.UNKNOWN_SEAT, violations.get(0).check());
        assertEquals(List.of(UnitCode.parse("22D03"), UnitCode.parse("220254")), violations.get(0).codes());
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
