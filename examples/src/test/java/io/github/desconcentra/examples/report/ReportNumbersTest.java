package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.desconcentra.costing.Money;
import io.github.desconcentra.territory.Range;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
    void anIntervalReachingABillionIsInBillionsInEnglishAndWholeMillionsInSpanish() {
        BigDecimal p10 = new BigDecimal("3602500000.00");
        BigDecimal p90 = new BigDecimal("4177500000.00");
        // Half to even: 3,602.5 M is 3.602 thousand millions, 4,177.5 M is 4.178; 3.6025 bn is 3.60, 4.1775 bn 4.18.
        assertEquals(List.of("3.602", "4.178", "M"), ES.interval(p10, p90));
        assertEquals(List.of("3.60", "4.18", "bn"), EN.interval(p10, p90));
        // One amount at a billion puts all in billions; below, millions with one decimal in both languages.
        assertEquals(List.of("0.95", "1.00", "bn"), EN.interval(new BigDecimal("950000000"),
                new BigDecimal("1000000000")));
        assertEquals(List.of("62,5", "89,9", "M"), ES.interval(new BigDecimal("62549999.99"),
                new BigDecimal("89949999.99")));
    }

    @Test
    void rangesKeepTheirDecimalsInTheLanguagesNumbers() {
        Range r = new Range(new BigDecimal("482.46"), new BigDecimal("2777.780"), "test");
        assertEquals("482,46–2.777,78", ES.range(r));
        assertEquals("482.46–2,777.78", EN.range(r));
        assertEquals("0–1,5", ES.range(new Range(BigDecimal.ZERO, new BigDecimal("1.50"), "test")));
        assertEquals("4.000.000", ES.plain(new BigDecimal("4.0E+6")));
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
