package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a canton: four digits of the INEC DPA code, the first two being its province ({@code 1701} Quito).
 *
 * @param value the code, never null; four digits
 */
public record CantonCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it is not four digits */
    public CantonCode {
        Preconditions.requireShape(value, CodeShape.canton(value), "canton code", "four digits, e.g. 1701");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static CantonCode of(String value) {
        return new CantonCode(value == null ? null : value.trim());
    }

    /** The province this code nests in by its first two digits. */
    public ProvinceCode province() {
        return new ProvinceCode(value.substring(0, 2));
    }

    @Override
    public Level level() {
        return Level.CANTON;
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
        return other == this || other instanceof CantonCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
