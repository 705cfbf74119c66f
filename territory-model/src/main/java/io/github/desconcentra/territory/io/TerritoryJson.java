package io.github.desconcentra.territory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.territory.AgeGroup;
import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.Canton;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DemographicOverride;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Nation;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.PopulationProjections;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Province;
import io.github.desconcentra.territory.ProvinceCode;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.UrbanParish;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.internal.InputFiles;
import io.github.desconcentra.territory.internal.JsonFields;
import io.github.desconcentra.territory.internal.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and writes a territory as one JSON document. Reading collects every problem, each located by JSON pointer
 * (e.g. {@code territory.json: /parishes/12/population: must not be negative (value "-3")}); writing sorts every
 * list by code and pretty-prints, so the same data always gives the same bytes.
 *
 * <p>The document: {@code country}, {@code name}, {@code censusYear}, and arrays {@code provinces}
 * ({@code code,name}), {@code cantons} ({@code code,name,province}), {@code parishes}
 * ({@code code,name,canton,kind,lat,lon,population,populationSource}), {@code zones}
 * ({@code code,name,metropolitanCantons}), {@code districts} ({@code code,name,zone,seat}), {@code circuits}
 * ({@code code,name,district,parishes:[{parish,share,partName,urbanParish}]}, the last three optional), optional
 * {@code urbanParishes} ({@code code,name,seat,circuits,placement}: see {@link UrbanParish}), optional
 * {@code demographics} ({@code unit,total,children_0_2,children_3_4,school_age_5_17,adults_65_plus} and optionally
 * {@code children_1_2,school_age_5_14,school_age_15_17}), optional {@code ageShares}
 * ({@code group,share,source,status}; nested groups optional), optional {@code projections} (canton code → year →
 * population), optional {@code ageStructures} ({@code parish,groups:[18 counts, 0–4 … 85+],source,status}) and
 * optional {@code boundaries} (a GeoJSON FeatureCollection of parish polygons, see {@link BoundariesGeoJson}).
 */
public final class TerritoryJson {
    private static final ObjectMapper MAPPER = JsonLimits.mapper().rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private TerritoryJson() {
    }

    /**
     * Reads the raw data of a territory document.
     *
     * @param name the file name used in messages
     * @param in the document; closed by this method
     * @throws InputException with every problem found
     */
    public static TerritoryData read(String name, InputStream in) {
        JsonNode root = JsonLimits.readTree(MAPPER, name, in);
        if (root == null || !root.isObject()) {
            throw new InputException(Problem.of(name, "must hold one JSON object"));
        }
        List<Problem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(name, problems);
        NationCode country = f.text(root, "", "country", NationCode::of);
        String nationName = f.text(root, "", "name", s -> s);
        if (nationName != null && nationName.isBlank()) {
            f.problem("/name", "", "must not be blank");
        }
        Integer censusYear = f.integer(root, "", "censusYear");
        List<Province> provinces = new ArrayList<>();
        each(f, root, "provinces", true, (n, at) -> add(f, at, provinces, () -> {
            ProvinceCode code = f.text(n, at, "code", ProvinceCode::of);
            String nm = f.text(n, at, "name", s -> s);
            return code == null || nm == null ? null : new Province(code, nm);
        }));
        List<Canton> cantons = new ArrayList<>();
        each(f, root, "cantons", true, (n, at) -> add(f, at, cantons, () -> {
            CantonCode code = f.text(n, at, "code", CantonCode::of);
            String nm = f.text(n, at, "name", s -> s);
            ProvinceCode p = f.text(n, at, "province", ProvinceCode::of);
            return code == null || nm == null || p == null ? null : new Canton(code, nm, p);
        }));
        List<Parish> parishes = new ArrayList<>();
        each(f, root, "parishes", true, (n, at) -> add(f, at, parishes, () -> {
            ParishCode code = f.text(n, at, "code", ParishCode::of);
            String nm = f.text(n, at, "name", s -> s);
            CantonCode c = f.text(n, at, "canton", CantonCode::of);
            ParishKind kind = f.text(n, at, "kind", ParishKind::fromId);
            Double lat = f.optionalNumber(n, at, "lat");
            Double lon = f.optionalNumber(n, at, "lon");
            Long pop = f.count(n, at, "population");
            String src = f.optionalText(n, at, "populationSource", s -> s);
            if (code == null || nm == null || c == null || kind == null || pop == null) {
                return null;
            }
            if ((lat == null) != (lon == null)) {
                f.problem(at, "", "lat and lon are given together or not at all");
                return null;
            }
            return new Parish(code, nm, c, kind, lat == null ? null : new Coordinates(lat, lon), pop, src);
        }));
        List<Zone> zones = new ArrayList<>();
        each(f, root, "zones", true, (n, at) -> add(f, at, zones, () -> {
            ZoneCode code = f.text(n, at, "code", ZoneCode::of);
            String nm = f.text(n, at, "name", s -> s);
            List<CantonCode> metro = new ArrayList<>();
            JsonNode arr = f.array(n, at, "metropolitanCantons", false);
            for (int i = 0; i < arr.size(); i++) {
                CantonCode cc = f.element(arr, at + "/metropolitanCantons", i, CantonCode::of);
                if (cc != null) {
                    metro.add(cc);
                }
            }
            return code == null || nm == null ? null : new Zone(code, nm, new TreeSet<>(metro));
        }));
        List<District> districts = new ArrayList<>();
        each(f, root, "districts", true, (n, at) -> add(f, at, districts, () -> {
            DistrictCode code = f.text(n, at, "code", DistrictCode::of);
            String nm = f.text(n, at, "name", s -> s);
            ZoneCode z = f.text(n, at, "zone", ZoneCode::of);
            ParishCode seat = f.optionalText(n, at, "seat", ParishCode::of);
            return code == null || nm == null || z == null ? null : new District(code, nm, z, seat);
        }));
        List<Circuit> circuits = new ArrayList<>();
        each(f, root, "circuits", true, (n, at) -> add(f, at, circuits, () -> {
            CircuitCode code = f.text(n, at, "code", CircuitCode::of);
            String nm = f.text(n, at, "name", s -> s);
            DistrictCode d = f.text(n, at, "district", DistrictCode::of);
            List<ParishShare> shares = new ArrayList<>();
            boolean[] ok = {true};
            each(f, n, at, "parishes", true, (pn, pat) -> {
                ParishCode p = f.text(pn, pat, "parish", ParishCode::of);
                BigDecimal share = f.optionalDecimal(pn, pat, "share");
                String partName = f.optionalText(pn, pat, "partName", s -> s);
                ParishCode urban = f.optionalText(pn, pat, "urbanParish", ParishCode::of);
                if (p == null || pn.has("share") && !pn.get("share").isNull() && share == null
                        || present(pn, "urbanParish") && urban == null || present(pn, "partName") && partName == null) {
                    ok[0] = false;
                    return;
                }
                try {
                    shares.add(new ParishShare(p, share == null ? BigDecimal.ONE : share, partName, urban));
                } catch (IllegalArgumentException e) {
                    f.problem(pat + "/share", share.toPlainString(), e.getMessage());
                    ok[0] = false;
                }
            });
            return code == null || nm == null || d == null || !ok[0] ? null : new Circuit(code, nm, d, shares);
        }));
        List<DemographicOverride> overrides = new ArrayList<>();
        each(f, root, "demographics", false, (n, at) -> add(f, at, overrides, () -> {
            UnitCode unit = f.text(n, at, "unit", UnitCode::parse);
            Long total = f.count(n, at, "total");
            Map<AgeGroup, Long> groups = new EnumMap<>(AgeGroup.class);
            boolean bad = false;
            for (AgeGroup g : AgeGroup.values()) {
                boolean given = n.has(g.id()) && !n.get(g.id()).isNull();
                Long v = g.isMain() || given ? f.count(n, at, g.id()) : null;
                if (v != null) {
                    groups.put(g, v);
                } else if (g.isMain() || given) {
                    bad = true;
                }
            }
            return unit == null || total == null || bad ? null : new DemographicOverride(unit, total, groups);
        }));
        List<UrbanParish> urbanParishes = new ArrayList<>();
        each(f, root, "urbanParishes", false, (n, at) -> add(f, at, urbanParishes, () -> {
            ParishCode code = f.text(n, at, "code", ParishCode::of);
            String nm = f.text(n, at, "name", s -> s);
            ParishCode seat = f.text(n, at, "seat", ParishCode::of);
            UrbanParish.Placement placement = f.text(n, at, "placement", UrbanParish.Placement::fromId);
            List<CircuitCode> cs = new ArrayList<>();
            JsonNode arr = f.array(n, at, "circuits", true);
            boolean ok = true;
            for (int i = 0; i < arr.size(); i++) {
                CircuitCode c = f.element(arr, at + "/circuits", i, CircuitCode::of);
                ok &= c != null;
                if (c != null) {
                    cs.add(c);
                }
            }
            return code == null || nm == null || seat == null || placement == null || !ok ? null
                    : new UrbanParish(code, nm, seat, cs, placement);
        }));
        AgeShares shares = readAgeShares(f, root, problems);
        PopulationProjections projections = readProjections(f, root);
        List<AgeStructure> structures = new ArrayList<>();
        each(f, root, "ageStructures", false, (n, at) -> add(f, at, structures, () -> {
            ParishCode parish = f.text(n, at, "parish", ParishCode::of);
            JsonNode arr = f.array(n, at, "groups", true);
            List<Long> groups = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                    f.problem(at + "/groups/" + i, v.toString(), "must be a whole number not below 0");
                    ok = false;
                } else {
                    groups.add(v.asLong());
                }
            }
            String src = f.text(n, at, "source", s -> s);
            Provenance.Status st = f.text(n, at, "status", Provenance.Status::fromId);
            return parish == null || !ok || src == null || st == null ? null
                    : new AgeStructure(parish, groups, new Provenance(src, st));
        }));
        ParishPolygons boundaries = root.has("boundaries") && !root.get("boundaries").isNull()
                ? BoundariesGeoJson.read(f, root.get("boundaries"), "/boundaries", name) : ParishPolygons.NONE;
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new TerritoryData(new Nation(country, nationName), censusYear, provinces, cantons, parishes, zones,
                districts, circuits, overrides, shares, projections, urbanParishes, structures, boundaries);
    }

    /** True when an optional text field holds something (so a null parse means it was bad and reported). */
    private static boolean present(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
    }

    /** Reads a territory document from a file; see {@link #read(String, InputStream)}. */
    public static TerritoryData read(Path file) {
        return read(file.toString(), InputFiles.open(file, JsonLimits.MAX_DOCUMENT));
    }

    private interface Element {
        void read(JsonNode node, String pointer);
    }

    private interface Builder<T> {
        T build();
    }

    private static void each(JsonFields f, JsonNode root, String field, boolean required, Element e) {
        each(f, root, "", field, required, e);
    }

    private static void each(JsonFields f, JsonNode node, String pointer, String field, boolean required,
                             Element e) {
        JsonNode arr = f.array(node, pointer, field, required);
        for (int i = 0; i < arr.size(); i++) {
            String at = pointer + "/" + field + "/" + i;
            if (f.isObject(arr.get(i), at)) {
                e.read(arr.get(i), at);
            }
        }
    }

    private static <T> void add(JsonFields f, String at, List<T> list, Builder<T> b) {
        try {
            T t = b.build();
            if (t != null) {
                list.add(t);
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            f.problem(at, "", e.getMessage());
        }
    }

    private static AgeShares readAgeShares(JsonFields f, JsonNode root, List<Problem> problems) {
        if (!root.has("ageShares")) {
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
        Map<AgeGroup, BigDecimal> shares = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> prov = new EnumMap<>(AgeGroup.class);
        int before = problems.size();
        each(f, root, "ageShares", true, (n, at) -> {
            AgeGroup g = f.text(n, at, "group", AgeGroup::fromId);
            BigDecimal share = f.optionalDecimal(n, at, "share");
            String src = f.text(n, at, "source", s -> s);
            Provenance.Status st = f.text(n, at, "status", Provenance.Status::fromId);
            if (share == null) {
                f.problem(at + "/share", "", "is missing");
            }
            if (g != null && share != null && src != null && st != null) {
                shares.put(g, share);
                try {
                    prov.put(g, new Provenance(src, st));
                } catch (IllegalArgumentException e) {
                    f.problem(at + "/source", src, e.getMessage());
                }
            }
        });
        if (problems.size() > before) {
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
        try {
            return AgeShares.completing(shares, prov);
        } catch (IllegalArgumentException e) {
            f.problem("/ageShares", "", e.getMessage());
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
    }

    private static PopulationProjections readProjections(JsonFields f, JsonNode root) {
        JsonNode p = root.get("projections");
        if (p == null || p.isNull()) {
            return PopulationProjections.NONE;
        }
        if (!p.isObject()) {
            f.problem("/projections", p.getNodeType().toString(), "must be an object of canton code to series");
            return PopulationProjections.NONE;
        }
        Map<CantonCode, Map<Integer, Long>> series = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/projections/" + e.getKey();
            CantonCode c;
            try {
                c = CantonCode.of(e.getKey());
            } catch (IllegalArgumentException ex) {
                f.problem(at, e.getKey(), ex.getMessage());
                continue;
            }
            if (!e.getValue().isObject()) {
                f.problem(at, e.getValue().toString(), "must be an object of year to population");
                continue;
            }
            Map<Integer, Long> years = new TreeMap<>();
            for (Iterator<String> ys = e.getValue().fieldNames(); ys.hasNext(); ) {
                String y = ys.next();
                if (!y.matches("\\d{4}")) {
                    f.problem(at + "/" + y, y, "must be a four-digit year");
                    continue;
                }
                Long v = f.count(e.getValue(), at, y);
                if (v != null) {
                    years.put(Integer.parseInt(y), v);
                }
            }
            series.put(c, years);
        }
        return new PopulationProjections(series);
    }

    /**
     * Writes a territory document that {@link #read(String, InputStream)} reads back to equal data.
     *
     * @param out not closed by this method
     * @throws UncheckedIOException when writing fails
     */
    public static void write(TerritoryData data, OutputStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("country", data.nation().code().value());
        root.put("name", data.nation().name());
        root.put("censusYear", data.censusYear());
        ArrayNode provinces = root.putArray("provinces");
        sorted(data.provinces(), Province::code).forEach(p -> provinces.addObject().put("code", p.code().value())
                .put("name", p.name()));
        ArrayNode cantons = root.putArray("cantons");
        sorted(data.cantons(), Canton::code).forEach(c -> cantons.addObject().put("code", c.code().value())
                .put("name", c.name()).put("province", c.province().value()));
        ArrayNode parishes = root.putArray("parishes");
        for (Parish p : sorted(data.parishes(), Parish::code)) {
            ObjectNode o = parishes.addObject().put("code", p.code().value()).put("name", p.name())
                    .put("canton", p.canton().value()).put("kind", p.kind().id());
            if (p.centroid() != null) {
                o.put("lat", p.centroid().lat()).put("lon", p.centroid().lon());
            }
            o.put("population", p.population()).put("populationSource", p.populationSource());
        }
        ArrayNode zones = root.putArray("zones");
        for (Zone z : sorted(data.zones(), Zone::code)) {
            ObjectNode o = zones.addObject().put("code", z.code().value()).put("name", z.name());
            ArrayNode m = o.putArray("metropolitanCantons");
            z.sortedMetropolitanCantons().forEach(c -> m.add(c.value()));
        }
        ArrayNode districts = root.putArray("districts");
        for (District d : sorted(data.districts(), District::code)) {
            ObjectNode o = districts.addObject().put("code", d.code().value()).put("name", d.name())
                    .put("zone", d.zone().value());
            if (d.seat() != null) {
                o.put("seat", d.seat().value());
            }
        }
        ArrayNode circuits = root.putArray("circuits");
        for (Circuit c : sorted(data.circuits(), Circuit::code)) {
            ObjectNode o = circuits.addObject().put("code", c.code().value()).put("name", c.name())
                    .put("district", c.district().value());
            ArrayNode ps = o.putArray("parishes");
            for (ParishShare s : c.parishes()) {
                ObjectNode so = ps.addObject().put("parish", s.parish().value());
                if (!s.isWhole()) {
                    so.put("share", s.share());
                }
                if (!s.partName().isEmpty()) {
                    so.put("partName", s.partName());
                }
                if (s.urbanParish() != null) {
                    so.put("urbanParish", s.urbanParish().value());
                }
            }
        }
        if (!data.urbanParishes().isEmpty()) {
            ArrayNode urban = root.putArray("urbanParishes");
            for (UrbanParish u : sorted(data.urbanParishes(), UrbanParish::code)) {
                ObjectNode o = urban.addObject().put("code", u.code().value()).put("name", u.name())
                        .put("seat", u.seat().value());
                ArrayNode cs = o.putArray("circuits");
                u.circuits().forEach(c -> cs.add(c.value()));
                o.put("placement", u.placement().id());
            }
        }
        if (!data.overrides().isEmpty()) {
            ArrayNode demo = root.putArray("demographics");
            for (DemographicOverride o : sorted(data.overrides(), DemographicOverride::unit)) {
                ObjectNode n = demo.addObject().put("unit", o.unit().value()).put("total", o.total());
                for (AgeGroup g : AgeGroup.values()) {
                    if (o.supplies(g)) {
                        n.put(g.id(), o.groups().get(g));
                    }
                }
            }
        }
        ArrayNode shares = root.putArray("ageShares");
        for (AgeGroup g : AgeGroup.values()) {
            Provenance p = data.ageShares().provenance().get(g);
            shares.addObject().put("group", g.id()).put("share", data.ageShares().share(g))
                    .put("source", p.source()).put("status", p.status().id());
        }
        if (!data.projections().isEmpty()) {
            ObjectNode pr = root.putObject("projections");
            data.projections().series().forEach((c, years) -> {
                ObjectNode y = pr.putObject(c.value());
                years.forEach((year, v) -> y.put(Integer.toString(year), v));
            });
        }
        if (!data.ageStructures().isEmpty()) {
            ArrayNode st = root.putArray("ageStructures");
            for (AgeStructure s : sorted(data.ageStructures(), AgeStructure::parish)) {
                ObjectNode n = st.addObject().put("parish", s.parish().value());
                ArrayNode groups = n.putArray("groups");
                s.groups().forEach(groups::add);
                n.put("source", s.provenance().source()).put("status", s.provenance().status().id());
            }
        }
        if (!data.boundaries().isEmpty()) {
            java.io.ByteArrayOutputStream geo = new java.io.ByteArrayOutputStream();
            BoundariesGeoJson.write(data.boundaries(), geo);
            try {
                root.set("boundaries", MAPPER.readTree(geo.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed parish polygons: " + e.getMessage(), e);
            }
        }
        try {
            MAPPER.writeValue(new NonClosing(out), root);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write territory JSON: " + e.getMessage(), e);
        }
    }

    /** Writes a territory document to a file. */
    public static void write(TerritoryData data, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T, K extends Comparable<? super K>> List<T> sorted(List<T> list,
                                                                      java.util.function.Function<T, K> key) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(key));
        return copy;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
