package io.github.desconcentra.territory.reference;

import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.Canton;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Nation;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.PopulationProjections;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Province;
import io.github.desconcentra.territory.ProvinceCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.circuits.CircuitBuilder;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.io.BoundariesGeoJson;
import io.github.desconcentra.territory.io.TerritoryCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Derives the "Ecuador 2022 reference" territory folder from the curated public inputs: {@code parishes.csv} (DPA
 * 2025, CPV 2022), {@code districts.csv} (names, zones, offices), {@code circuits_senplades_2012.csv} (the official
 * SENPLADES circuits), {@code urban_parishes.csv} (INEC 2024), {@code canton_projections.csv} and, for the circuit
 * comparison, {@code schools_zone5.csv}.
 *
 * <p>Policies, all documented in {@code docs/DATA.md}:
 * <ul>
 * <li>Parishes outside any canton (province 90, canton 9006, the non-delimited zone: parish 900651 Juval, no
 *     census population) are left out: they belong to no district.</li>
 * <li>Circuits are the official 1,134, their 2012 parish codes carried to DPA 2025 by the project's crosswalk
 *     ({@code dpa_2012_to_2025.csv} beside this class: recoded and absorbed parishes, parishes created since 2012,
 *     each with its status and evidence). A circuit's district is the one its code names; the seven circuits
 *     {@code 000C01}–{@code 000C07} of the former non-delimited zones keep their codes and are attached to the
 *     district that holds their parishes today.</li>
 * <li>A parish held by several circuits is split in proportion to the table's own population figures for its parts
 *     (census 2001 or 2010): estimated shares, applied to the 2022 census.</li>
 * <li>Urban parishes are placed in circuits by name, by the districts their schools report, or else in every
 *     circuit of their seat ({@link io.github.desconcentra.territory.UrbanParish.Placement}).</li>
 * <li>Zones 8 and 9 are metropolitan (BRIEF §1): zone 8 = cantons Guayaquil 0901, Durán 0907, Samborondón 0916;
 *     zone 9 = the Metropolitan District of Quito 1701.</li>
 * <li>Age structures: each parish's row of {@code census2022_age_parish.csv} (INEC CPV 2022, eighteen five-year
 *     groups), joined by code; the census code 140157 is DPA 2025's 141350 ({@link #CENSUS_CODE_CROSSWALK}). Every
 *     census row must join a parish with the same population, and every parish with people must have a row;
 *     parishes created after the census (population 0) have none.</li>
 * <li>Boundaries: {@code boundaries/parishes.geojson} (CONALI 2024, simplified), joined by parish code, coordinates
 *     rounded to {@link #COORDINATE_DECIMALS} decimals, only {@code parish_code} kept; polygons of parishes left out
 *     of the territory (Juval) are dropped; every other polygon must name a parish.</li>
 * </ul>
 *
 * <p>{@link CircuitBuilder} is not used for the dataset; {@link #compareCircuits()} runs it on the same districts to
 * compare derived and official circuit counts.
 */
public final class ReferenceDatasetBuilder {
    /** Zones defined as sets of cantons (BRIEF §1). */
    public static final Map<ZoneCode, Set<CantonCode>> METROPOLITAN_ZONES = Map.of(
            ZoneCode.of("Z8"), Set.of(CantonCode.of("0901"), CantonCode.of("0907"), CantonCode.of("0916")),
            ZoneCode.of("Z9"), Set.of(CantonCode.of("1701")));

    /** The name of the file comparing official and derived circuit counts per district. */
    public static final String CIRCUIT_COMPARISON = "circuit_comparison.csv";

    /** Census parish codes that DPA 2025 writes differently: 140157 Sevilla Don Bosco is now canton seat 141350. */
    public static final Map<ParishCode, ParishCode> CENSUS_CODE_CROSSWALK = Map.of(ParishCode.of("140157"),
            ParishCode.of("141350"));

    /** The decimals kept of the polygons' coordinates (10<sup>-4</sup> degree, about 11 m). */
    public static final int COORDINATE_DECIMALS = 4;

    private static final ProvinceCode NON_DELIMITED = ProvinceCode.of("90");
    private static final String CENSUS_AGES = "census2022_age_parish.csv";
    private static final String PARISH_POLYGONS = "boundaries/parishes.geojson";
    private static final Provenance CENSUS_SOURCE = Provenance.sourced("INEC CPV 2022, Estructura poblacional,"
            + " table 2.1");

    private final Path input;
    private final CircuitBuilder circuitBuilder;

    /**
     * @param input the folder of curated inputs
     * @param derivedCircuits the bounds of the circuits {@link #compareCircuits()} derives for comparison
     */
    public ReferenceDatasetBuilder(Path input, CircuitBuilder.Options derivedCircuits) {
        this.input = input;
        this.circuitBuilder = new CircuitBuilder(derivedCircuits);
    }

    /** A builder reading {@code input}, comparing with circuits derived by Ecuador's bounds. */
    public static ReferenceDatasetBuilder ecuador(Path input) {
        return new ReferenceDatasetBuilder(input, CircuitBuilder.Options.ECUADOR);
    }

    /**
     * Builds the territory data and checks it validates.
     *
     * @throws InputException naming file, line and value for any problem in the inputs or the result
     */
    public TerritoryData build() {
        return derive().data();
    }

    private record Derived(TerritoryData data, OfficialCircuits.Result official) {
    }

    private Derived derive() {
        List<Problem> problems = new ArrayList<>();
        Map<ParishCode, Parish> parishes = new TreeMap<>();
        Map<CantonCode, Canton> cantons = new TreeMap<>();
        Map<ProvinceCode, Province> provinces = new TreeMap<>();
        readParishes(parishes, cantons, provinces, problems);
        List<RawDistrict> raw = readDistricts(problems);
        PopulationProjections projections = readProjections(problems);
        List<AgeStructure> structures = readAgeStructures(parishes, problems);
        ParishPolygons polygons = readBoundaries(parishes, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        OfficialCircuits.Result official = OfficialCircuits.read(open(OfficialCircuits.FILE), parishes,
                Crosswalk.embedded(), problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<CircuitCode, DistrictCode> districtOf = attach(official, raw, parishes, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        UrbanParishes.Result urban = UrbanParishes.place(open(UrbanParishes.FILE), parishes, official, districtOf,
                problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<CircuitCode, String> names = OfficialCircuits.names(official, parishes);
        List<Circuit> circuits = new ArrayList<>();
        official.partsByCircuit().forEach((code, parts) -> {
            Map<ParishCode, ParishCode> named = urban.partUrbanParish().getOrDefault(code, Map.of());
            List<ParishShare> shares = parts.stream().map(p -> new ParishShare(p.parish(), p.share(), p.partName(),
                    named.get(p.parish()))).toList();
            circuits.add(new Circuit(code, names.get(code), districtOf.get(code), shares));
        });
        List<District> districts = new ArrayList<>();
        Set<ZoneCode> zoneCodes = new TreeSet<>();
        for (RawDistrict d : raw) {
            zoneCodes.add(d.zone);
            districts.add(new District(d.code, d.name, d.zone, d.seat));
        }
        List<Zone> zones = new ArrayList<>();
        for (ZoneCode z : zoneCodes) {
            zones.add(new Zone(z, "Zona " + z.number(), METROPOLITAN_ZONES.getOrDefault(z, Set.of())));
        }
        TerritoryData data = new TerritoryData(new Nation(NationCode.of("EC"), "Ecuador"), 2022,
                List.copyOf(provinces.values()), List.copyOf(cantons.values()), List.copyOf(parishes.values()), zones,
                districts, circuits, List.of(), AgeShares.ECUADOR_2022_ASSUMED, projections, urban.urbanParishes())
                .withAgeStructures(structures).withBoundaries(polygons);
        Territory.of(data);
        return new Derived(data, official);
    }

    /**
     * The district of every circuit: the one its code names, or, for a circuit of the former non-delimited zones,
     * the one district that holds its parishes today (by the other circuits holding them, else by the membership
     * of {@code districts.csv}).
     */
    private static Map<CircuitCode, DistrictCode> attach(OfficialCircuits.Result official, List<RawDistrict> raw,
                                                         Map<ParishCode, Parish> parishes, List<Problem> problems) {
        Map<CircuitCode, DistrictCode> districtOf = new TreeMap<>(official.officialDistricts());
        Set<DistrictCode> known = new TreeSet<>();
        Map<CantonCode, DistrictCode> byCanton = new TreeMap<>();
        Map<ParishCode, DistrictCode> byParish = new TreeMap<>();
        for (RawDistrict d : raw) {
            known.add(d.code);
            d.cantons.forEach(c -> byCanton.put(c, d.code));
            d.parishes.forEach(p -> byParish.put(p, d.code));
        }
        districtOf.forEach((c, d) -> {
            if (!known.contains(d)) {
                problems.add(Problem.of(OfficialCircuits.FILE, "circuit " + c + " names district " + d
                        + ", which districts.csv does not list"));
            }
        });
        official.partsByCircuit().forEach((circuit, parts) -> {
            if (!circuit.isNonDelimited()) {
                return;
            }
            Set<DistrictCode> candidates = new TreeSet<>();
            for (OfficialCircuits.Part part : parts) {
                official.parts().get(part.parish()).stream().map(OfficialCircuits.Part::circuit)
                        .filter(c -> !c.isNonDelimited()).forEach(c -> candidates.add(official.officialDistricts()
                                .get(c)));
                DistrictCode member = byParish.getOrDefault(part.parish(), byCanton.get(parishes.get(part.parish())
                        .canton()));
                if (member != null) {
                    candidates.add(member);
                }
            }
            if (candidates.size() != 1) {
                problems.add(Problem.of(OfficialCircuits.FILE, "circuit " + circuit + " of the former non-delimited"
                        + " zones holds parishes of " + (candidates.isEmpty() ? "no district" : "districts "
                        + candidates) + " today: it can be attached to exactly one"));
            } else {
                districtOf.put(circuit, candidates.iterator().next());
            }
        });
        return districtOf;
    }

    /**
     * Builds the dataset and writes it, with the per-district circuit comparison ({@value #CIRCUIT_COMPARISON}),
     * to {@code out}.
     *
     * @return the data written
     */
    public TerritoryData writeTo(Path out) {
        Derived derived = derive();
        TerritoryCsv.write(derived.data(), out);
        writeComparison(compare(derived), out.resolve(CIRCUIT_COMPARISON));
        return derived.data();
    }

    private InputStream open(String file) {
        try {
            return Files.newInputStream(input.resolve(file));
        } catch (IOException e) {
            throw new InputException(Problem.of(file, "cannot be read from " + input + ": " + e.getMessage()));
        }
    }

    private void readParishes(Map<ParishCode, Parish> parishes, Map<CantonCode, Canton> cantons,
                              Map<ProvinceCode, Province> provinces, List<Problem> problems) {
        String file = "parishes.csv";
        CsvTable t = CsvTable.read(file, open(file), List.of("parish_code", "parish_name", "canton_code",
                "canton_name", "province_code", "province_name", "kind", "lat", "lon", "population_2022",
                "population_source"), List.of(), null, problems);
        Cells cells = new Cells(file, problems);
        for (CsvTable.Row row : t.rows()) {
            ParishCode code = cells.parse(row, "parish_code", ParishCode::of);
            CantonCode canton = cells.parse(row, "canton_code", CantonCode::of);
            ProvinceCode province = cells.parse(row, "province_code", ProvinceCode::of);
            ParishKind kind = cells.parse(row, "kind", ParishKind::fromId);
            Double lat = cells.parse(row, "lat", Cells::parseFiniteDouble);
            Double lon = cells.parse(row, "lon", Cells::parseFiniteDouble);
            String pop = row.get("population_2022");
            Long population = pop.isEmpty() ? Long.valueOf(0) : cells.parseValue(row, "population_2022", pop,
                    Cells::parseCount);
            if (code == null || canton == null || province == null || kind == null || lat == null || lon == null
                    || population == null) {
                continue;
            }
            if (province.value().equals("90")) {
                continue; // the non-delimited zone: no canton, no district (docs/DATA.md)
            }
            if (parishes.containsKey(code)) {
                cells.problem(row, "parish_code", code.value(), "duplicate parish code");
                continue;
            }
            provinces.putIfAbsent(province, new Province(province, row.get("province_name")));
            cantons.putIfAbsent(canton, new Canton(canton, row.get("canton_name"), province));
            parishes.put(code, new Parish(code, row.get("parish_name"), canton, kind, new Coordinates(lat, lon),
                    population, row.get("population_source")));
        }
    }

    /** A district of {@code districts.csv}; its membership serves only to attach the non-delimited circuits. */
    private record RawDistrict(DistrictCode code, String name, ZoneCode zone, ParishCode seat,
                               List<CantonCode> cantons, List<ParishCode> parishes) {
    }

    private List<RawDistrict> readDistricts(List<Problem> problems) {
        String file = "districts.csv";
        CsvTable t = CsvTable.read(file, open(file), List.of("district_code", "district_name", "zone",
                "seat_parish_code", "cantons", "parishes"), List.of("shares_urban_seat_of", "seat_lat", "seat_lon",
                "evidence", "confidence", "population_2022_excl_shared", "notes"), null, problems);
        Cells cells = new Cells(file, problems);
        List<RawDistrict> list = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            DistrictCode code = cells.parse(row, "district_code", DistrictCode::of);
            String name = cells.text(row, "district_name");
            ZoneCode zone = cells.parse(row, "zone", s -> ZoneCode.ofNumber(Integer.parseInt(s)));
            ParishCode seat = cells.optional(row, "seat_parish_code", ParishCode::of);
            List<CantonCode> cs = new ArrayList<>();
            for (String s : split(row.get("cantons"))) {
                CantonCode c = cells.parseValue(row, "cantons", s, CantonCode::of);
                if (c != null) {
                    cs.add(c);
                }
            }
            List<ParishCode> ps = new ArrayList<>();
            for (String s : split(row.get("parishes"))) {
                ParishCode p = cells.parseValue(row, "parishes", s, ParishCode::of);
                if (p != null) {
                    ps.add(p);
                }
            }
            if (code != null && name != null && zone != null) {
                list.add(new RawDistrict(code, name, zone, seat, cs, ps));
            }
        }
        return list;
    }

    private static List<String> split(String v) {
        return v.isEmpty() ? List.of() : List.of(v.split(";"));
    }

    private PopulationProjections readProjections(List<Problem> problems) {
        String file = "canton_projections.csv";
        CsvTable t = CsvTable.read(file, open(file), List.of("canton_code", "canton_name"), List.of(),
                h -> h.matches("\\d{4}"), problems);
        Cells cells = new Cells(file, problems);
        Map<CantonCode, Map<Integer, Long>> series = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            CantonCode c = cells.parse(row, "canton_code", CantonCode::of);
            Map<Integer, Long> years = new TreeMap<>();
            for (String h : t.header()) {
                if (h.matches("\\d{4}")) {
                    Long v = cells.count(row, h);
                    if (v != null) {
                        years.put(Integer.parseInt(h), v);
                    }
                }
            }
            if (c != null) {
                series.put(c, years);
            }
        }
        return new PopulationProjections(series);
    }

    /**
     * The age structure of every parish from its census row, checking each join: a row must name a parish (after
     * {@link #CENSUS_CODE_CROSSWALK}) whose population it equals, and every parish with people must have a row.
     */
    private List<AgeStructure> readAgeStructures(Map<ParishCode, Parish> parishes, List<Problem> problems) {
        List<String> required = new ArrayList<>(List.of("census_parish_code", "parish_name", "canton_code",
                "province_code", "population", "male", "female"));
        required.addAll(AgeStructure.COLUMNS);
        CsvTable t = CsvTable.read(CENSUS_AGES, open(CENSUS_AGES), required, List.of("area_km2"), null, problems);
        Cells cells = new Cells(CENSUS_AGES, problems);
        Map<ParishCode, AgeStructure> structures = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            ParishCode census = cells.parse(row, "census_parish_code", ParishCode::of);
            Long population = cells.count(row, "population");
            List<Long> groups = new ArrayList<>();
            for (String c : AgeStructure.COLUMNS) {
                groups.add(cells.count(row, c));
            }
            if (census == null || population == null || groups.contains(null)) {
                continue;
            }
            ParishCode code = CENSUS_CODE_CROSSWALK.getOrDefault(census, census);
            Parish parish = parishes.get(code);
            if (parish == null) {
                cells.problem(row, "census_parish_code", census.value(), "no DPA 2025 parish " + code + " in"
                        + " parishes.csv");
                continue;
            }
            Provenance pv = code.equals(census) ? CENSUS_SOURCE : Provenance.estimated(CENSUS_SOURCE.source()
                    + "; census parish " + census + " assumed to be DPA 2025 " + code + " (same territory)");
            AgeStructure s = new AgeStructure(code, groups, pv);
            if (s.total() != population) {
                cells.problem(row, "population", population.toString(), "the age groups add up to " + s.total());
            } else if (population != parish.population()) {
                cells.problem(row, "population", population.toString(), "parish " + code + " has population "
                        + parish.population() + " in parishes.csv");
            } else if (structures.putIfAbsent(code, s) != null) {
                cells.problem(row, "census_parish_code", census.value(), "a second census row for parish " + code);
            }
        }
        for (Parish p : parishes.values()) {
            if (p.population() > 0 && !structures.containsKey(p.code())) {
                problems.add(Problem.of(CENSUS_AGES, "parish " + p.code() + " has " + p.population()
                        + " people in parishes.csv but no census row"));
            }
        }
        return List.copyOf(structures.values());
    }

    /** The parish polygons, joined by parish code (see the class comment). */
    private ParishPolygons readBoundaries(Map<ParishCode, Parish> parishes, List<Problem> problems) {
        ParishPolygons layer;
        Map<ParishCode, String> repaired = new TreeMap<>();
        try {
            layer = BoundariesGeoJson.readRepairing(PARISH_POLYGONS, open(PARISH_POLYGONS), repaired);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return ParishPolygons.NONE;
        }
        GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(Math.pow(10,
                COORDINATE_DECIMALS)));
        Map<ParishCode, Geometry> kept = new TreeMap<>();
        for (Map.Entry<ParishCode, Geometry> e : layer.polygons().entrySet()) {
            if (e.getKey().canton().province().equals(NON_DELIMITED)) {
                continue; // Juval 900651: left out of the territory with its parish (docs/DATA.md)
            }
            if (!parishes.containsKey(e.getKey())) {
                problems.add(Problem.of(PARISH_POLYGONS, "a polygon names parish " + e.getKey() + ", which is not in"
                        + " parishes.csv"));
                continue;
            }
            Geometry reduced = reducer.reduce(e.getValue());
            if (!reduced.isValid() || reduced.isEmpty()) {
                problems.add(Problem.of(PARISH_POLYGONS, "the polygon of parish " + e.getKey() + " is not valid once"
                        + " rounded to " + COORDINATE_DECIMALS + " decimals"));
                continue;
            }
            kept.put(e.getKey(), reduced);
        }
        return ParishPolygons.of(kept, Provenance.derived("CONALI 2024 parish layer (public copy"
                + " marcobenavides-png/Mapa-RT-RN-), cleaned and simplified (Douglas-Peucker, 300 m) by the curators of"
                + " the shared inputs; " + repaired.size() + " polygons whose simplified rings crossed themselves made"
                + " valid with JTS GeometryFixer (" + String.join(" ", repaired.keySet().stream()
                .map(ParishCode::value).toList()) + "); coordinates rounded to " + COORDINATE_DECIMALS
                + " decimals"));
    }

    /**
     * One district's circuits: in the official table, attached from the former non-delimited zones, derived by
     * {@link CircuitBuilder} from the same parishes, and named by MINEDUC's zone-5 school registry.
     *
     * @param district never null
     * @param name the district's name
     * @param zone its zone
     * @param population its 2022 census population
     * @param official the circuits whose code names this district in the official table
     * @param nonDelimited the circuits {@code 000Cnn} attached to it, sorted (usually none)
     * @param derived the circuits {@link CircuitBuilder} derives from the parishes (and parish shares) it holds
     * @param mineducZone5 the distinct SENPLADES circuits MINEDUC's zone-5 registry names for its schools; empty
     *     outside zone 5 or without {@code schools_zone5.csv}
     */
    public record CircuitCount(DistrictCode district, String name, ZoneCode zone, long population, int official,
                               List<CircuitCode> nonDelimited, int derived, OptionalInt mineducZone5) {
        /** The circuits the district holds in the dataset: official plus attached. */
        public int circuits() {
            return official + nonDelimited.size();
        }
    }

    /**
     * Compares, per district, the official circuits with those {@link CircuitBuilder} derives from the same
     * parishes (and with MINEDUC's zone-5 education circuits where {@code schools_zone5.csv} is present).
     *
     * @return one row per district, by code
     * @throws InputException naming file, line and value for any problem in the inputs
     */
    public List<CircuitCount> compareCircuits() {
        return compare(derive());
    }

    private List<CircuitCount> compare(Derived derived) {
        Territory t = Territory.of(derived.data());
        Map<DistrictCode, Set<CircuitCode>> official = derived.official().circuitsByOfficialDistrict();
        Map<DistrictCode, Set<String>> mineduc = mineducZone5Circuits();
        List<CircuitCount> rows = new ArrayList<>();
        for (District d : t.districts()) {
            Map<ParishCode, BigDecimal> held = new TreeMap<>();
            List<CircuitCode> attached = new ArrayList<>();
            for (UnitCode c : t.children(d.code())) {
                CircuitCode circuit = (CircuitCode) c;
                if (circuit.isNonDelimited()) {
                    attached.add(circuit);
                }
                t.circuit(circuit).parishes().forEach(s -> held.merge(s.parish(), s.share(), BigDecimal::add));
            }
            List<CircuitBuilder.Member> members = new ArrayList<>();
            held.forEach((p, share) -> members.add(new CircuitBuilder.Member(t.parish(p), share.min(BigDecimal.ONE))));
            OptionalInt zone5 = mineduc == null || !d.zone().equals(ZoneCode.of("Z5")) ? OptionalInt.empty()
                    : OptionalInt.of(mineduc.getOrDefault(d.code(), Set.of()).size());
            rows.add(new CircuitCount(d.code(), d.name(), d.zone(), t.population(d.code()),
                    official.getOrDefault(d.code(), Set.of()).size(), List.copyOf(attached),
                    circuitBuilder.build(d.code(), members).size(), zone5));
        }
        return List.copyOf(rows);
    }

    /** The distinct base circuits MINEDUC's zone-5 registry names per district, or null without the file. */
    private Map<DistrictCode, Set<String>> mineducZone5Circuits() {
        String file = "schools_zone5.csv";
        if (!Files.exists(input.resolve(file))) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        CsvTable t = CsvTable.read(file, open(file), List.of("district_code", "base_circuit"), List.of(), h -> true,
                problems);
        Map<DistrictCode, Set<String>> official = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            for (String c : split(row.get("base_circuit"))) {
                try {
                    CircuitCode code = CircuitCode.of(c);
                    official.computeIfAbsent(code.district(), k -> new TreeSet<>()).add(code.value());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.add(new Problem(file, row.line(), "base_circuit", c, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return official;
    }

    private static void writeComparison(List<CircuitCount> rows, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("district_code,district_name,zone_code,population,official_circuits,non_delimited_circuits,"
                    + "derived_circuits,mineduc_zone5_circuits\n");
            for (CircuitCount r : rows) {
                w.write(r.district() + ",\"" + CsvOutput.neutralise(r.name()).replace("\"", "\"\"") + "\"," + r.zone()
                        + "," + r.population() + "," + r.official() + "," + String.join(";", r.nonDelimited().stream()
                        .map(CircuitCode::value).toList()) + "," + r.derived() + ","
                        + (r.mineducZone5().isPresent() ? Integer.toString(r.mineducZone5().getAsInt()) : "")
                        + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates the embedded dataset: {@code ReferenceDatasetBuilder INPUT_DIR OUTPUT_DIR}.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ReferenceDatasetBuilder INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        TerritoryData data = ecuador(Path.of(args[0])).writeTo(Path.of(args[1]));
        System.out.println(Territory.of(data));
    }
}
