package io.github.desconcentra.standards;

/**
 * Two establishments of the same typology closer than the configured distance: a likely duplicate record or a
 * wasteful pair. The second (higher id) is not counted as supply.
 *
 * @param kept the id counted as supply
 * @param dropped the id not counted
 * @param typology their typology
 * @param distanceMeters the distance between them, rounded to the metre
 */
public record Redundancy(String kept, String dropped, String typology, long distanceMeters) {
}
