package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a planning district: the two-digit province where its office lies, the letter {@code D} and a
 * two-digit number ({@code 17D01}). The province prefix names where the district is administered; a district may
 * hold cantons of that province only, except where its zone is metropolitan.
 *
 * @param value the code, never null
 */
public record DistrictCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it does not look like {@code 17D01} */
    public DistrictCode {
        Preconditions.requireShape(value, CodeShape.district(value), "district code", "two digits, D and two digits, e.g. 17D01");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static DistrictCode of(String value) {
        return new DistrictCode(value == null ? null : value.trim());
    }

    /** The province named by the first two digits of the code. */
    public ProvinceCode province() {
        return new ProvinceCode(value.substring(0, 2));
    }

    /**
     * The code of this district's circuit number {@code n}, e.g. {@code circuit(3)} of {@code 17D01} is
     * {@code 17D01C03}.
     *
     * @throws IllegalArgumentException when n is not within 1–999
     */
    public CircuitCode circuit(int n) {
        Preconditions.check(n >= 1 && n <= 999, "circuit number must be within 1-999: %d (district %s)", n, value);
        return new CircuitCode(value + "C" + (n < 10 ? "0" + n : Integer.toString(n)));
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
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
        return other == this || other instanceof DistrictCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
