package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Money;
import io.github.desconcentra.territory.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, money, percentages and dates written for a reader of one language: {@code USD 37.651,7 M} and
 * {@code 16.938.986} in Spanish, {@code USD 37,651.7 M} and {@code 16,938,986} in English.
 *
 * <p>Every value is rounded explicitly, half to even, to the decimals asked for before it is written; money stays
 * {@link BigDecimal} throughout (never {@code double}). The separators are fixed here (Spanish: {@code .} groups
 * thousands and {@code ,} marks decimals, as Ecuador's INEC publishes; English the reverse) rather than taken from the
 * JDK's locale data, so a report reads the same on every JDK. Instances are immutable and thread-safe.
 */
public final class ReportNumbers {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final Locale language;
    private final boolean spanish;

    private ReportNumbers(Locale language) {
        this.language = language;
        this.spanish = language.equals(ReportOptions.SPANISH);
    }

    /**
     * The formats of a report language.
     *
     * @param language one of {@link ReportOptions#LANGUAGES}, not null
     * @throws IllegalArgumentException when the language is not supported
     */
    public static ReportNumbers of(Locale language) {
        return new ReportNumbers(ReportOptions.language(Objects.requireNonNull(language, "language").toLanguageTag()));
    }

    /** The language, never null. */
    public Locale language() {
        return language;
    }

    /** A count with thousands grouped: {@code 16.938.986} (es), {@code 16,938,986} (en). */
    public String count(long n) {
        return format(BigDecimal.valueOf(n), 0);
    }

    /**
     * A decimal number rounded half to even to {@code decimals} places, thousands grouped: {@code 1.234,57}.
     *
     * @param decimals 0 or more
     */
    public String decimal(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        return format(value, decimals);
    }

    /**
     * A value with exactly the decimals it has (none for a whole number), thousands grouped: {@code 2.777,78},
     * {@code 1,5}, {@code 4.000.000} (es); {@code 2,777.78}, {@code 1.5}, {@code 4,000,000} (en).
     */
    public String plain(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return format(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** A range, low and high {@link #plain} with an en dash: {@code 482,46–2.777,78} (es), {@code 0–1.5} (en). */
    public String range(Range range) {
        Objects.requireNonNull(range, "range");
        return plain(range.low()) + "–" + plain(range.high());
    }

    /** An amount of money in millions with one decimal and no unit, for a column whose header gives the unit. */
    public String millionsAmount(Money money) {
        return format(money.amount().divide(MILLION), 1);
    }

    /** An amount of money in millions with its currency: {@code USD 37.651,7 M} (es), {@code USD 37,651.7 M} (en). */
    public String millions(Money money) {
        return money.currency().getCurrencyCode() + " " + millionsAmount(money) + " M";
    }

    /**
     * The figures of an interval of amounts in USD, without the currency, and the unit they are written in: in
     * English billions with two decimals ({@code 3.60}, unit {@code bn}); in Spanish whole millions ({@code 3.598},
     * unit {@code M}), because the Spanish <i>billón</i> is 10<sup>12</sup>, <i>mil millones</i> reads poorly next to
     * decimals ({@code 3,60 mil millones}), and millions are the unit of every other money figure of the Spanish
     * report, so the interval compares with the national totals at a glance. Below a billion both write millions
     * with one decimal ({@code 77,2} / {@code 77.2}, unit {@code M}). Rounded half to even.
     *
     * @param amounts the amounts, not null; all are written in billions when any reaches a billion
     * @return the formatted figures in the order given, then the unit as the last element
     */
    public List<String> interval(BigDecimal... amounts) {
        boolean billions = false;
        for (BigDecimal a : amounts) {
            billions |= Objects.requireNonNull(a, "amount").abs().compareTo(BILLION) >= 0;
        }
        List<String> out = new ArrayList<>();
        for (BigDecimal a : amounts) {
            out.add(!billions ? format(a.movePointLeft(6), 1) : spanish ? format(a.movePointLeft(6), 0)
                    : format(a.movePointLeft(9), 2));
        }
        out.add(billions && !spanish ? "bn" : "M");
        return List.copyOf(out);
    }

    /** An amount of money to the cent with its currency: {@code USD 2.223,15} (es), {@code USD 2,223.15} (en). */
    public String money(Money money) {
        return money.currency().getCurrencyCode() + " " + format(money.amount(), 2);
    }

    /**
     * A share (0.1234 for 12.34 %) as a percentage rounded half to even: {@code 12,3 %} (es, with the space the RAE
     * and ISO 80000 ask for), {@code 12.3%} (en).
     *
     * @param decimals decimals of the percentage, 0 or more
     */
    public String percent(BigDecimal share, int decimals) {
        return decimal(Objects.requireNonNull(share, "share").movePointRight(2), decimals) + (spanish ? " %" : "%");
    }

    /** A date: {@code 30 de noviembre de 2026} (es), {@code 30 November 2026} (en). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(spanish ? "d 'de' MMMM 'de' uuuu" : "d MMMM uuuu", language)
                .format(Objects.requireNonNull(date, "date"));
    }

    /**
     * An instant in UTC to the minute: {@code 30 de noviembre de 2026, 13:44 UTC} (es),
     * {@code 30 November 2026, 13:44 UTC} (en).
     */
    public String dateTime(Instant at) {
        var utc = Objects.requireNonNull(at, "instant").atOffset(ZoneOffset.UTC);
        return date(utc.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(utc) + " UTC";
    }

    private String format(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(spanish ? ',' : '.');
        symbols.setGroupingSeparator(spanish ? '.' : ',');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        // Rounded here, explicitly, so the format only lays out digits that are already final.
        return f.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
