package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.costing.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {
    private static final ReportNumbers ES = ReportNumbers.of(ReportOptions.SPANISH);
    private static final ReportNumbers EN = ReportNumbers.of(ReportOptions.ENGLISH);

    @Test
    void theNationalGapInMillionsOfDollars() {
        Money gap = Money.parse("37651697922.10", Money.USD);
        assertEquals("USD 37.651,7 M", ES.millions(gap));
        assertEquals("USD 37,651.7 M", EN.millions(gap));
        assertEquals("37.651,7", ES.millionsAmount(gap));
        assertEquals("USD 37.651.697.922,10", ES.money(gap));
        assertEquals("USD 37,651,697,922.10", EN.money(gap));
    }

    @Test
    void millionsRoundHalfToEven() {
        assertEquals("USD 0,2 M", ES.millions(Money.parse("250000.00", Money.USD)));
        assertEquals("USD 0.4 M", EN.millions(Money.parse("350000.00", Money.USD)));
        assertEquals("USD 0.4 M", EN.millions(Money.parse("350000.01", Money.USD)));
        assertEquals("USD -1.2 M", EN.millions(Money.parse("-1250000.00", Money.USD)));
    }

    @Test
    void peopleAreGroupedByThousands() {
        assertEquals("16.938.986", ES.count(16_938_986));
        assertEquals("16,938,986", EN.count(16_938_986));
        assertEquals("999", ES.count(999));
        assertEquals("-1.000", ES.count(-1000));
    }

    @Test
    void percentagesFromShares() {
        assertEquals("12,3 %", ES.percent(new BigDecimal("0.1234"), 1));
        assertEquals("12.3%", EN.percent(new BigDecimal("0.1234"), 1));
        assertEquals("12,2 %", ES.percent(new BigDecimal("0.1225"), 1));
        assertEquals("12,4 %", ES.percent(new BigDecimal("0.1235"), 1));
        assertEquals("100 %", ES.percent(BigDecimal.ONE, 0));
    }

    @Test
    void decimalsAreRoundedHalfToEvenToTheScaleAsked() {
        assertEquals("2.223,14", ES.decimal(new BigDecimal("2223.145"), 2));
        assertEquals("2,223.16", EN.decimal(new BigDecimal("2223.155"), 2));
        assertEquals("0,50", ES.decimal(new BigDecimal("0.5"), 2));
        assertThrows(IllegalArgumentException.class, () -> ES.decimal(BigDecimal.ONE, -1));
    }

    @Test
    void datesInWords() {
        assertEquals("30 de noviembre de 2026", ES.date(LocalDate.of(2026, 11, 30)));
        assertEquals("30 November 2026", EN.date(LocalDate.of(2026, 11, 30)));
        assertEquals("1 de enero de 2027, 09:05 UTC", ES.dateTime(Instant.parse("2027-01-01T09:05:59Z")));
    }

    @Test
    void theCountryOfALocaleDoesNotChangeTheSeparators() {
        assertEquals("1.234,5", ReportNumbers.of(Locale.forLanguageTag("es-MX")).decimal(new BigDecimal("1234.5"), 1));
        assertEquals("1,234.5", ReportNumbers.of(Locale.UK).decimal(new BigDecimal("1234.5"), 1));
    }
}
