package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryReplacingTest {
    private static Establishment at(String id, Sector sector, String typology, String source) {
        return new Establishment(id, sector, typology, ParishCode.of("170150"), null, null, null, Condition.GOOD, 1, 0,
                0, "", source, Provenance.Status.SOURCED, Provenance.Status.SOURCED, Provenance.Status.SOURCED);
    }

    private static InventorySource source(String id, Sector... sectors) {
        return new InventorySource(id, id, "test", "2024", Provenance.Status.SOURCED, java.util.Arrays.stream(sectors)
                .map(s -> InventorySource.Coverage.wholeSector(s, "all of it")).toList(), "");
    }

    @Test
    void aLaterInventoryOfOneSectorReplacesThatSectorOnlyAndKeepsEveryAccount() {
        Inventory reference = new Inventory(List.of(at("R-3", Sector.HEALTH, "CS_A", "ref"),
                at("R-1", Sector.EDUCATION, "ESCUELA", "ref"), at("R-2", Sector.HEALTH, "PUESTO_SALUD", "ref")),
                List.of(), List.of(new Rejection("ref.csv", 7, "R-9", "unknown parish")),
                List.of(source("ref", Sector.HEALTH, Sector.EDUCATION)),
                List.of(new Inventory.FileAccount("ref.csv", "ref", 3, 0, 1)));
        Inventory own = new Inventory(List.of(at("U-1", Sector.HEALTH, "CS_B", "mine")), List.of(), List.of(),
                List.of(source("mine", Sector.HEALTH)), List.of(new Inventory.FileAccount("mine.csv", "mine", 1, 0, 0)));

        Inventory merged = Inventory.replacingBySector(List.of(reference, own));

        assertEquals(List.of("R-1", "U-1"), merged.establishments().stream().map(Establishment::id).toList());
        assertEquals(List.of("mine", "ref"), merged.sources().stream().map(InventorySource::id).toList());
        assertEquals(java.util.Set.of(Sector.EDUCATION), merged.sources().get(1).sectors());
        assertEquals(1, merged.rejected().size());
        assertEquals(2, merged.files().size());
    }
}
