package io.github.desconcentra.standards;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to evaluate.
 *
 * @param sectors the sectors to evaluate; never empty
 * @param threads worker threads for the zone partitions, at least 1
 * @param duplicateDistanceMeters establishments of one typology closer than this are flagged as redundant; 0 turns
 *     the check off
 * @param fireLimit the most rule firings one zone partition may take before evaluation stops as a runaway rule set
 */
public record EvaluationOptions(Set<Sector> sectors, int threads, double duplicateDistanceMeters, long fireLimit) {
    /** All sectors, one thread, 50 m, one million firings per zone. */
    public static final EvaluationOptions DEFAULTS = new EvaluationOptions(EnumSet.allOf(Sector.class), 1, 50,
            1_000_000);

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
        return new EvaluationOptions(s, threads, duplicateDistanceMeters, fireLimit);
    }

    /** A copy with another thread count. */
    public EvaluationOptions withThreads(int n) {
        return new EvaluationOptions(sectors, n, duplicateDistanceMeters, fireLimit);
    }

    /** A copy with another fire limit. */
    public EvaluationOptions withFireLimit(long limit) {
        return new EvaluationOptions(sectors, threads, duplicateDistanceMeters, limit);
    }
}
