package io.github.desconcentra.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CodeShapeProperties {
    /** The characters codes are made of, their neighbours and a few that only look alike (Arabic-Indic and full-width digits). */
    private static final String ALPHABET = "0123456789/:DCZEAz@[ \u0661\uFF11";

    /** Strings of up to 10 of those characters, so that nearly-valid codes of every length come up often. */
    private static final Gen<String> TEXTS = lists().of(integers().between(0, ALPHABET.length() - 1))
            .ofSizeBetween(0, 10).map(l -> l.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
                    .collect(Collectors.joining()));

    /** Each shape and the regular expression the codes used to be checked with. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("nation", "[A-Z]{2}", CodeShape::nation),
            new Shape("province", "\\d{2}", CodeShape::province),
            new Shape("canton", "\\d{4}", CodeShape::canton),
            new Shape("parish", "\\d{6}", CodeShape::parish),
            new Shape("zone", "Z[1-9]\\d?", CodeShape::zone),
            new Shape("district", "\\d{2}D\\d{2}", CodeShape::district),
            new Shape("circuit", "\\d{2}D\\d{2}C\\d{2,3}|000C\\d{2}", CodeShape::circuit));

    private record Shape(String name, String regex, Predicate<String> check) {
    }

    @Test
    void everyShapeAcceptsExactlyWhatItsRegularExpressionMatches() {
        for (Shape shape : SHAPES) {
            Pattern pattern = Pattern.compile(shape.regex());
            qt().withExamples(20_000).forAll(TEXTS).checkAssert(text -> assertEquals(pattern.matcher(text).matches(),
                    shape.check().test(text), shape.name() + " \"" + text + "\""));
        }
    }

    @Test
    void theEdgesOfEachShape() {
        List<String> accepted = List.of("EC", "17", "0901", "170150", "Z1", "Z99", "17D01", "17D01C03", "17D01C120",
                "000C01", "000C99");
        List<String> refused = List.of("ec", "E", "1", "170", "17015", "1701500", "Z0", "Z01", "Z100", "17d01",
                "17D0", "17D01C1", "17D01C1200", "000C1", "000C001", "001C01", "17D01D03", "\uFF117", "");
        for (String code : accepted) {
            assertEquals(1, SHAPES.stream().filter(s -> s.check().test(code)).count(), code);
        }
        for (String text : refused) {
            assertFalse(SHAPES.stream().anyMatch(s -> s.check().test(text)), text);
        }
        assertFalse(SHAPES.stream().anyMatch(s -> s.check().test(null)));
    }
}
