package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {
    @Test
    void theDefaultIsSpanishWithoutByteOrderMarkOrTimestamp() {
        ReportOptions d = ReportOptions.defaults();
        assertEquals(ReportOptions.SPANISH, d.language());
        assertTrue(d.isSpanish());
        assertFalse(d.csvByteOrderMark());
        assertEquals(Optional.empty(), d.timestamp());
    }

    @Test
    void aLanguageIsKeptWithoutItsCountry() {
        assertEquals(ReportOptions.SPANISH, ReportOptions.language("es-EC"));
        assertEquals(ReportOptions.ENGLISH, ReportOptions.language(" en "));
        assertEquals(ReportOptions.ENGLISH, ReportOptions.defaults().withLanguage(Locale.US).language());
    }

    @Test
    void anUnsupportedLanguageIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportOptions.language("fr"));
        assertEquals("report language not supported: 'fr' (supported: es, en)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportOptions.defaults().withLanguage(Locale.GERMAN));
    }

    @Test
    void withersChangeOneThing() {
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        ReportOptions o = ReportOptions.defaults().withCsvByteOrderMark(true).withTimestamp(at);
        assertEquals(new ReportOptions(ReportOptions.SPANISH, true, Optional.of(at)), o);
        assertEquals(Optional.empty(), o.withTimestamp(null).timestamp());
    }
}
