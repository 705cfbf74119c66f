package io.github.desconcentra.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleGeneratorTest {
    @Test
    void establishmentIdsAreSixCharactersOfBase36() {
        assertEquals("E00000", ScaleGenerator.id(0));
        assertEquals("E0000z", ScaleGenerator.id(35));
        assertEquals("E00010", ScaleGenerator.id(36));
        // The last establishment at K = 150: 1,222 circuits x 150 x 20 establishments.
        assertEquals("E26kpb", ScaleGenerator.id(1_222 * 150 * 20 - 1));
    }

    @Test
    void establishmentIdsSortAsTheyWereMade() {
        for (int i = 1; i < 200_000; i += 7) {
            assertTrue(ScaleGenerator.id(i - 1).compareTo(ScaleGenerator.id(i)) < 0, "id " + i);
        }
    }

    @Test
    void anEstablishmentNumberBeyondFiveDigitsIsRefused() {
        assertEquals("Ezzzzz", ScaleGenerator.id(60_466_175));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScaleGenerator.id(60_466_176));
        assertEquals("establishment number 60466176 is beyond 5 base-36 digits", e.getMessage());
    }
}
