package io.github.desconcentra.examples.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the reports of a run are written: the language of every human-readable text (summary, headers of the Excel
 * workbook, labels), whether the CSV files start with a UTF-8 byte-order mark, and the wall-clock time recorded in
 * {@code report.json}.
 *
 * <p>The default language is Spanish, for the Ecuador reference and for every other territory alike: the planning
 * model (zones, districts and circuits over provinces, cantons and parishes) is Ecuador's, and its users are the
 * Spanish-speaking planning offices of the ministries. A territory file declares no language, so no guess is made
 * from its country code; English is chosen explicitly ({@code --lang en}, {@link #withLanguage(Locale)}).
 *
 * <p>What the language does not change: CSV and JSON keys and column names stay machine-stable English, numbers in
 * CSV and JSON stay plain ({@code 37651697922.10}), and the same options give byte-identical files.
 *
 * @param language the language of human-readable text, one of {@link #LANGUAGES} (the country, if any, is dropped)
 * @param csvByteOrderMark whether every CSV file starts with the UTF-8 byte-order mark (for spreadsheet programs that
 *                         otherwise read UTF-8 as the local code page)
 * @param timestamp the run's wall-clock time recorded in report.json, empty for none (reruns then stay identical)
 */
public record ReportOptions(Locale language, boolean csvByteOrderMark, Optional<Instant> timestamp) {
    /** Spanish, the default language. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** English. */
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** The languages the reports are written in. */
    public static final List<Locale> LANGUAGES = List.of(SPANISH, ENGLISH);

    /**
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the language is not one of {@link #LANGUAGES}
     */
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timestamp, "timestamp (Optional.empty() for none)");
        Locale bare = Locale.forLanguageTag(language.getLanguage());
        if (!LANGUAGES.contains(bare)) {
            throw new IllegalArgumentException("report language not supported: '" + language.toLanguageTag()
                    + "' (supported: es, en)");
        }
        language = bare;
    }

    /** Spanish, no byte-order mark, no timestamp. */
    public static ReportOptions defaults() {
        return new ReportOptions(SPANISH, false, Optional.empty());
    }

    /**
     * The language named by a tag such as {@code es}, {@code en} or {@code es-EC}.
     *
     * @throws IllegalArgumentException naming the tag when it is not a supported language
     */
    public static Locale language(String tag) {
        Objects.requireNonNull(tag, "language tag");
        Locale l = Locale.forLanguageTag(tag.strip());
        Locale bare = Locale.forLanguageTag(l.getLanguage());
        if (!LANGUAGES.contains(bare)) {
            throw new IllegalArgumentException("report language not supported: '" + tag + "' (supported: es, en)");
        }
        return bare;
    }

    /** These options in another language (never null). */
    public ReportOptions withLanguage(Locale other) {
        return new ReportOptions(other, csvByteOrderMark, timestamp);
    }

    /** These options with or without the CSV byte-order mark (never null). */
    public ReportOptions withCsvByteOrderMark(boolean on) {
        return new ReportOptions(language, on, timestamp);
    }

    /** These options recording a wall-clock time, or none when {@code at} is null (never null). */
    public ReportOptions withTimestamp(Instant at) {
        return new ReportOptions(language, csvByteOrderMark, Optional.ofNullable(at));
    }

    /** Whether the reports are in Spanish. */
    public boolean isSpanish() {
        return language.equals(SPANISH);
    }
}
