package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a planning zone: the letter `Z` and the zone number 1–99 without a leading zero (`Z1` … `Z9` in Ecuador).
 *
 * @param value the code, never null; must be Z followed by a zone number 1-99 without leading zero, e.g. Z9
 */
public record ZoneCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it does not have the code's shape */
    public ZoneCode {
        Preconditions.requireShape(value, CodeShape.zone(value), "zone code", "Z followed by a zone number 1-99 without leading zero, e.g. Z9");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static ZoneCode of(String value) {
        return new ZoneCode(value == null ? null : value.trim());
    }

    /**
     * The zone of a number, e.g. {@code ofNumber(9)} is {@code Z9}.
     *
     * @throws IllegalArgumentException when the number is not within 1–99
     */
    public static ZoneCode ofNumber(int number) {
        return new ZoneCode("Z" + number);
    }

    /** The zone number, e.g. 9 for {@code Z9}. */
    public int number() {
        return Integer.parseInt(value.substring(1));
    }

    @Override
    public Level level() {
        return Level.ZONE;
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
        return other == this || other instanceof ZoneCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
