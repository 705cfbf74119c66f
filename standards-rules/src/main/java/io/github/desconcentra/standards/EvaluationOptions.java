package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to evaluate.
 *
 * @param sectors the sectors to evaluate; never empty
 * @param threads worker threads for the rule sessions, at least 1
 * @param duplicateDistanceMeters establishments of one typology closer than this are flagged as redundant; 0 turns
 *     the check off
 * @param fireLimit the most work one rule session may take before evaluation stops as a runaway rule set: every
 *     match a rule makes (each firing is a match first) and every fact a rule inserts counts one
 * @param partitionByZone fire the rules in many small sessions (default: the zones together, and districts with
 *     their circuits in groups of about 256 units) rather than one session for the whole territory; the results are
 *     the same, the memory and time are not
 */
public record EvaluationOptions(Set<Sector> sectors, int threads, double duplicateDistanceMeters, long fireLimit,
                                boolean partitionByZone) {
    /**
     * All sectors, one thread, 50 m, partitioned by zone, and a fire limit of 250,000 per session: more than 50 times
     * what the embedded standards take in a session of the reference territory (under 5,000), and small enough that
     * a runaway rule set stops within seconds and about a hundred megabytes.
     */
    public static final EvaluationOptions DEFAULTS = new EvaluationOptions(EnumSet.allOf(Sector.class), 1, 50,
            250_000, true);

    /** @throws IllegalArgumentException naming the value when out of range */
    public EvaluationOptions {
        Preconditions.check(sectors != null && !sectors.isEmpty(), "at least one sector must be evaluated");
        sectors = Set.copyOf(sectors);
        Preconditions.check(threads >= 1, "threads must be at least 1: %d", threads);
        Preconditions.check(duplicateDistanceMeters >= 0 && Double.isFinite(duplicateDistanceMeters),
                "duplicate distance must be a finite number of metres not below 0: %s", duplicateDistanceMeters);
        Preconditions.check(fireLimit >= 1, "fire limit must be at least 1: %d", fireLimit);
    }

    /** A copy with other sectors. */
    public EvaluationOptions withSectors(Set<Sector> s) {
        return new EvaluationOptions(s, threads, duplicateDistanceMeters, fireLimit, partitionByZone);
    }

    /** A copy with another thread count. */
    public EvaluationOptions withThreads(int n) {
        return new EvaluationOptions(sectors, n, duplicateDistanceMeters, fireLimit, partitionByZone);
    }

    /** A copy that fires the rules in one session for the whole territory, or one per zone. */
    public EvaluationOptions withPartitionByZone(boolean byZone) {
        return new EvaluationOptions(sectors, threads, duplicateDistanceMeters, fireLimit, byZone);
    }

    /** A copy with another duplicate distance (0 turns the check off). */
    public EvaluationOptions withDuplicateDistance(double meters) {
        return new EvaluationOptions(sectors, threads, meters, fireLimit, partitionByZone);
    }

    /** A copy with another fire limit (matches and inserted facts per rule session). */
    public EvaluationOptions withFireLimit(long limit) {
        return new EvaluationOptions(sectors, threads, duplicateDistanceMeters, limit, partitionByZone);
    }
}
