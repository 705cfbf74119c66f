package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Preconditions;
import java.util.List;
import java.util.Optional;

/**
 * Where a point falls among the parish polygons ({@link Boundaries#locate(Coordinates, double)}).
 *
 * @param kind how the point relates to the polygons, never null
 * @param candidates the parishes the point may belong to, sorted by code: one when {@link Kind#INSIDE} or
 *     {@link Kind#NEAR}, every parish whose border holds the point when {@link Kind#ON_BORDER}, none when
 *     {@link Kind#OUTSIDE}
 * @param distanceMetres the distance to the nearest polygon ({@link Kind#NEAR}), 0 otherwise
 */
public record Location(Kind kind, List<ParishCode> candidates, double distanceMetres) {

    /** How a point relates to the parish polygons. */
    public enum Kind {
        /** Inside one parish polygon. */
        INSIDE,
        /** On the border shared by several polygons (or on a vertex where they meet). */
        ON_BORDER,
        /** Outside every polygon, but within the tolerance of the nearest one (a coastal or offshore point). */
        NEAR,
        /** Outside every polygon and farther than the tolerance from all of them. */
        OUTSIDE
    }

    /** @throws IllegalArgumentException when the candidates do not fit the kind */
    public Location {
        Preconditions.requireNonNull(kind, "kind of a location");
        candidates = List.copyOf(Preconditions.requireNonNull(candidates, "candidates of a location"));
        Preconditions.check(kind == Kind.OUTSIDE ? candidates.isEmpty() : !candidates.isEmpty(),
                "a location %s has %d candidate parishes", kind, candidates.size());
        Preconditions.check(distanceMetres >= 0 && Double.isFinite(distanceMetres),
                "distance must be finite and not negative: %s", distanceMetres);
    }

    /**
     * The parish of the point: the one it is inside or near; on a border, the lowest code among the candidates (a
     * stated rule, not knowledge: a record that declares one of the candidates should keep its own); empty outside.
     */
    public Optional<ParishCode> parish() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }
}
