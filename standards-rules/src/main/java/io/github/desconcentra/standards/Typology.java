package io.github.desconcentra.standards;

import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.Map;
import java.util.TreeMap;

/**
 * A class of establishment (tipología): what it is, at which planning level it is planned, what it holds and who
 * works there. An establishment counts as supply at its typology's level: a type-C health centre located in a
 * circuit is supply of the circuit's district.
 *
 * @param code upper-case identifier, e.g. {@code CS_A}; never blank
 * @param sector never null
 * @param nameEs Spanish name, never blank
 * @param nameEn English name, never blank
 * @param level {@link Level#CIRCUIT}, {@link Level#DISTRICT} or {@link Level#ZONE}
 * @param capacityUnit never null
 * @param capacityPerShift nominal capacity per shift in {@code capacityUnit}; 0 when none; at most
 *     {@link #MAX_CAPACITY} over all shifts
 * @param shifts shifts per day, 1 to 24
 * @param staff nominal staff by role; copied, sorted; at most {@link #MAX_STAFF} in all
 * @param provenance where the figures come from
 */
public record Typology(String code, Sector sector, String nameEs, String nameEn, Level level,
                       CapacityUnit capacityUnit, long capacityPerShift, int shifts, Map<String, Integer> staff,
                       Provenance provenance) {
    /**
     * The most places, beds or seats one establishment may hold over all its shifts: a million. The largest
     * establishments planned here hold a few thousand; the bound keeps the sums of millions of them within range.
     */
    public static final long MAX_CAPACITY = 1_000_000;
    /** The most staff one establishment may have, all roles together: a million. */
    public static final long MAX_STAFF = 1_000_000;

    /** @throws IllegalArgumentException naming the value when a field is out of range */
    public Typology {
        Preconditions.requireText(code, "code", "typology");
        Preconditions.check(code.matches("[A-Z][A-Z0-9_]*"), "typology code must be upper-case letters, digits and"
                + " underscores: \"%s\"", code);
        Preconditions.requireNonNull(sector, "sector of typology " + code);
        Preconditions.requireText(nameEs, "Spanish name", code);
        Preconditions.requireText(nameEn, "English name", code);
        Preconditions.check(level == Level.CIRCUIT || level == Level.DISTRICT || level == Level.ZONE,
                "typology %s must be planned at circuit, district or zone level, not %s", code, level);
        Preconditions.requireNonNull(capacityUnit, "capacity unit of typology " + code);
        Preconditions.requireNonNegative(capacityPerShift, "capacity per shift", "typology " + code);
        Preconditions.check(shifts >= 1 && shifts <= 24, "shifts must be 1 to 24: %d (typology %s)", shifts, code);
        Preconditions.check(capacityPerShift <= MAX_CAPACITY / shifts, "capacity over all shifts must be at most"
                + " %,d: %,d per shift x %d shifts (typology %s)", MAX_CAPACITY, capacityPerShift, shifts, code);
        Preconditions.requireNonNull(staff, "staff of typology " + code);
        staff.forEach((role, n) -> Preconditions.check(n != null && n >= 0,
                "staff count must not be negative: %s (typology %s, role %s)", n, code, role));
        long staffTotal = staff.values().stream().mapToLong(Integer::longValue).sum();
        Preconditions.check(staffTotal <= MAX_STAFF, "staff must be at most %,d in all: %,d (typology %s)", MAX_STAFF,
                staffTotal, code);
        staff = java.util.Collections.unmodifiableMap(new TreeMap<>(staff));
        Preconditions.requireNonNull(provenance, "provenance of typology " + code);
    }

    /** Nominal capacity over all shifts, at most {@link #MAX_CAPACITY}. */
    public long capacity() {
        return capacityPerShift * shifts;
    }

    /** Nominal staff, all roles together. */
    public int staffTotal() {
        return staff.values().stream().mapToInt(Integer::intValue).sum();
    }
}
