package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;

/**
 * The code of the nation, identified by its ISO 3166-1 alpha-2 country code (`EC`).
 *
 * @param value the code, never null; must be two upper-case letters (ISO 3166-1 alpha-2), e.g. EC
 */
public record NationCode(String value) implements UnitCode {

    /** @throws IllegalArgumentException naming the value when it does not have the code's shape */
    public NationCode {
        Preconditions.requireShape(value, CodeShape.nation(value), "nation code", "two upper-case letters (ISO 3166-1 alpha-2), e.g. EC");
    }

    /** Parses a code; same as the constructor, after trimming blanks. */
    public static NationCode of(String value) {
        return new NationCode(value == null ? null : value.trim());
    }

    @Override
    public Level level() {
        return Level.NATION;
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
        return other == this || other instanceof NationCode c && value.equals(c.value);
    }

    /** The value's hash, as the record's own (a record of one component hashes as that component). */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
