package io.github.desconcentra.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.desconcentra.territory.internal.Ids;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumIdsTest {
    @Test
    void sectorsKeepTheIdentifierIdsWouldGive() {
        assertEquals(List.of("health", "education", "inclusion", "police", "rehabilitation", "fire"),
                Arrays.stream(Sector.values()).map(Sector::id).toList());
        for (Sector s : Sector.values()) {
            assertSame(s.id(), s.id());
            assertEquals(Ids.of(s), s.id());
            assertSame(s, Sector.fromId(s.id()));
        }
    }

    @Test
    void measuresAndAssessmentsKeepTheIdentifierIdsWouldGive() {
        assertEquals(List.of("establishments", "places", "staff"),
                Arrays.stream(Measure.values()).map(Measure::id).toList());
        assertEquals(List.of("assessed", "partly_assessed", "not_assessed"),
                Arrays.stream(Assessment.values()).map(Assessment::id).toList());
        for (Measure m : Measure.values()) {
            assertSame(m, Measure.fromId(m.id()));
        }
        for (Assessment a : Assessment.values()) {
            assertSame(a, Assessment.fromId(a.id()));
        }
    }

    @Test
    void aLinesScopeIsWrittenInLowerCase() {
        assertEquals(List.of("standard", "comparison", "requirement", "rollup"),
                Arrays.stream(DeficitLine.Scope.values()).map(DeficitLine.Scope::id).toList());
        assertSame(DeficitLine.Scope.ROLLUP.id(), DeficitLine.Scope.ROLLUP.id());
    }
}
