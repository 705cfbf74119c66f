package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.regex.Pattern;

/**
 * The code of a planning circuit: its district's code, the letter {@code C} and a number of two or three digits
 * ({@code 17D01C03}). Two digits suffice for Ecuador; three allow larger districts.
 *
 * @param value the code, never null
 */
public record CircuitCode(String value) implements UnitCode {
    static final Pattern PATTERN = Pattern.compile("\\d{2}D\\d{2}C\\d{2,3}");

    /** @throws IllegalArgumentException naming the value when it does not look like {@code 17D01C03} */
    public CircuitCode {
        Preconditions.requireMatch(value, PATTERN, "circuit code",
                "a district code, C and two or three digits, e.g. 17D01C03");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static CircuitCode of(String value) {
        return new CircuitCode(value == null ? null : value.trim());
    }

    /** The district this code nests in by its prefix: {@code 17D01} for {@code 17D01C03}. */
    public DistrictCode district() {
        return new DistrictCode(value.substring(0, 5));
    }

    /** The circuit number within its district, e.g. 3 for {@code 17D01C03}. */
    public int number() {
        return Integer.parseInt(value.substring(6));
    }

    @Override
    public Level level() {
        return Level.CIRCUIT;
    }

    @Override
    public String toString() {
        return value;
    }
}
