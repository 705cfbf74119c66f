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
import io.github.desconcentra.territory.ParishPolygons;
import io.github.desconcentra.territory.PopulationProjections;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Province;
import io.github.desconcentra.territory.ProvinceCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.circuits.CircuitBuilder;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.io.BoundariesGeoJson;
import io.github.desconcentra.territory.io.TerritoryCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Derives the "Ecuador 2022 reference" territory folder from the curated public inputs ({@code parishes.csv},
 * {@code districts.csv}, {@code canton_projections.csv} and, for the zone-5 comparison, {@code schools_zone5.csv}).
 *
 * <p>Policies, all documented in {@code docs/DATA.md}:
 * <ul>
 * <li>Parishes outside any canton (province 90, canton 9006, the non-delimited zone: parish 900651 Juval, no
 *     census population) are left out: they belong to no district.</li>
 * <li>District membership: the listed whole cantons, the listed parishes, and a share of a city's urban seat shared
 *     by several districts: equal shares by default; weights per district may be supplied.</li>
 * <li>Zones 8 and 9 are metropolitan (BRIEF §1): zone 8 = cantons Guayaquil 0901, Durán 0907, Samborondón 0916;
 *     zone 9 = the Metropolitan District of Quito 1701.</li>
 * <li>Circuits: {@link CircuitBuilder} with {@link CircuitBuilder.Options#ECUADOR}.</li>
 * <li>Age structures: each parish's row of {@code census2022_age_parish.csv} (INEC CPV 2022, eighteen five-year
 *     groups), joined by code; the census code 140157 is DPA 2025's 141350 ({@link #CENSUS_CODE_CROSSWALK}). Every
 *     census row must join a parish with the same population, and every parish with people must have a row;
 *     parishes created after the census (population 0) have none.</li>
 * <li>Boundaries: {@code boundaries/parishes.geojson} (CONALI 2024, simplified), joined by parish code, coordinates
 *     rounded to {@link #COORDINATE_DECIMALS} decimals, only {@code parish_code} kept; polygons of parishes left out
 *     of the territory (Juval) are dropped; every other polygon must name a parish.</li>
 * </ul>
 */
public final class ReferenceDatasetBuilder {
    /** Zones defined as sets of cantons (BRIEF §1). */
    public static final Map<ZoneCode, Set<CantonCode>> METROPOLITAN_ZONES = Map.of(
            ZoneCode.of("Z8"), Set.of(CantonCode.of("0901"), CantonCode.of("0907"), CantonCode.of("0916")),
            ZoneCode.of("Z9"), Set.of(CantonCode.of("1701")));

    /** The name of the file comparing derived and official circuit counts in zone 5. */
    public static final String ZONE5_COMPARISON = "zone5_circuit_comparison.csv";

    private static final MathContext SHARE = new MathContext(15, RoundingMode.HALF_EVEN);

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
    private final Map<DistrictCode, BigDecimal> seatWeights;

    /**
     * @param input the folder of curated inputs
     * @param options circuit bounds
     * @param seatWeights weight of each district in the urban seat it shares (missing districts weigh 1)
     */
    public ReferenceDatasetBuilder(Path input, CircuitBuilder.Options options,
                                   Map<DistrictCode, BigDecimal> seatWeights) {
        this.input = input;
        this.circuitBuilder = new CircuitBuilder(options);
        this.seatWeights = Map.copyOf(seatWeights);
    }

    /** A builder with Ecuador's circuit bounds and equal shares of shared urban seats. */
    public static ReferenceDatasetBuilder ecuador(Path input) {
        return new ReferenceDatasetBuilder(input, CircuitBuilder.Options.ECUADOR, Map.of());
    }

    /**
     * Builds the territory data and checks it validates.
     *
     * @throws InputException naming file, line and value for any problem in the inputs or the result
     */
    public TerritoryData build() {
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
        Map<CantonCode, List<Parish>> byCanton = new TreeMap<>();
        parishes.values().forEach(p -> byCanton.computeIfAbsent(p.canton(), k -> new ArrayList<>()).add(p));
        Map<ParishCode, BigDecimal> seatWeightSum = new HashMap<>();
        for (RawDistrict d : raw) {
            if (d.sharedSeat != null) {
                seatWeightSum.merge(d.sharedSeat, seatWeights.getOrDefault(d.code, BigDecimal.ONE), BigDecimal::add);
            }
        }
        List<District> districts = new ArrayList<>();
        List<Circuit> circuits = new ArrayList<>();
        Set<ZoneCode> zoneCodes = new TreeSet<>();
        for (RawDistrict d : raw) {
            List<CircuitBuilder.Member> members = new ArrayList<>();
            for (CantonCode c : d.cantons) {
                List<Parish> ps = byCanton.get(c);
                if (ps == null) {
                    problems.add(new Problem("districts.csv", d.line, "cantons", c.value(), "unknown canton"));
                    continue;
                }
                ps.forEach(p -> members.add(CircuitBuilder.Member.whole(p)));
            }
            for (ParishCode p : d.parishes) {
                Parish parish = parishes.get(p);
                if (parish == null) {
                    problems.add(new Problem("districts.csv", d.line, "parishes", p.value(), "unknown parish"));
                    continue;
                }
                members.add(CircuitBuilder.Member.whole(parish));
            }
            if (d.sharedSeat != null) {
                Parish seat = parishes.get(d.sharedSeat);
                if (seat == null) {
                    problems.add(new Problem("districts.csv", d.line, "shares_urban_seat_of", d.sharedSeat.value(),
                            "unknown parish"));
                } else {
                    BigDecimal share = seatWeights.getOrDefault(d.code, BigDecimal.ONE)
                            .divide(seatWeightSum.get(d.sharedSeat), SHARE);
                    members.add(new CircuitBuilder.Member(seat, share));
                }
            }
            if (members.isEmpty()) {
                problems.add(new Problem("districts.csv", d.line, "district_code", d.code.value(),
                        "district has no member canton or parish"));
                continue;
            }
            zoneCodes.add(d.zone);
            districts.add(new District(d.code, d.name, d.zone, d.seat));
            circuits.addAll(circuitBuilder.build(d.code, members));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Zone> zones = new ArrayList<>();
        for (ZoneCode z : zoneCodes) {
            zones.add(new Zone(z, "Zona " + z.number(), METROPOLITAN_ZONES.getOrDefault(z, Set.of())));
        }
        TerritoryData data = new TerritoryData(new Nation(NationCode.of("EC"), "Ecuador"), 2022,
                List.copyOf(provinces.values()), List.copyOf(cantons.values()), List.copyOf(parishes.values()), zones,
                districts, circuits, List.of(), AgeShares.ECUADOR_2022_ASSUMED, projections)
                .withAgeStructures(structures).withBoundaries(polygons);
        Territory.of(data);
        return data;
    }

    /**
     * Builds the dataset and writes it, with the zone-5 circuit comparison when {@code schools_zone5.csv} is
     * present, to {@code out}.
     *
     * @return the data written
     */
    public TerritoryData writeTo(Path out) {
        TerritoryData data = build();
        TerritoryCsv.write(data, out);
        Path schools = input.resolve("schools_zone5.csv");
        if (Files.exists(schools)) {
            writeComparison(Territory.of(data), compareZone5(Territory.of(data), schools),
                    out.resolve(ZONE5_COMPARISON));
        }
        return data;
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

    private record RawDistrict(long line, DistrictCode code, String name, ZoneCode zone, ParishCode seat,
                               List<CantonCode> cantons, List<ParishCode> parishes, ParishCode sharedSeat) {
    }

    private List<RawDistrict> readDistricts(List<Problem> problems) {
        String file = "districts.csv";
        CsvTable t = CsvTable.read(file, open(file), List.of("district_code", "district_name", "zone",
                "seat_parish_code", "cantons", "parishes", "shares_urban_seat_of"), List.of("seat_lat", "seat_lon",
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
            ParishCode shared = cells.optional(row, "shares_urban_seat_of", ParishCode::of);
            if (code != null && name != null && zone != null) {
                list.add(new RawDistrict(row.line(), code, name, zone, seat, cs, ps, shared));
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
     * One zone-5 district: circuits in MINEDUC's registry (distinct SENPLADES base circuit codes of its schools)
     * against circuits derived here.
     */
    public record CircuitCount(DistrictCode district, String name, int official, int derived) {
    }

    /**
     * Counts, per zone-5 district, the distinct base circuits named by the school registry and the derived circuits.
     */
    public static List<CircuitCount> compareZone5(Territory territory, Path schools) {
        List<Problem> problems = new ArrayList<>();
        CsvTable t;
        try {
            t = CsvTable.read(schools.getFileName().toString(), Files.newInputStream(schools),
                    List.of("district_code", "base_circuit"), List.of(), h -> true, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<DistrictCode, Set<String>> official = new TreeMap<>();
        for (CsvTable.Row row : t.rows()) {
            for (String c : split(row.get("base_circuit"))) {
                try {
                    CircuitCode code = CircuitCode.of(c);
                    official.computeIfAbsent(code.district(), k -> new TreeSet<>()).add(code.value());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(schools.getFileName().toString(), row.line(), "base_circuit", c,
                            e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<CircuitCount> rows = new ArrayList<>();
        for (District d : territory.districts()) {
            if (d.zone().equals(ZoneCode.of("Z5"))) {
                rows.add(new CircuitCount(d.code(), d.name(), official.getOrDefault(d.code(), Set.of()).size(),
                        territory.children(d.code()).size()));
            }
        }
        return rows;
    }

    private static void writeComparison(Territory territory, List<CircuitCount> rows, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("district_code,district_name,population,official_circuits,derived_circuits\n");
            for (CircuitCount r : rows) {
                w.write(r.district() + ",\"" + r.name().replace("\"", "\"\"") + "\"," + territory.population(
                        r.district()) + "," + r.official() + "," + r.derived() + "\n");
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
