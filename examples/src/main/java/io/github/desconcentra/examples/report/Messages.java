package io.github.desconcentra.examples.report;

import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the reports in one language, from the UTF-8 bundles {@code messages_es.properties} and
 * {@code messages_en.properties} beside this class. Both bundles hold the same keys with the same {@code {n}}
 * arguments (a test checks it); a key missing from the bundle is a programming error and fails loudly, naming the key
 * and the language, rather than printing the key.
 *
 * <p>Patterns are {@link MessageFormat} patterns: {@code {0}} is the first argument and a literal apostrophe is
 * written {@code ''}. Pass numbers already formatted by {@link ReportNumbers} (as strings) so that every number is
 * rounded and laid out in one place. Instances are immutable and thread-safe.
 */
public final class Messages {
    /** The bundle's base name. */
    public static final String BUNDLE = "io.github.desconcentra.examples.report.messages";

    private final Locale language;
    private final ResourceBundle bundle;
    private final ReportNumbers numbers;

    private Messages(Locale language) {
        this.language = language;
        // No fallback to the JVM's default locale: the report's language is the one asked for, on every machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = ReportNumbers.of(language);
    }

    /**
     * The messages of a report language.
     *
     * @param language one of {@link ReportOptions#LANGUAGES}, not null
     * @throws IllegalArgumentException when the language is not supported
     */
    public static Messages of(Locale language) {
        return new Messages(ReportOptions.language(Objects.requireNonNull(language, "language").toLanguageTag()));
    }

    /** The language, never null. */
    public Locale language() {
        return language;
    }

    /** The number formats of the same language, never null. */
    public ReportNumbers numbers() {
        return numbers;
    }

    /**
     * The message of a key with its arguments filled in.
     *
     * @param key a key of the bundle, not null
     * @param arguments the values of {@code {0}}, {@code {1}}, …; numbers preferably formatted already
     * @return the text, never null
     * @throws MissingResourceException naming the key and the language when the bundle has no such key
     * @throws IllegalArgumentException when the number of arguments is not the number the pattern takes
     */
    public String get(String key, Object... arguments) {
        String pattern = pattern(key);
        if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, language);
        int expected = format.getFormatsByArgumentIndex().length;
        if (arguments.length != expected) {
            throw new IllegalArgumentException("report message '" + key + "' takes " + expected + " argument(s), given "
                    + arguments.length);
        }
        return format.format(arguments);
    }

    /**
     * Whether the bundle has a key (for optional texts such as a status that may have no translation).
     *
     * @param key not null
     */
    public boolean has(String key) {
        return bundle.containsKey(Objects.requireNonNull(key, "key"));
    }

    /** The keys of the bundle, sorted, never null. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }

    /**
     * The raw pattern of a key.
     *
     * @throws MissingResourceException naming the key and the language when the bundle has no such key
     */
    public String pattern(String key) {
        Objects.requireNonNull(key, "key");
        if (!bundle.containsKey(key)) {
            throw new MissingResourceException("no report message '" + key + "' in language "
                    + language.toLanguageTag() + " (" + BUNDLE.replace('.', '/') + "_" + language.getLanguage()
                    + ".properties)", BUNDLE, key);
        }
        return bundle.getString(key);
    }

    /** The name of a level in this language: {@code Distrito} / {@code District}, never null. */
    public String level(Level level) {
        return get("level." + key(level));
    }

    /** The name of a measure in this language: {@code plazas} / {@code places}, never null. */
    public String measure(Measure measure) {
        return get("measure." + key(measure));
    }

    /** How far supply is known, in this language: {@code evaluada en parte} / {@code partly assessed}, never null. */
    public String assessment(Assessment assessment) {
        return get("assessment." + key(assessment));
    }

    /** How a value is known, in this language: {@code supuesto} / {@code assumed}, never null. */
    public String status(Provenance.Status status) {
        return get("status." + key(status));
    }

    private static String key(Enum<?> value) {
        return Objects.requireNonNull(value, "value").name().toLowerCase(Locale.ROOT);
    }

    /** The name of a sector in this language: {@code Salud} / {@code Health}, never null. */
    public String sector(Sector sector) {
        Objects.requireNonNull(sector, "sector");
        return language.equals(ReportOptions.SPANISH) ? sector.nameEs() : sector.nameEn();
    }
}
