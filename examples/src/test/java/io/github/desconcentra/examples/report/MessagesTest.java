package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Messages ES = Messages.of(ReportOptions.SPANISH);
    private static final Messages EN = Messages.of(ReportOptions.ENGLISH);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void everyKeyExistsInBothLanguagesWithTheSameArguments() {
        assertEquals(ES.keys(), EN.keys());
        assertTrue(ES.keys().size() > 20, ES.keys().toString());
        for (String key : ES.keys()) {
            assertEquals(arguments(ES.pattern(key)), arguments(EN.pattern(key)), key);
            assertFalse(ES.pattern(key).isBlank(), key);
            assertFalse(EN.pattern(key).isBlank(), key);
        }
    }

    @Test
    void theUncertaintySectionIsTranslatedAndEveryVariedKindHasItsWords() {
        // Only patterns made of symbols, ids and numbers read the same in both languages.
        Set<String> same = Set.of("uncertainty.explanation.input", "uncertainty.svg.interval",
                "uncertainty.svg.central");
        for (String key : ES.keys()) {
            if (key.startsWith("uncertainty.") && !same.contains(key)) {
                assertNotEquals(EN.pattern(key), ES.pattern(key), key);
            }
        }
        for (String varied : List.of("costs", "parameters", "all")) {
            assertTrue(ES.has("uncertainty.varied." + varied) && EN.has("uncertainty.varied." + varied), varied);
        }
        for (String measure : UncertaintySection.HEADLINE) {
            for (String key : List.of("uncertainty.headline.", "uncertainty.drivers.", "uncertainty.html.drivers.",
                    "uncertainty.explanation.measure.")) {
                assertTrue(ES.has(key + measure) && EN.has(key + measure), key + measure);
            }
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (Messages m : new Messages[] {ES, EN}) {
            for (String key : m.keys()) {
                MessageFormat f = new MessageFormat(m.pattern(key), m.language());
                assertEquals(arguments(m.pattern(key)).size(), f.getFormatsByArgumentIndex().length, key);
            }
        }
    }

    @Test
    void theBundlesAreReadAsUtf8() {
        assertEquals("Cantón", ES.get("level.canton"));
        assertEquals("español", ES.get("language.name"));
        assertEquals("Salud", ES.sector(Sector.HEALTH));
        assertEquals("Economic and social inclusion", EN.sector(Sector.INCLUSION));
    }

    @Test
    void enumsHaveAWordInBothLanguages() {
        for (Messages m : new Messages[] {ES, EN}) {
            for (Level l : Level.values()) {
                assertFalse(m.level(l).isBlank());
            }
            for (Measure x : Measure.values()) {
                assertFalse(m.measure(x).isBlank());
            }
            for (Assessment a : Assessment.values()) {
                assertFalse(m.assessment(a).isBlank());
            }
            for (Provenance.Status s : Provenance.Status.values()) {
                assertFalse(m.status(s).isBlank());
            }
        }
        assertEquals("evaluada en parte", ES.assessment(Assessment.PARTLY_ASSESSED));
        assertEquals("staff", EN.measure(Measure.STAFF));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("precios de 2025", ES.get("unit.prices_of", "2025"));
        assertEquals("37,651.7 M a year", EN.get("unit.money_millions_per_year", "37,651.7"));
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheLanguage() {
        MissingResourceException e = assertThrows(MissingResourceException.class, () -> ES.get("no.such.key"));
        assertTrue(e.getMessage().contains("'no.such.key'") && e.getMessage().contains("language es")
                && e.getMessage().contains("messages_es.properties"), e.getMessage());
    }

    @Test
    void theWrongNumberOfArgumentsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EN.get("unit.prices_of"));
        assertEquals("report message 'unit.prices_of' takes 1 argument(s), given 0", e.getMessage());
    }

    @Test
    void theJvmDefaultLocaleDoesNotChooseTheBundle() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals("Nación", Messages.of(Locale.forLanguageTag("es-EC")).get("level.nation"));
            assertEquals("Nation", Messages.of(Locale.ENGLISH).get("level.nation"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }
}
