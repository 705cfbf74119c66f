package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes {@code deficits.geojson}: one feature per circuit whose geometry is its outline (the union of the parish
 * polygons of every parish it holds, a (multi)polygon in WGS84 longitude/latitude, 5 decimals; null when none of its
 * parishes has a polygon), with {@code outline_exact} (false where it holds only part of a parish: the whole parish is
 * in its outline), {@code shares_parishes_with} (the circuits splitting such a parish with it) and the
 * population-weighted centre of its parishes as {@code centre_lon}/{@code centre_lat}; and for each sector how far
 * its supply is known there ({@code <sector>_supply}: assessed, partly_assessed,
 * not_assessed, or null where nothing is required), the establishment deficit compared at the circuit where it was
 * assessed (null otherwise: compared at a coarser unit, or unknown), the gap capex per inhabitant of the lines
 * compared at the circuit, and the two other figures the page's map colours, for establishments: the share of the
 * standard met ({@code <sector>_share_met}, where supply was assessed at the circuit or below, else null) and the data
 * coverage ({@code <sector>_coverage}, the share of the requirement whose supply was assessed, null where nothing is
 * required); and on every feature the inventory sources and whether any is the generated sample.
 */
final class ReportGeoJson {
    private ReportGeoJson() {
    }

    /** The population-weighted centroid of a circuit's parishes, or null when none has a point. */
    static Coordinates centroid(Territory t, UnitCode circuit) {
        double lat = 0;
        double lon = 0;
        double w = 0;
        for (CircuitPart p : t.partsOf((io.github.desconcentra.territory.CircuitCode) circuit)) {
            Coordinates c = t.parish(p.parish()).centroid();
            if (c != null) {
                double weight = p.population() + 1.0;
                lat += weight * c.lat();
                lon += weight * c.lon();
                w += weight;
            }
        }
        return w == 0 ? null : new Coordinates(lat / w, lon / w);
    }

    static void write(Figures f, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Territory t = f.run.territory();
        Map<String, Long> establishmentDeficit = new HashMap<>();
        Map<String, io.github.desconcentra.standards.Assessment> supply = new HashMap<>();
        for (DeficitLine l : f.run.evaluation().lines()) {
            if (l.level() != io.github.desconcentra.territory.Level.CIRCUIT) {
                continue;
            }
            String key = l.code().value() + "|" + l.sector().id();
            if (l.scope() == DeficitLine.Scope.STANDARD || l.scope() == DeficitLine.Scope.REQUIREMENT) {
                supply.merge(key, l.assessment(), io.github.desconcentra.standards.Assessment::and);
            }
            if (l.scope() == DeficitLine.Scope.STANDARD && l.measure() == Measure.ESTABLISHMENTS
                    && l.assessment() == io.github.desconcentra.standards.Assessment.ASSESSED) {
                establishmentDeficit.merge(key, l.deficit(), Long::sum);
            }
        }
        String sources = String.join("; ", f.sources());
        boolean sample = f.run.inventory().hasSample();
        ObjectNode root = mapper.createObjectNode().put("type", "FeatureCollection");
        root.put("inventory_sources", sources).put("inventory_sample", sample);
        ArrayNode features = root.putArray("features");
        Boundaries map = t.boundaries().orElse(null);
        DrillDown drill = f.drillDown();
        for (Circuit c : t.circuits()) {
            Coordinates at = f.centroids.get(c.code());
            ObjectNode feature = features.addObject().put("type", "Feature");
            Outline outline = map == null ? null : map.outline(c.code());
            if (outline == null || outline.geometry().isEmpty()) {
                feature.putNull("geometry");
            } else {
                geometry(feature.putObject("geometry"), outline.geometry());
            }
            ObjectNode p = feature.putObject("properties");
            p.put("code", c.code().value()).put("name", c.name()).put("district", c.district().value())
                    .put("zone", t.district(c.district()).zone().value()).put("population", t.population(c.code()))
                    .put("estimated", c.isEstimated());
            if (outline == null) {
                p.putNull("outline_exact");
            } else {
                p.put("outline_exact", outline.exact());
            }
            ArrayNode shared = p.putArray("shares_parishes_with");
            if (outline != null) {
                outline.sharedWith().forEach(u -> shared.add(u.value()));
            }
            if (at == null) {
                p.putNull("centre_lon").putNull("centre_lat");
            } else {
                p.put("centre_lon", round(at.lon())).put("centre_lat", round(at.lat()));
            }
            p
                    .put("gap_capex_per_capita", f.capexPerCapita(c.code()))
                    .put("inventory_sources", sources).put("inventory_sample", sample);
            long pop = t.population(c.code());
            for (String s : Figures.sectorIds()) {
                String key = c.code().value() + "|" + s;
                io.github.desconcentra.standards.Assessment a = supply.get(key);
                if (a == null) {
                    p.putNull(s + "_supply");
                } else {
                    p.put(s + "_supply", a.id());
                }
                Long d = establishmentDeficit.get(key);
                if (d == null) {
                    p.putNull(s + "_deficit_establishments");
                } else {
                    p.put(s + "_deficit_establishments", d);
                }
                p.put(s + "_capex_per_capita", pop == 0 ? BigDecimal.ZERO.setScale(2)
                        : f.capex(c.code(), s).amount().divide(BigDecimal.valueOf(pop), 2, RoundingMode.HALF_EVEN));
                DrillDown.Figure x = drill.figure(c.code(), Sector.fromId(s), Measure.ESTABLISHMENTS);
                share(p, s + "_share_met", x == null ? 0 : x.counts[DrillDown.COMPARED_ASSESSED] - x.counts[DrillDown.DEFICIT],
                        x == null ? 0 : x.counts[DrillDown.COMPARED_ASSESSED]);
                share(p, s + "_coverage", x == null ? 0 : x.counts[DrillDown.REQUIRED_ASSESSED],
                        x == null ? 0 : x.counts[DrillDown.REQUIRED]);
            }
        }
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN);
    }

    /** A share of 4 decimals, or null when the whole is 0 (unknown or nothing required). */
    private static void share(ObjectNode p, String name, long part, long whole) {
        if (whole == 0) {
            p.putNull(name);
        } else {
            p.put(name, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN));
        }
    }

    /** A GeoJSON Polygon or MultiPolygon of a polygonal geometry, coordinates to 5 decimals (about 1 m). */
    private static void geometry(ObjectNode g, Geometry geometry) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        ArrayNode coordinates;
        if (polygons.size() == 1) {
            coordinates = g.put("type", "Polygon").putArray("coordinates");
            rings(coordinates, polygons.get(0));
        } else {
            coordinates = g.put("type", "MultiPolygon").putArray("coordinates");
            polygons.forEach(p -> rings(coordinates.addArray(), p));
        }
    }

    private static void rings(ArrayNode out, Polygon p) {
        ring(out.addArray(), p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(out.addArray(), p.getInteriorRingN(h));
        }
    }

    private static void ring(ArrayNode out, LineString ring) {
        for (Coordinate c : ring.getCoordinates()) {
            out.addArray().add(BigDecimal.valueOf(c.x).setScale(5, RoundingMode.HALF_EVEN))
                    .add(BigDecimal.valueOf(c.y).setScale(5, RoundingMode.HALF_EVEN));
        }
    }
}
