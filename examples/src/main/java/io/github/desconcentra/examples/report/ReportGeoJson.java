package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@code deficits.geojson}: one point per circuit at the population-weighted centroid of its parishes, with
 * for each sector how far its supply is known there ({@code <sector>_supply}: assessed, partly_assessed,
 * not_assessed, or null where nothing is required), the establishment deficit compared at the circuit where it was
 * assessed (null otherwise: compared at a coarser unit, or unknown) and the gap capex per inhabitant of the lines
 * compared at the circuit; and on every feature the inventory sources and whether any is the generated sample.
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
        for (Circuit c : t.circuits()) {
            Coordinates at = f.centroids.get(c.code());
            if (at == null) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
            geometry.putArray("coordinates").add(round(at.lon())).add(round(at.lat()));
            ObjectNode p = feature.putObject("properties");
            p.put("code", c.code().value()).put("name", c.name()).put("district", c.district().value())
                    .put("zone", t.district(c.district()).zone().value()).put("population", t.population(c.code()))
                    .put("estimated", c.isEstimated())
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
            }
        }
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN);
    }
}
