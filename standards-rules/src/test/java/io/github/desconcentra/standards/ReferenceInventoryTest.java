package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.reference.ReferenceInventory;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReferenceInventoryTest {
    private static final Territory ECUADOR = ReferenceTerritory.territory();
    private static final Catalogue CATALOGUE = StandardsEngine.embedded().catalogue();

    @Test
    void holdsTheRealSchoolsAndADeterministicSampleOfEveryOtherSector() {
        Inventory inv = ReferenceInventory.load(ECUADOR, CATALOGUE);
        assertEquals(EnumSet.allOf(Sector.class), inv.sectors());
        assertEquals(inv, ReferenceInventory.load(ECUADOR, CATALOGUE));
        assertEquals(469, inv.establishments().stream().filter(e -> e.typology().startsWith("UPC_")).count());
        assertEquals(30_168, inv.establishments().stream().filter(e -> e.typology().equals("CRS_REGIONAL"))
                .mapToLong(Establishment::capacity).sum(), "36 prisons of 838 places, about the 30,169 of 2022");
        assertTrue(inv.establishments().stream().filter(e -> e.sector() == Sector.EDUCATION)
                .allMatch(e -> !e.id().startsWith("SAMPLE")));
        assertEquals(0, inv.rejected().size());
    }
}
