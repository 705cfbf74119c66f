package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.Provenance;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void levelsKeepTheIdentifierIdsWouldGive() {
        assertEquals(List.of("nation", "province", "canton", "parish", "zone", "district", "circuit"),
                Arrays.stream(Level.values()).map(Level::id).toList());
        for (Level l : Level.values()) {
            assertSame(l.id(), l.id());
            assertEquals(Ids.of(l), l.id());
            assertSame(l, Level.fromId(l.id()));
        }
    }

    @Test
    void statusesKeepTheIdentifierIdsWouldGive() {
        assertEquals(List.of("sourced", "derived", "inferred", "estimated", "assumed", "sample"),
                Arrays.stream(Provenance.Status.values()).map(Provenance.Status::id).toList());
        for (Provenance.Status s : Provenance.Status.values()) {
            assertEquals(Ids.of(s), s.id());
            assertSame(s, Provenance.Status.fromId(s.id()));
        }
    }

    @Test
    void anIdentifierIsTheConstantsNameInLowerCase() {
        assertEquals("urban_seat", Ids.ofName("URBAN_SEAT"));
        assertEquals("urban_seat", Ids.of(ParishKind.URBAN_SEAT));
        assertSame(ParishKind.URBAN_SEAT, Ids.parse(ParishKind.class, " Urban_Seat ", "parish kind"));
    }
}
