package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a parish: six digits of the INEC DPA code, the first four being its canton ({@code 170150} is the
 * urban seat of Quito; in Ecuador {@code xxxx50} is a canton's urban seat).
 *
 * @param value the code, never null; six digits
 */
public record ParishCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it is not six digits */
    public ParishCode {
        Preconditions.requireShape(value, CodeShape.parish(value), "parish code", "six digits, e.g. 170150");
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

    /**
     * Equal when the values are: as the record's own, written out because codes key most maps of the territory and
     * the evaluation, and the generated method goes through a method handle that the launcher's C1-only compiler
     * does not inline.
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ParishCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
