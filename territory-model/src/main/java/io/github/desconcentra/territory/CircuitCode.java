package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of a planning circuit: its district's code, the letter {@code C} and a number of two or three digits
 * ({@code 17D01C03}). Two digits suffice for Ecuador; three allow larger districts.
 *
 * <p>One exception keeps official codes that nest in no district: {@code 000C01}–{@code 000C99}, the circuits
 * SENPLADES drew in 2012 for the then non-delimited zones (El Piedrero, Las Golondrinas, Manga del Cura, La
 * Concordia), which had no district. Their areas now belong to provinces and the police still use these codes, so a
 * territory may attach such a circuit to the district its parishes belong to today (see {@link #isNonDelimited()}
 * and {@link Check#CODE_NOT_NESTED}).
 *
 * @param value the code, never null
 */
public record CircuitCode(String value) implements UnitCode {
    private static final String NON_DELIMITED_PREFIX = "000C";

    /** @throws IllegalArgumentException naming the value when it does not look like {@code 17D01C03} or 000C01 */
    public CircuitCode {
        Preconditions.requireShape(value, CodeShape.circuit(value), "circuit code",
                "a district code, C and two or three digits, e.g. 17D01C03 (or 000C01-000C99 for the former"
                        + " non-delimited zones)");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static CircuitCode of(String value) {
        return new CircuitCode(value == null ? null : value.trim());
    }

    /**
     * True for a code of the former non-delimited zones ({@code 000C01}–{@code 000C99}), which names no district.
     */
    public boolean isNonDelimited() {
        return value.startsWith(NON_DELIMITED_PREFIX);
    }

    /**
     * The district this code nests in by its prefix: {@code 17D01} for {@code 17D01C03}.
     *
     * @throws IllegalStateException naming the code for a code of the former non-delimited zones, which nests in no
     *     district (check {@link #isNonDelimited()} first; the territory's {@link Circuit#district()} says where such
     *     a circuit is attached)
     */
    public DistrictCode district() {
        if (isNonDelimited()) {
            throw new IllegalStateException("circuit code " + value + " belongs to the former non-delimited zones"
                    + " and nests in no district");
        }
        return new DistrictCode(value.substring(0, 5));
    }

    /** The circuit number within its district (or within the non-delimited zones), e.g. 3 for {@code 17D01C03}. */
    public int number() {
        return Integer.parseInt(value.substring(value.indexOf('C') + 1));
    }

    @Override
    public Level level() {
        return Level.CIRCUIT;
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
        return other == this || other instanceof CircuitCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
