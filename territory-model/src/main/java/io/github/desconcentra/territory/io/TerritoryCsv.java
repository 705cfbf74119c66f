package io.github.desconcentra.territory.io;

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
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.UrbanParish;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.internal.Cells;
import io.github.desconcentra.territory.internal.CsvOutput;
import io.github.desconcentra.territory.internal.CsvTable;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and writes a territory as a folder of CSV files (UTF-8, header row, RFC 4180 quoting, {@code \n} line
 * ends). The files, in the shape of the Ecuador inputs:
 *
 * <table>
 * <caption>Territory folder</caption>
 * <tr><th>file</th><th>columns</th></tr>
 * <tr><td>{@code territory.csv} (required)</td><td>{@code key,value} with keys {@code country} (ISO code),
 *     {@code name}, {@code census_year}</td></tr>
 * <tr><td>{@code parishes.csv} (required)</td><td>{@code parish_code,parish_name,canton_code,canton_name,
 *     province_code,province_name,kind,lat,lon,population_<census year>} and optionally {@code population_source};
 *     provinces and cantons are read from these columns</td></tr>
 * <tr><td>{@code zones.csv} (required)</td><td>{@code zone_code,zone_name} and optionally
 *     {@code metropolitan_cantons} ({@code ;}-separated canton codes)</td></tr>
 * <tr><td>{@code districts.csv} (required)</td><td>{@code district_code,district_name,zone_code} and optionally
 *     {@code seat_parish_code}</td></tr>
 * <tr><td>{@code circuits.csv} (required)</td><td>{@code circuit_code,circuit_name,district_code,parish_code} and
 *     optionally {@code population_share} (empty = the whole parish), {@code part_name} (the name the circuit table
 *     gives a part of a split parish, e.g. a sector of a city) and {@code urban_parish_code} (the urban parish the
 *     part is, listed in {@code urban_parishes.csv}); one row per circuit and parish</td></tr>
 * <tr><td>{@code urban_parishes.csv}</td><td>{@code urban_parish_code,urban_parish_name,seat_parish_code,circuits,
 *     placement}: the urban parishes of canton seats (codes that registries use, not census units), the
 *     {@code ;}-separated circuits each may lie in, and how that set is known ({@code named},
 *     {@code school_districts} or {@code seat}, see {@link UrbanParish.Placement})</td></tr>
 * <tr><td>{@code projections.csv}</td><td>{@code canton_code}, optionally {@code canton_name}, and one column per
 *     year ({@code 2010}, {@code 2011}, …)</td></tr>
 * <tr><td>{@code age_structure.csv}</td><td>{@code parish_code,age_0_4,age_5_9,…,age_80_84,age_85_plus,source,
 *     status}: each parish's people by five-year age group (a census table), from which the target groups are
 *     formed ({@link AgeStructure}); the groups must add up to the parish's population</td></tr>
 * <tr><td>{@code demographics.csv}</td><td>{@code unit_code,total,children_0_2,children_3_4,school_age_5_17,
 *     adults_65_plus} and optionally {@code children_1_2}, {@code school_age_5_14}, {@code school_age_15_17} (empty or
 *     absent: split like the unit's estimate, see {@link DemographicOverride}): target groups supplied for parishes
 *     or circuits; they win over the age structure</td></tr>
 * <tr><td>{@code age_shares.csv}</td><td>{@code age_group,share,source,status}: the fallback for parishes without
 *     an age structure, replacing the default {@link AgeShares#ECUADOR_2022_ASSUMED}; rows for the nested groups
 *     may be left out ({@link AgeShares#completing})</td></tr>
 * <tr><td>{@code boundaries.geojson}</td><td>a GeoJSON FeatureCollection of parish polygons with the property
 *     {@code parish_code} ({@link BoundariesGeoJson}); without it the territory has points only</td></tr>
 * </table>
 *
 * <p>Reading collects every problem of every file before failing; each names the file, line, column and value.
 * Writing sorts rows by code, so the same data always gives the same bytes.
 */
public final class TerritoryCsv {
    /** File names of a territory folder (see the table above): the country, its name and census year. */
    public static final String TERRITORY = "territory.csv";
    /** The parishes with their canton, province, location and census population. */
    public static final String PARISHES = "parishes.csv";
    /** The planning zones. */
    public static final String ZONES = "zones.csv";
    /** The districts and their zone. */
    public static final String DISTRICTS = "districts.csv";
    /** The circuits and the parishes (or parts of parishes) each covers. */
    public static final String CIRCUITS = "circuits.csv";
    /** Optional: population projections per canton and year. */
    public static final String PROJECTIONS = "projections.csv";
    /** Optional: target age groups supplied per parish or circuit, which win over computed ones. */
    public static final String DEMOGRAPHICS = "demographics.csv";
    /** Optional: age-group shares, the fallback for parishes without an age structure. */
    public static final String AGE_SHARES = "age_shares.csv";
    /** Optional: the urban parishes registries use, with the circuits each may lie in. */
    public static final String URBAN_PARISHES = "urban_parishes.csv";
    /** Optional: each parish's people by five-year age group. */
    public static final String AGE_STRUCTURE = "age_structure.csv";
    /** Optional: parish polygons (GeoJSON, WGS84). */
    public static final String BOUNDARIES = "boundaries.geojson";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern POPULATION = Pattern.compile("population_\\d{4}");

    private TerritoryCsv() {
    }

    /**
     * Reads and validates a territory folder.
     *
     * @throws InputException with every problem found (file, line, column, value) or every invariant violated
     */
    public static Territory load(Path dir) {
        InputFiles.checkFolder(dir);
        return Territory.of(read(TerritorySource.directory(dir)), dir.toString());
    }

    /**
     * Reads the raw data of a territory folder without checking the hierarchy's invariants (see
     * {@link io.github.desconcentra.territory.TerritoryValidator}).
     *
     * @throws InputException with every problem found in the files
     */
    public static TerritoryData read(TerritorySource source) {
        return read(source, true);
    }

    /**
     * Reads the raw data of a territory folder, with or without its parish polygons.
     *
     * @param withBoundaries false to skip {@code boundaries.geojson} (the data then has {@link ParishPolygons#NONE};
     *     see {@link #readBoundaries(TerritorySource)} to read it later)
     * @throws InputException with every problem found in the files
     */
    public static TerritoryData read(TerritorySource source, boolean withBoundaries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> meta = readMeta(source, problems);
        NationCode country = null;
        Integer censusYear = null;
        String name = meta.get("name");
        if (meta.containsKey("country")) {
            try {
                country = NationCode.of(meta.get("country"));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(TERRITORY, 0, "country", meta.get("country"), e.getMessage()));
            }
        }
        if (meta.containsKey("census_year")) {
            try {
                censusYear = Integer.parseInt(meta.get("census_year"));
            } catch (NumberFormatException e) {
                problems.add(new Problem(TERRITORY, 0, "census_year", meta.get("census_year"), "must be a year"));
            }
        }
        List<Province> provinces = new ArrayList<>();
        List<Canton> cantons = new ArrayList<>();
        List<Parish> parishes = readParishes(source, censusYear, provinces, cantons, problems);
        List<Zone> zones = readZones(source, problems);
        List<District> districts = readDistricts(source, problems);
        List<Circuit> circuits = readCircuits(source, problems);
        PopulationProjections projections = readProjections(source, problems);
        List<DemographicOverride> overrides = readDemographics(source, problems);
        AgeShares shares = readAgeShares(source, problems);
        List<UrbanParish> urbanParishes = readUrbanParishes(source, problems);
        List<AgeStructure> structures = readAgeStructures(source, problems);
        ParishPolygons boundaries = withBoundaries ? readBoundaries(source, problems) : ParishPolygons.NONE;
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new TerritoryData(new Nation(country, name), censusYear, provinces, cantons, parishes, zones,
                districts, circuits, overrides, shares, projections, urbanParishes, structures, boundaries);
    }

    /**
     * Reads the parish polygons of a territory folder ({@code boundaries.geojson}).
     *
     * @return {@link ParishPolygons#NONE} when the folder has no such file
     * @throws InputException with every problem found in the file
     */
    public static ParishPolygons readBoundaries(TerritorySource source) {
        List<Problem> problems = new ArrayList<>();
        ParishPolygons p = readBoundaries(source, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return p;
    }

    private static ParishPolygons readBoundaries(TerritorySource source, List<Problem> problems) {
        Optional<InputStream> in;
        try {
            in = source.open(BOUNDARIES);
        } catch (UncheckedIOException e) {
            problems.add(Problem.of(BOUNDARIES, e.getMessage()));
            return ParishPolygons.NONE;
        }
        if (in.isEmpty()) {
            return ParishPolygons.NONE;
        }
        try {
            return BoundariesGeoJson.read(BOUNDARIES, in.get());
        } catch (InputException e) {
            problems.addAll(e.problems());
            return ParishPolygons.NONE;
        }
    }

    private static Optional<CsvTable> table(TerritorySource source, String file, boolean required,
                                            List<String> req, List<String> opt,
                                            java.util.function.Predicate<String> also, List<Problem> problems) {
        Optional<InputStream> in;
        try {
            in = source.open(file);
        } catch (UncheckedIOException e) {
            problems.add(Problem.of(file, e.getMessage()));
            return Optional.empty();
        }
        if (in.isEmpty()) {
            if (required) {
                problems.add(Problem.of(file, "required file is missing from " + source.name()));
            }
            return Optional.empty();
        }
        return Optional.of(CsvTable.read(file, in.get(), req, opt, also, problems));
    }

    private static Map<String, String> readMeta(TerritorySource source, List<Problem> problems) {
        Map<String, String> meta = new HashMap<>();
        Optional<CsvTable> t = table(source, TERRITORY, true, List.of("key", "value"), List.of(), null, problems);
        if (t.isEmpty()) {
            return meta;
        }
        Cells cells = new Cells(TERRITORY, problems);
        for (CsvTable.Row row : t.get().rows()) {
            String key = row.get("key");
            if (!List.of("country", "name", "census_year").contains(key)) {
                cells.problem(row, "key", key, "unknown key (expected country, name, census_year)");
            } else if (meta.putIfAbsent(key, row.get("value")) != null) {
                cells.problem(row, "key", key, "key appears twice");
            } else if (row.get("value").isEmpty()) {
                cells.problem(row, "value", "", "must not be empty");
            }
        }
        for (String k : List.of("country", "name", "census_year")) {
            if (!meta.containsKey(k) && t.get().header().contains("key")) {
                problems.add(Problem.of(TERRITORY, "key \"" + k + "\" is missing"));
            }
        }
        meta.values().removeIf(String::isEmpty);
        return meta;
    }

    private static List<Parish> readParishes(TerritorySource source, Integer censusYear, List<Province> provinces,
                                             List<Canton> cantons, List<Problem> problems) {
        List<String> required = List.of("parish_code", "parish_name", "canton_code", "canton_name", "province_code",
                "province_name", "kind", "lat", "lon");
        Optional<CsvTable> t = table(source, PARISHES, true, required, List.of("population_source"),
                h -> POPULATION.matcher(h).matches(), problems);
        List<Parish> parishes = new ArrayList<>();
        if (t.isEmpty() || t.get().rows().isEmpty() && t.get().header().isEmpty()) {
            return parishes;
        }
        List<String> popColumns = t.get().header().stream().filter(h -> POPULATION.matcher(h).matches()).toList();
        String popColumn = censusYear == null ? (popColumns.size() == 1 ? popColumns.get(0) : null)
                : "population_" + censusYear;
        if (popColumn == null || !popColumns.contains(popColumn)) {
            problems.add(new Problem(PARISHES, 1, popColumn == null ? "population_<census year>" : popColumn, "",
                    "required column is missing (the population column is named after the census year in "
                            + TERRITORY + ")"));
            return parishes;
        }
        Cells cells = new Cells(PARISHES, problems);
        Map<ParishCode, Long> firstLine = new HashMap<>();
        Map<ProvinceCode, Province> provinceByCode = new TreeMap<>();
        Map<CantonCode, Canton> cantonByCode = new TreeMap<>();
        Map<UnitCode, Long> nameLine = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            ParishCode code = cells.parse(row, "parish_code", ParishCode::of);
            String name = cells.text(row, "parish_name");
            CantonCode canton = cells.parse(row, "canton_code", CantonCode::of);
            String cantonName = cells.text(row, "canton_name");
            ProvinceCode province = cells.parse(row, "province_code", ProvinceCode::of);
            String provinceName = cells.text(row, "province_name");
            ParishKind kind = cells.parse(row, "kind", ParishKind::fromId);
            Coordinates at = coordinates(cells, row);
            String pop = row.get(popColumn);
            Long population = pop.isEmpty() ? Long.valueOf(0) : cells.parseValue(row, popColumn, pop,
                    Cells::parseCount);
            if (code != null && firstLine.putIfAbsent(code, row.line()) != null) {
                cells.problem(row, "parish_code", code.value(), "duplicate parish code (first at line "
                        + firstLine.get(code) + ")");
                continue;
            }
            if (province != null && provinceName != null) {
                Province p = new Province(province, provinceName);
                Province prev = provinceByCode.putIfAbsent(province, p);
                nameLine.putIfAbsent(province, row.line());
                if (prev != null && !prev.name().equals(provinceName)) {
                    cells.problem(row, "province_name", provinceName, "province " + province + " is named \""
                            + prev.name() + "\" at line " + nameLine.get(province));
                }
            }
            if (canton != null && cantonName != null && province != null) {
                Canton c = new Canton(canton, cantonName, province);
                Canton prev = cantonByCode.putIfAbsent(canton, c);
                nameLine.putIfAbsent(canton, row.line());
                if (prev != null && !prev.equals(c)) {
                    cells.problem(row, "canton_name", cantonName, "canton " + canton + " is \"" + prev.name()
                            + "\" in province " + prev.province() + " at line " + nameLine.get(canton));
                }
            }
            if (code != null && name != null && canton != null && kind != null && population != null) {
                try {
                    parishes.add(new Parish(code, name, canton, kind, at, population,
                            row.get("population_source")));
                } catch (IllegalArgumentException e) {
                    cells.problem(row, "parish_code", code.value(), e.getMessage());
                }
            }
        }
        provinces.addAll(provinceByCode.values());
        cantons.addAll(cantonByCode.values());
        return parishes;
    }

    private static Coordinates coordinates(Cells cells, CsvTable.Row row) {
        Double lat = cells.optional(row, "lat", Cells::parseFiniteDouble);
        Double lon = cells.optional(row, "lon", Cells::parseFiniteDouble);
        if (lat == null && lon == null) {
            if (row.get("lat").isEmpty() != row.get("lon").isEmpty()) {
                cells.problem(row, row.get("lat").isEmpty() ? "lat" : "lon", "", "lat and lon are given together"
                        + " or not at all");
            }
            return null;
        }
        if (lat == null || lon == null) {
            if (row.get("lat").isEmpty() || row.get("lon").isEmpty()) {
                cells.problem(row, lat == null ? "lat" : "lon", "", "lat and lon are given together or not at all");
            }
            return null;
        }
        try {
            return new Coordinates(lat, lon);
        } catch (IllegalArgumentException e) {
            cells.problem(row, "lat", row.get("lat") + "," + row.get("lon"), e.getMessage());
            return null;
        }
    }

    private static List<Zone> readZones(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, ZONES, true, List.of("zone_code", "zone_name"),
                List.of("metropolitan_cantons"), null, problems);
        List<Zone> zones = new ArrayList<>();
        if (t.isEmpty()) {
            return zones;
        }
        Cells cells = new Cells(ZONES, problems);
        Map<ZoneCode, Long> first = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            ZoneCode code = cells.parse(row, "zone_code", ZoneCode::of);
            String name = cells.text(row, "zone_name");
            List<CantonCode> metro = codeList(cells, row, "metropolitan_cantons", CantonCode::of);
            if (code != null && first.putIfAbsent(code, row.line()) != null) {
                cells.problem(row, "zone_code", code.value(), "duplicate zone code (first at line "
                        + first.get(code) + ")");
                continue;
            }
            if (code != null && name != null && metro != null) {
                zones.add(new Zone(code, name, new TreeSet<>(metro)));
            }
        }
        return zones;
    }

    private static <T> List<T> codeList(Cells cells, CsvTable.Row row, String column,
                                        java.util.function.Function<String, T> parser) {
        List<T> list = new ArrayList<>();
        String v = row.get(column);
        if (v.isEmpty()) {
            return list;
        }
        boolean ok = true;
        for (String part : v.split(";", -1)) {
            T code = cells.parseValue(row, column, part, parser);
            ok &= code != null;
            if (code != null) {
                list.add(code);
            }
        }
        return ok ? list : null;
    }

    private static List<District> readDistricts(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, DISTRICTS, true, List.of("district_code", "district_name",
                "zone_code"), List.of("seat_parish_code"), null, problems);
        List<District> districts = new ArrayList<>();
        if (t.isEmpty()) {
            return districts;
        }
        Cells cells = new Cells(DISTRICTS, problems);
        Map<DistrictCode, Long> first = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            DistrictCode code = cells.parse(row, "district_code", DistrictCode::of);
            String name = cells.text(row, "district_name");
            ZoneCode zone = cells.parse(row, "zone_code", ZoneCode::of);
            ParishCode seat = cells.optional(row, "seat_parish_code", ParishCode::of);
            boolean seatBad = !row.get("seat_parish_code").isEmpty() && seat == null;
            if (code != null && first.putIfAbsent(code, row.line()) != null) {
                cells.problem(row, "district_code", code.value(), "duplicate district code (first at line "
                        + first.get(code) + ")");
                continue;
            }
            if (code != null && name != null && zone != null && !seatBad) {
                districts.add(new District(code, name, zone, seat));
            }
        }
        return districts;
    }

    private static List<Circuit> readCircuits(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, CIRCUITS, true, List.of("circuit_code", "circuit_name",
                "district_code", "parish_code"), List.of("population_share", "part_name", "urban_parish_code"), null,
                problems);
        if (t.isEmpty()) {
            return List.of();
        }
        Cells cells = new Cells(CIRCUITS, problems);
        Map<CircuitCode, String> names = new LinkedHashMap<>();
        Map<CircuitCode, DistrictCode> districts = new HashMap<>();
        Map<CircuitCode, Long> firstLine = new HashMap<>();
        Map<CircuitCode, List<ParishShare>> shares = new HashMap<>();
        Map<String, Long> pairLine = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            CircuitCode code = cells.parse(row, "circuit_code", CircuitCode::of);
            String name = cells.text(row, "circuit_name");
            DistrictCode district = cells.parse(row, "district_code", DistrictCode::of);
            ParishCode parish = cells.parse(row, "parish_code", ParishCode::of);
            BigDecimal share = cells.optional(row, "population_share", TerritoryCsv::parseShare);
            boolean shareBad = !row.get("population_share").isEmpty() && share == null;
            ParishCode urban = cells.optional(row, "urban_parish_code", ParishCode::of);
            boolean urbanBad = !row.get("urban_parish_code").isEmpty() && urban == null;
            if (code == null || name == null || district == null || parish == null || shareBad || urbanBad) {
                continue;
            }
            Long prev = pairLine.putIfAbsent(code + "/" + parish, row.line());
            if (prev != null) {
                cells.problem(row, "parish_code", parish.value(), "circuit " + code + " already names this parish at"
                        + " line " + prev);
                continue;
            }
            if (names.putIfAbsent(code, name) == null) {
                districts.put(code, district);
                firstLine.put(code, row.line());
            } else {
                if (!names.get(code).equals(name)) {
                    cells.problem(row, "circuit_name", name, "circuit " + code + " is named \"" + names.get(code)
                            + "\" at line " + firstLine.get(code));
                }
                if (!districts.get(code).equals(district)) {
                    cells.problem(row, "district_code", district.value(), "circuit " + code + " lies in district "
                            + districts.get(code) + " at line " + firstLine.get(code));
                }
            }
            shares.computeIfAbsent(code, k -> new ArrayList<>()).add(new ParishShare(parish,
                    share == null ? BigDecimal.ONE : share, row.get("part_name"), urban));
        }
        List<Circuit> circuits = new ArrayList<>();
        names.forEach((code, name) -> circuits.add(new Circuit(code, name, districts.get(code), shares.get(code))));
        return circuits;
    }

    private static BigDecimal parseShare(String v) {
        BigDecimal d = Cells.parseDecimal(v);
        if (d.signum() <= 0 || d.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("population share must be within (0, 1]");
        }
        return d;
    }

    private static List<UrbanParish> readUrbanParishes(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, URBAN_PARISHES, false, List.of("urban_parish_code", "urban_parish_name",
                "seat_parish_code", "circuits", "placement"), List.of(), null, problems);
        List<UrbanParish> list = new ArrayList<>();
        if (t.isEmpty()) {
            return list;
        }
        Cells cells = new Cells(URBAN_PARISHES, problems);
        Map<ParishCode, Long> first = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            ParishCode code = cells.parse(row, "urban_parish_code", ParishCode::of);
            String name = cells.text(row, "urban_parish_name");
            ParishCode seat = cells.parse(row, "seat_parish_code", ParishCode::of);
            List<CircuitCode> circuits = codeList(cells, row, "circuits", CircuitCode::of);
            UrbanParish.Placement placement = cells.parse(row, "placement", UrbanParish.Placement::fromId);
            if (code != null && first.putIfAbsent(code, row.line()) != null) {
                cells.problem(row, "urban_parish_code", code.value(), "duplicate urban parish code (first at line "
                        + first.get(code) + ")");
                continue;
            }
            if (circuits != null && circuits.isEmpty()) {
                cells.problem(row, "circuits", "", "must name at least one circuit");
                continue;
            }
            if (code != null && name != null && seat != null && circuits != null && placement != null) {
                try {
                    list.add(new UrbanParish(code, name, seat, circuits, placement));
                } catch (IllegalArgumentException e) {
                    cells.problem(row, "urban_parish_code", code.value(), e.getMessage());
                }
            }
        }
        return list;
    }

    private static PopulationProjections readProjections(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, PROJECTIONS, false, List.of("canton_code"), List.of("canton_name"),
                h -> YEAR.matcher(h).matches(), problems);
        if (t.isEmpty()) {
            return PopulationProjections.NONE;
        }
        Cells cells = new Cells(PROJECTIONS, problems);
        List<String> years = t.get().header().stream().filter(h -> YEAR.matcher(h).matches()).toList();
        Map<CantonCode, Map<Integer, Long>> series = new TreeMap<>();
        Map<CantonCode, Long> first = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            CantonCode canton = cells.parse(row, "canton_code", CantonCode::of);
            Map<Integer, Long> values = new TreeMap<>();
            for (String y : years) {
                Long v = cells.count(row, y);
                if (v != null) {
                    values.put(Integer.parseInt(y), v);
                }
            }
            if (canton != null && first.putIfAbsent(canton, row.line()) != null) {
                cells.problem(row, "canton_code", canton.value(), "duplicate canton (first at line "
                        + first.get(canton) + ")");
            } else if (canton != null) {
                series.put(canton, values);
            }
        }
        return new PopulationProjections(series);
    }

    private static final List<String> MAIN_GROUP_COLUMNS = java.util.Arrays.stream(AgeGroup.values())
            .filter(AgeGroup::isMain).map(AgeGroup::id).toList();
    private static final List<String> NESTED_GROUP_COLUMNS = java.util.Arrays.stream(AgeGroup.values())
            .filter(g -> !g.isMain()).map(AgeGroup::id).toList();

    private static List<DemographicOverride> readDemographics(TerritorySource source, List<Problem> problems) {
        List<String> required = new ArrayList<>(List.of("unit_code", "total"));
        required.addAll(MAIN_GROUP_COLUMNS);
        Optional<CsvTable> t = table(source, DEMOGRAPHICS, false, required, NESTED_GROUP_COLUMNS, null, problems);
        List<DemographicOverride> list = new ArrayList<>();
        if (t.isEmpty()) {
            return list;
        }
        Cells cells = new Cells(DEMOGRAPHICS, problems);
        Map<UnitCode, Long> first = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            UnitCode unit = cells.parse(row, "unit_code", UnitCode::parse);
            Long total = cells.count(row, "total");
            Map<AgeGroup, Long> groups = new EnumMap<>(AgeGroup.class);
            boolean bad = false;
            for (AgeGroup g : AgeGroup.values()) {
                Long v = g.isMain() ? cells.count(row, g.id()) : cells.optional(row, g.id(), Cells::parseCount);
                if (v != null) {
                    groups.put(g, v);
                } else if (g.isMain() || !row.get(g.id()).isEmpty()) {
                    bad = true;
                }
            }
            if (unit == null || total == null || bad) {
                continue;
            }
            if (first.putIfAbsent(unit, row.line()) != null) {
                cells.problem(row, "unit_code", unit.value(), "duplicate unit (first at line " + first.get(unit)
                        + ")");
                continue;
            }
            try {
                list.add(new DemographicOverride(unit, total, groups));
            } catch (IllegalArgumentException | ArithmeticException e) {
                cells.problem(row, "total", String.valueOf(total), e.getMessage());
            }
        }
        return list;
    }

    private static List<AgeStructure> readAgeStructures(TerritorySource source, List<Problem> problems) {
        List<String> required = new ArrayList<>(List.of("parish_code"));
        required.addAll(AgeStructure.COLUMNS);
        required.addAll(List.of("source", "status"));
        Optional<CsvTable> t = table(source, AGE_STRUCTURE, false, required, List.of(), null, problems);
        List<AgeStructure> list = new ArrayList<>();
        if (t.isEmpty()) {
            return list;
        }
        Cells cells = new Cells(AGE_STRUCTURE, problems);
        Map<ParishCode, Long> first = new HashMap<>();
        Map<String, Provenance> provenances = new HashMap<>();
        for (CsvTable.Row row : t.get().rows()) {
            ParishCode parish = cells.parse(row, "parish_code", ParishCode::of);
            List<Long> groups = new ArrayList<>(AgeStructure.GROUPS);
            for (String c : AgeStructure.COLUMNS) {
                groups.add(cells.count(row, c));
            }
            String src = cells.text(row, "source");
            Provenance.Status status = cells.parse(row, "status", Provenance.Status::fromId);
            if (parish == null || groups.contains(null) || src == null || status == null) {
                continue;
            }
            if (first.putIfAbsent(parish, row.line()) != null) {
                cells.problem(row, "parish_code", parish.value(), "duplicate parish (first at line "
                        + first.get(parish) + ")");
                continue;
            }
            Provenance pv = provenances.computeIfAbsent(src + "\n" + status.id(), k -> new Provenance(src, status));
            try {
                list.add(new AgeStructure(parish, groups, pv));
            } catch (IllegalArgumentException | ArithmeticException e) {
                cells.problem(row, "parish_code", parish.value(), e.getMessage());
            }
        }
        return list;
    }

    private static AgeShares readAgeShares(TerritorySource source, List<Problem> problems) {
        Optional<CsvTable> t = table(source, AGE_SHARES, false, List.of("age_group", "share", "source", "status"),
                List.of(), null, problems);
        if (t.isEmpty()) {
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
        Cells cells = new Cells(AGE_SHARES, problems);
        Map<AgeGroup, BigDecimal> shares = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Provenance> provenance = new EnumMap<>(AgeGroup.class);
        int before = problems.size();
        for (CsvTable.Row row : t.get().rows()) {
            AgeGroup g = cells.parse(row, "age_group", AgeGroup::fromId);
            BigDecimal share = cells.parse(row, "share", Cells::parseDecimal);
            String src = cells.text(row, "source");
            Provenance.Status status = cells.parse(row, "status", Provenance.Status::fromId);
            if (g != null && shares.containsKey(g)) {
                cells.problem(row, "age_group", g.id(), "age group appears twice");
            } else if (g != null && share != null && src != null && status != null) {
                shares.put(g, share);
                provenance.put(g, new Provenance(src, status));
            }
        }
        if (problems.size() > before) {
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
        try {
            return AgeShares.completing(shares, provenance);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(AGE_SHARES, e.getMessage()));
            return AgeShares.ECUADOR_2022_ASSUMED;
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a territory folder that {@link #read(TerritorySource)} reads back to equal data. Optional files are
     * written only when they have content ({@code age_shares.csv} always, so the shares' provenance travels).
     * Reads lazy polygons.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(TerritoryData data, Path dir) {
        try {
            Files.createDirectories(dir);
            writeMeta(data, dir);
            writeParishes(data, dir);
            writeZones(data, dir);
            writeDistricts(data, dir);
            writeCircuits(data, dir);
            if (!data.projections().isEmpty()) {
                writeProjections(data, dir);
            }
            if (!data.overrides().isEmpty()) {
                writeDemographics(data, dir);
            }
            writeAgeShares(data, dir);
            if (!data.urbanParishes().isEmpty()) {
                writeUrbanParishes(data, dir);
            }
            if (!data.ageStructures().isEmpty()) {
                writeAgeStructures(data, dir);
            }
            if (!data.boundaries().isEmpty()) {
                try (java.io.OutputStream out = Files.newOutputStream(dir.resolve(BOUNDARIES))) {
                    BoundariesGeoJson.write(data.boundaries(), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write territory to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void csv(Path file, List<String> header, CsvOutput.Records rows) throws IOException {
        CsvOutput.write(file, header, rows);
    }

    private static void writeMeta(TerritoryData data, Path dir) throws IOException {
        csv(dir.resolve(TERRITORY), List.of("key", "value"), p -> {
            p.printRecord(CsvOutput.cells("country", data.nation().code().value()));
            p.printRecord(CsvOutput.cells("name", data.nation().name()));
            p.printRecord(CsvOutput.cells("census_year", data.censusYear()));
        });
    }

    private static BigDecimal decimal(double d) {
        return BigDecimal.valueOf(d);
    }

    private static void writeParishes(TerritoryData data, Path dir) throws IOException {
        Map<CantonCode, Canton> cantons = new HashMap<>();
        data.cantons().forEach(c -> cantons.putIfAbsent(c.code(), c));
        Map<ProvinceCode, Province> provinces = new HashMap<>();
        data.provinces().forEach(p -> provinces.putIfAbsent(p.code(), p));
        List<Parish> sorted = new ArrayList<>(data.parishes());
        sorted.sort(Comparator.comparing(Parish::code));
        csv(dir.resolve(PARISHES), List.of("parish_code", "parish_name", "canton_code", "canton_name",
                "province_code", "province_name", "kind", "lat", "lon", "population_" + data.censusYear(),
                "population_source"), p -> {
                    for (Parish x : sorted) {
                        Canton c = cantons.get(x.canton());
                        if (c == null) {
                            throw new IllegalArgumentException("parish " + x.code() + " names canton " + x.canton()
                                    + ", which is not in the data: a CSV folder cannot express it");
                        }
                        Province pr = provinces.get(c.province());
                        if (pr == null) {
                            throw new IllegalArgumentException("canton " + c.code() + " names province "
                                    + c.province() + ", which is not in the data: a CSV folder cannot express it");
                        }
                        p.printRecord(CsvOutput.cells(x.code(), x.name(), c.code(), c.name(), pr.code(), pr.name(),
                                x.kind().id(), x.centroid() == null ? null : decimal(x.centroid().lat()),
                                x.centroid() == null ? null : decimal(x.centroid().lon()), x.population(),
                                x.populationSource()));
                    }
                });
    }

    private static void writeZones(TerritoryData data, Path dir) throws IOException {
        List<Zone> sorted = new ArrayList<>(data.zones());
        sorted.sort(Comparator.comparing(Zone::code));
        csv(dir.resolve(ZONES), List.of("zone_code", "zone_name", "metropolitan_cantons"), p -> {
            for (Zone z : sorted) {
                p.printRecord(CsvOutput.cells(z.code(), z.name(), String.join(";", z.sortedMetropolitanCantons()
                        .stream().map(CantonCode::value).toList())));
            }
        });
    }

    private static void writeDistricts(TerritoryData data, Path dir) throws IOException {
        List<District> sorted = new ArrayList<>(data.districts());
        sorted.sort(Comparator.comparing(District::code));
        csv(dir.resolve(DISTRICTS), List.of("district_code", "district_name", "zone_code", "seat_parish_code"),
                p -> {
                    for (District d : sorted) {
                        p.printRecord(CsvOutput.cells(d.code(), d.name(), d.zone(), d.seat() == null ? ""
                                : d.seat().value()));
                    }
                });
    }

    private static void writeCircuits(TerritoryData data, Path dir) throws IOException {
        List<Circuit> sorted = new ArrayList<>(data.circuits());
        sorted.sort(Comparator.comparing(Circuit::code));
        boolean named = sorted.stream().flatMap(c -> c.parishes().stream())
                .anyMatch(s -> !s.partName().isEmpty() || s.urbanParish() != null);
        List<String> header = new ArrayList<>(List.of("circuit_code", "circuit_name", "district_code", "parish_code",
                "population_share"));
        if (named) {
            header.addAll(List.of("part_name", "urban_parish_code"));
        }
        csv(dir.resolve(CIRCUITS), header, p -> {
            for (Circuit c : sorted) {
                for (ParishShare s : c.parishes()) {
                    List<Object> row = new ArrayList<>(List.of(c.code(), c.name(), c.district(), s.parish(),
                            s.isWhole() ? "" : s.share().toPlainString()));
                    if (named) {
                        row.add(s.partName());
                        row.add(s.urbanParish() == null ? "" : s.urbanParish().value());
                    }
                    p.printRecord(CsvOutput.cells(row));
                }
            }
        });
    }

    private static void writeUrbanParishes(TerritoryData data, Path dir) throws IOException {
        List<UrbanParish> sorted = new ArrayList<>(data.urbanParishes());
        sorted.sort(Comparator.comparing(UrbanParish::code));
        csv(dir.resolve(URBAN_PARISHES), List.of("urban_parish_code", "urban_parish_name", "seat_parish_code",
                "circuits", "placement"), p -> {
                    for (UrbanParish u : sorted) {
                        p.printRecord(CsvOutput.cells(u.code(), u.name(), u.seat(), String.join(";", u.circuits()
                                .stream().map(CircuitCode::value).toList()), u.placement().id()));
                    }
                });
    }

    private static void writeProjections(TerritoryData data, Path dir) throws IOException {
        TreeSet<Integer> years = new TreeSet<>();
        data.projections().series().values().forEach(m -> years.addAll(m.keySet()));
        List<String> header = new ArrayList<>(List.of("canton_code"));
        years.forEach(y -> header.add(Integer.toString(y)));
        csv(dir.resolve(PROJECTIONS), header, p -> {
            for (Map.Entry<CantonCode, Map<Integer, Long>> e : data.projections().series().entrySet()) {
                List<Object> row = new ArrayList<>();
                row.add(e.getKey().value());
                for (int y : years) {
                    Long v = e.getValue().get(y);
                    if (v == null) {
                        throw new IllegalArgumentException("canton " + e.getKey() + " has no projection for " + y
                                + ": a CSV projections file needs every year for every canton");
                    }
                    row.add(v);
                }
                p.printRecord(CsvOutput.cells(row));
            }
        });
    }

    private static void writeDemographics(TerritoryData data, Path dir) throws IOException {
        List<DemographicOverride> sorted = new ArrayList<>(data.overrides());
        sorted.sort(Comparator.comparing(DemographicOverride::unit));
        List<String> header = new ArrayList<>(List.of("unit_code", "total"));
        for (AgeGroup g : AgeGroup.values()) {
            header.add(g.id());
        }
        csv(dir.resolve(DEMOGRAPHICS), header, p -> {
            for (DemographicOverride o : sorted) {
                List<Object> row = new ArrayList<>(List.of(o.unit().value(), o.total()));
                for (AgeGroup g : AgeGroup.values()) {
                    row.add(o.supplies(g) ? o.groups().get(g).toString() : "");
                }
                p.printRecord(CsvOutput.cells(row));
            }
        });
    }

    private static void writeAgeStructures(TerritoryData data, Path dir) throws IOException {
        List<AgeStructure> sorted = new ArrayList<>(data.ageStructures());
        sorted.sort(Comparator.comparing(AgeStructure::parish));
        List<String> header = new ArrayList<>(List.of("parish_code"));
        header.addAll(AgeStructure.COLUMNS);
        header.addAll(List.of("source", "status"));
        csv(dir.resolve(AGE_STRUCTURE), header, p -> {
            for (AgeStructure s : sorted) {
                List<Object> row = new ArrayList<>(header.size());
                row.add(s.parish().value());
                row.addAll(s.groups());
                row.add(s.provenance().source());
                row.add(s.provenance().status().id());
                p.printRecord(CsvOutput.cells(row));
            }
        });
    }

    private static void writeAgeShares(TerritoryData data, Path dir) throws IOException {
        csv(dir.resolve(AGE_SHARES), List.of("age_group", "share", "source", "status"), p -> {
            for (AgeGroup g : AgeGroup.values()) {
                Provenance pv = data.ageShares().provenance().get(g);
                p.printRecord(CsvOutput.cells(g.id(), data.ageShares().share(g), pv.source(), pv.status().id()));
            }
        });
    }
}
