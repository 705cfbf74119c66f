package io.github.desconcentra.territory;

/**
 * A WGS84 point. Coordinates locate units for proximity (the circuit builder) and maps; they are not money, so
 * {@code double} is fine.
 *
 * @param lat latitude in degrees, within [-90, 90]
 * @param lon longitude in degrees, within [-180, 180]
 */
public record Coordinates(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** @throws IllegalArgumentException naming the value when a coordinate is out of range or not finite */
    public Coordinates {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90]: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180]: " + lon);
        }
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKm(Coordinates other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
