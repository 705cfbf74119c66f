package io.github.desconcentra.territory;

import java.util.Comparator;

/**
 * The code of a territorial unit. Each level has its own record type, so a district code can never be passed where
 * a parish code is expected. Codes order by level, then by their text.
 */
public sealed interface UnitCode extends Comparable<UnitCode>
        permits NationCode, ProvinceCode, CantonCode, ParishCode, ZoneCode, DistrictCode, CircuitCode {

    /** The code as written in files, never null. */
    String value();

    /** The level the code belongs to, never null. */
    Level level();

    /** Orders by level, then by {@link #value()}. */
    Comparator<UnitCode> ORDER = Comparator.comparing(UnitCode::level).thenComparing(UnitCode::value);

    @Override
    default int compareTo(UnitCode other) {
        // Written out rather than ORDER.compare: codes are compared in every sorted map and sort of the territory and
        // the evaluation, and the comparator chain's boxing and indirection cost several times the comparison.
        int c = level().compareTo(other.level());
        return c != 0 ? c : value().compareTo(other.value());
    }

    /**
     * Parses any code by its shape: {@code EC} nation, {@code 17} province, {@code 1701} canton, {@code 170150}
     * parish, {@code Z9} zone, {@code 17D03} district, {@code 17D03C01} (or {@code 000C01}) circuit.
     *
     * @throws IllegalArgumentException naming the value when it has none of these shapes
     */
    static UnitCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("unit code must not be null");
        }
        String s = text.trim();
        if (CodeShape.circuit(s)) {
            return new CircuitCode(s);
        }
        if (CodeShape.district(s)) {
            return new DistrictCode(s);
        }
        if (CodeShape.zone(s)) {
            return new ZoneCode(s);
        }
        if (CodeShape.parish(s)) {
            return new ParishCode(s);
        }
        if (CodeShape.canton(s)) {
            return new CantonCode(s);
        }
        if (CodeShape.province(s)) {
            return new ProvinceCode(s);
        }
        if (CodeShape.nation(s)) {
            return new NationCode(s);
        }
        throw new IllegalArgumentException("not a unit code: \"" + text + "\" (expected e.g. EC, 17, 1701, 170150, Z9,"
                + " 17D03 or 17D03C01)");
    }
}
