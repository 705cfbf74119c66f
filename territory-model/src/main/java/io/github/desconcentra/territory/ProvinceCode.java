package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a province: two digits of the INEC DPA code (`17` Pichincha).
 *
 * @param value the code, never null; must be two digits, e.g. 17
 */
public record ProvinceCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it does not have the code's shape */
    public ProvinceCode {
        Preconditions.requireShape(value, CodeShape.province(value), "province code", "two digits, e.g. 17");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static ProvinceCode of(String value) {
        return new ProvinceCode(value == null ? null : value.trim());
    }

    @Override
    public Level level() {
        return Level.PROVINCE;
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
        return other == this || other instanceof ProvinceCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
