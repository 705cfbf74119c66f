package io.github.desconcentra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDigestsTest {

    @Test
    void theBuildRecordsTheDigestsOfTheEmbeddedInputsAsTheyAreNow() throws Exception {
        Map<String, String> recorded = EmbeddedDigests.recorded();
        assertNotNull(recorded, "the build writes " + EmbeddedDigests.RESOURCE);
        assertEquals(EmbeddedDigests.computed(EmbeddedDigests.names(true)), recorded);
    }

    @Test
    void everyInputOfARunOnAnotherTerritoryIsAmongThoseOfTheReference() {
        assertTrue(EmbeddedDigests.names(true).containsAll(EmbeddedDigests.names(false)));
        assertEquals(7 + 13 + 1 + 18, EmbeddedDigests.names(true).size());
    }

    @Test
    void theDigestOfAKnownTextIsSha256() {
        // sha256sum of the three bytes "abc" (FIPS 180-2, appendix B.1).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                EmbeddedDigests.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theRecordedFileIsWhatSha256sumWrites() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a/b.csv\n",
                EmbeddedDigests.text(Map.of("a/b.csv", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    }
}
