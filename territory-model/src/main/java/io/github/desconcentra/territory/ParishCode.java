package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.regex.Pattern;

/**
 * The code of a parish: six digits of the INEC DPA code, the first four being its canton ({@code 170150} is the
 * urban seat of Quito; in Ecuador {@code xxxx50} is a canton's urban seat).
 *
 * @param value the code, never null; six digits
 */
public record ParishCode(String value) implements UnitCode {
    static final Pattern PATTERN = Pattern.compile("\\d{6}");

    /** @throws IllegalArgumentException naming the value when it is not six digits */
    public ParishCode {
        Preconditions.requireMatch(value, PATTERN, "parish code", "six digits, e.g. 170150");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static ParishCode of(String value) {
        return new ParishCode(value == null ? null : value.trim());
    }

    /** The canton this code nests in by its first four digits. */
    public CantonCode canton() {
        return new CantonCode(value.substring(0, 4));
    }

    @Override
    public Level level() {
        return Level.PARISH;
    }

    @Override
    public String toString() {
        return value;
    }
}
