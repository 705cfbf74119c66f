package io.github.desconcentra.examples.cli;

import io.github.desconcentra.examples.report.Messages;
import io.github.desconcentra.examples.report.ReportOptions;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang es|en}: the language of what a command prints for people and of the report's human-readable files;
 * Spanish by default (the rule is {@link ReportOptions}'s). Shared by run, summary, cost and plan.
 */
final class ReportLanguageOptions {
    @Option(names = "--lang", paramLabel = "es|en", defaultValue = "es", converter = Language.class,
            description = "Language of the printed summary and the human-readable reports: es (Spanish) or en"
                    + " (English); default ${DEFAULT-VALUE}. CSV and JSON column names stay English.")
    Locale language;

    /** The messages of the language chosen. */
    Messages messages() {
        return Messages.of(language);
    }

    /**
     * {@code --csv-bom}: start every CSV file with the UTF-8 byte-order mark. Without it Excel opens a UTF-8 CSV in
     * the machine's legacy code page and garbles accents ({@code ManabÃ­}); with it, it reads UTF-8.
     */
    static final class CsvFiles {
        @Option(names = "--csv-bom", description = "Start every CSV file with the UTF-8 byte-order mark, so that"
                + " Excel reads accents right (columns stay comma-separated with English names).")
        boolean byteOrderMark;
    }

    /** A supported language tag; anything else is a usage error (exit 2) naming the value. */
    static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return ReportOptions.language(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
