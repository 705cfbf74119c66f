package io.github.desconcentra.standards;

import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;

/**
 * A service establishment of the current supply (oferta actual), located as precisely as its record allows, or a
 * published aggregate of several establishments of a territorial unit (e.g. a city's 275 community police units).
 *
 * <p>An establishment keeps what its record says about where it is: a circuit, a parish or an urban parish, the unit
 * it lies within (its administering district, or a canton, zone or the nation for an aggregate), its point. The
 * evaluation resolves these to the circuits it may lie in ({@link StandardsEngine#locate}); nothing is ever placed by
 * its id, a hash or a draw.
 *
 * @param id unique within an inventory, never blank
 * @param sector never null
 * @param typology a typology code of the sector, never blank
 * @param parish the DPA parish or INEC urban parish code its record gives, or null
 * @param circuit the circuit its record gives, or null
 * @param within the unit its record says it lies within (district, canton, province, zone or nation), or null; at
 *     least one of parish, circuit and within is given
 * @param location its point, or null
 * @param condition never null
 * @param units how many establishments the record stands for: 1, or more for an aggregate
 * @param capacity beds, seats (all shifts), places or posts of all its units, not negative; 0 when not known
 * @param staff people working there, not negative; 0 when not known
 * @param name may be empty, never null
 * @param source the id of its {@link InventorySource}, never null; empty when none was declared
 * @param typologyStatus how its typology is known (recorded: sourced; inferred from its name: inferred), never null
 * @param capacityStatus how its capacity is known, or null when it is not known
 * @param staffStatus how its staff is known, or null when it is not known
 */
public record Establishment(String id, Sector sector, String typology, ParishCode parish, CircuitCode circuit,
                            UnitCode within, Coordinates location, Condition condition, long units, long capacity,
                            long staff, String name, String source, Provenance.Status typologyStatus,
                            Provenance.Status capacityStatus, Provenance.Status staffStatus) {
    /** @throws IllegalArgumentException naming the value when a field is invalid */
    public Establishment {
        // Each check builds its message only when it fails: a reference run constructs some 18,000 establishments.
        Preconditions.requireNonNull(id, "id of establishment");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank (establishment)");
        }
        if (sector == null) {
            throw new NullPointerException("sector of establishment " + id + " must not be null");
        }
        if (typology == null) {
            throw new NullPointerException("typology of establishment " + id + " must not be null");
        }
        if (typology.isBlank()) {
            throw new IllegalArgumentException("typology must not be blank (establishment " + id + ")");
        }
        if (parish == null && circuit == null && within == null) {
            throw invalid("establishment %s has neither parish, circuit nor a unit it lies within", id);
        }
        if (within != null && (within.level() == Level.CIRCUIT || within.level() == Level.PARISH)) {
            throw invalid("establishment %s: the unit it lies within must be a district, canton, province, zone or"
                    + " the nation, not %s %s (give it as circuit or parish)", id, within.level().id(),
                    within.value());
        }
        if (condition == null) {
            throw new NullPointerException("condition of establishment " + id + " must not be null");
        }
        if (units < 1) {
            throw invalid("establishment %s must stand for at least 1 unit: %d", id, units);
        }
        if (capacity < 0) {
            Preconditions.requireNonNegative(capacity, "capacity", "establishment " + id);
        }
        if (staff < 0) {
            Preconditions.requireNonNegative(staff, "staff", "establishment " + id);
        }
        name = name == null ? "" : name;
        source = source == null ? "" : source;
        if (typologyStatus == null) {
            throw new NullPointerException("typology status of establishment " + id + " must not be null");
        }
        if (capacityStatus == null && capacity != 0) {
            throw invalid("establishment %s: capacity %d is given but its status says it is not known", id,
                    capacity);
        }
        if (staffStatus == null && staff != 0) {
            throw invalid("establishment %s: staff %d is given but its status says it is not known", id, staff);
        }
    }

    private static IllegalArgumentException invalid(String format, Object... args) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }

    /**
     * One establishment of its own record, with no declared source: typology, capacity and staff as given (sourced).
     */
    public Establishment(String id, Sector sector, String typology, ParishCode parish, CircuitCode circuit,
                         Coordinates location, Condition condition, long capacity, long staff, String name) {
        this(id, sector, typology, parish, circuit, null, location, condition, 1, capacity, staff, name, "",
                Provenance.Status.SOURCED, Provenance.Status.SOURCED, Provenance.Status.SOURCED);
    }

    /** A copy that names another source. */
    public Establishment withSource(String sourceId) {
        return new Establishment(id, sector, typology, parish, circuit, within, location, condition, units, capacity,
                staff, name, sourceId, typologyStatus, capacityStatus, staffStatus);
    }

    /** How the value of a measure is known, or null when it is not: establishments are known as the typology is. */
    public Provenance.Status status(Measure m) {
        return switch (m) {
            case ESTABLISHMENTS -> typologyStatus;
            case PLACES -> capacityStatus;
            case STAFF -> staffStatus;
        };
    }

    /** The value of a measure: units, capacity or staff (0 when not known). */
    public long value(Measure m) {
        return switch (m) {
            case ESTABLISHMENTS -> units;
            case PLACES -> capacity;
            case STAFF -> staff;
        };
    }
}
