package io.github.desconcentra.territory;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import io.github.desconcentra.territory.internal.Apportionment;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of random valid territories, shared with the other modules through the test-jar.
 *
 * <p>A generated territory has 1–4 provinces of 1–4 cantons of 1–6 parishes; zones group whole provinces, and
 * sometimes one canton forms a metropolitan zone; districts are single cantons, unions of cantons or parts of a
 * split canton (sharing its urban seat by equal shares); circuits are random unions of parishes and random shares of
 * parishes; some parishes carry user-supplied demographics (sometimes without the nested groups); every canton has a
 * projection series. Some circuits carry a code of the former non-delimited zones ({@code 000Cnn}) in whatever district
 * they lie; some seats have urban parishes, placed in named parts of the split seat, in a subset of its circuits or in
 * all of them; some parts carry a sector name only. Most parishes with people have a random five-year age structure
 * adding up to their population (the others fall back to the assumed shares). Most territories carry parish polygons:
 * parish number {@code k} is the square cell {@link #cell(int)} of a grid, so polygons never overlap and adjacent ones
 * share borders; a few parishes have none. All lists are sorted by code, as the CSV and JSON readers return them.
 */
public final class TerritoryGenerators {
    /** The census year of generated territories. */
    public static final int CENSUS_YEAR = 2020;
    /** A year every generated canton has a projection for. */
    public static final int PROJECTION_YEAR = 2025;

    private TerritoryGenerators() {
    }

    /** Random valid territory data. */
    public static Gen<TerritoryData> validTerritories() {
        return TerritoryGenerators::generate;
    }

    private static int between(RandomnessSource in, int lo, int hi) {
        return integers().between(lo, hi).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static TerritoryData generate(RandomnessSource in) {
        List<Province> provinces = new ArrayList<>();
        List<Canton> cantons = new ArrayList<>();
        List<Parish> parishes = new ArrayList<>();
        Map<CantonCode, List<Parish>> byCanton = new TreeMap<>();
        int provinceCount = between(in, 1, 4);
        for (int p = 0; p < provinceCount; p++) {
            ProvinceCode pc = ProvinceCode.of(String.format("%02d", 10 + p * 3));
            provinces.add(new Province(pc, "PROVINCE " + pc));
            int cantonCount = between(in, 1, 4);
            for (int c = 1; c <= cantonCount; c++) {
                CantonCode cc = CantonCode.of(pc.value() + String.format("%02d", c));
                cantons.add(new Canton(cc, "CANTON " + cc, pc));
                int parishCount = between(in, 1, 6);
                for (int k = 0; k < parishCount; k++) {
                    ParishCode code = ParishCode.of(cc.value() + (50 + k));
                    long population = chance(in, 10) ? 0 : between(in, 1, 60_000);
                    Coordinates at = chance(in, 10) ? null : new Coordinates(between(in, -400, 400) / 100.0,
                            -78 + between(in, -400, 400) / 100.0);
                    Parish parish = new Parish(code, "PARISH " + code, cc, k == 0 ? ParishKind.URBAN_SEAT
                            : ParishKind.RURAL, at, population, "generated");
                    parishes.add(parish);
                    byCanton.computeIfAbsent(cc, x -> new ArrayList<>()).add(parish);
                }
            }
        }
        CantonCode metropolitan = null;
        for (Province p : provinces) {
            long n = cantons.stream().filter(c -> c.province().equals(p.code())).count();
            if (n >= 2 && chance(in, 40)) {
                metropolitan = CantonCode.of(p.code().value() + "01");
                break;
            }
        }
        List<Zone> zones = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<Circuit> circuits = new ArrayList<>();
        int zoneNumber = 1;
        Map<ProvinceCode, Integer> districtSeq = new TreeMap<>();
        ZoneCode current = null;
        for (Province p : provinces) {
            if (current == null || chance(in, 50)) {
                current = ZoneCode.ofNumber(zoneNumber++);
                zones.add(Zone.of(current, "ZONE " + current));
            }
            List<CantonCode> group = new ArrayList<>();
            for (Canton c : cantons) {
                if (!c.province().equals(p.code()) || c.code().equals(metropolitan)) {
                    continue;
                }
                if (byCanton.get(c.code()).size() >= 3 && chance(in, 30)) {
                    flush(in, group, current, byCanton, districtSeq, districts, circuits);
                    splitCanton(in, byCanton.get(c.code()), current, districtSeq, districts, circuits);
                } else {
                    group.add(c.code());
                    if (chance(in, 50)) {
                        flush(in, group, current, byCanton, districtSeq, districts, circuits);
                    }
                }
            }
            flush(in, group, current, byCanton, districtSeq, districts, circuits);
        }
        if (metropolitan != null) {
            ZoneCode metro = ZoneCode.ofNumber(zoneNumber);
            zones.add(new Zone(metro, "METROPOLITAN " + metro, Set.of(metropolitan)));
            List<CantonCode> only = new ArrayList<>(List.of(metropolitan));
            flush(in, only, metro, byCanton, districtSeq, districts, circuits);
        }
        zones.removeIf(z -> districts.stream().noneMatch(d -> d.zone().equals(z.code())));
        renameNonDelimited(in, circuits);
        List<UrbanParish> urbanParishes = urbanParishes(in, parishes, circuits);
        List<DemographicOverride> overrides = new ArrayList<>();
        for (Parish p : parishes) {
            if (chance(in, 10)) {
                long total = p.population();
                Map<AgeGroup, Long> groups = new EnumMap<>(AgeGroup.class);
                long c02 = total / between(in, 10, 40);
                long school = total / between(in, 3, 6);
                groups.put(AgeGroup.CHILDREN_0_2, c02);
                groups.put(AgeGroup.CHILDREN_3_4, total / between(in, 15, 50));
                groups.put(AgeGroup.SCHOOL_AGE_5_17, school);
                groups.put(AgeGroup.ADULTS_65_PLUS, total / between(in, 8, 20));
                if (chance(in, 50)) {
                    long s514 = school * between(in, 60, 90) / 100;
                    groups.put(AgeGroup.CHILDREN_1_2, c02 * between(in, 50, 80) / 100);
                    groups.put(AgeGroup.SCHOOL_AGE_5_14, s514);
                    groups.put(AgeGroup.SCHOOL_AGE_15_17, school - s514);
                }
                overrides.add(new DemographicOverride(p.code(), total, groups));
            }
        }
        List<AgeStructure> structures = new ArrayList<>();
        for (Parish p : parishes) {
            if (p.population() > 0 && chance(in, 80)) {
                structures.add(randomStructure(in, p.code(), p.population()));
            }
        }
        ParishPolygons polygons = ParishPolygons.NONE;
        if (chance(in, 80)) {
            Map<ParishCode, Geometry> cells = new TreeMap<>();
            for (int k = 0; k < parishes.size(); k++) {
                if (!chance(in, 5)) {
                    cells.put(parishes.get(k).code(), cell(k));
                }
            }
            polygons = ParishPolygons.of(cells, GRID);
        }
        Map<CantonCode, Map<Integer, Long>> series = new TreeMap<>();
        for (Canton c : cantons) {
            long base = between(in, 1_000, 200_000);
            series.put(c.code(), Map.of(CENSUS_YEAR, base, PROJECTION_YEAR, base * between(in, 80, 130) / 100));
        }
        return sorted(new TerritoryData(new Nation(NationCode.of("XX"), "Generated"), CENSUS_YEAR, provinces,
                cantons, parishes, zones, districts, circuits, overrides, AgeShares.ECUADOR_2022_ASSUMED,
                new PopulationProjections(series), urbanParishes, structures, polygons));
    }

    /** Gives one or two circuits a code of the former non-delimited zones, kept in their district. */
    private static void renameNonDelimited(RandomnessSource in, List<Circuit> circuits) {
        if (!chance(in, 25)) {
            return;
        }
        int count = Math.min(circuits.size(), between(in, 1, 2));
        for (int n = 1; n <= count; n++) {
            int i = between(in, 0, circuits.size() - 1);
            Circuit c = circuits.get(i);
            if (!c.code().isNonDelimited()) {
                circuits.set(i, new Circuit(CircuitCode.of(String.format("000C%02d", n)), c.name(), c.district(),
                        c.parishes()));
            }
        }
    }

    /**
     * Urban parishes for some seats: named after the parts of a split seat (each part one urban parish), or each in a
     * random subset of the seat's circuits (sometimes all of them); unnamed split parts sometimes get a sector name.
     */
    private static List<UrbanParish> urbanParishes(RandomnessSource in, List<Parish> parishes,
                                                   List<Circuit> circuits) {
        List<UrbanParish> list = new ArrayList<>();
        for (Parish seat : parishes) {
            if (seat.kind() != ParishKind.URBAN_SEAT || !chance(in, 50)) {
                continue;
            }
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < circuits.size(); i++) {
                if (circuits.get(i).parishes().stream().anyMatch(s -> s.parish().equals(seat.code()))) {
                    holding.add(i);
                }
            }
            int n = between(in, 1, Math.min(3, Math.max(1, holding.size())));
            List<ParishCode> codes = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                codes.add(ParishCode.of(seat.canton().value() + String.format("%02d", k)));
            }
            boolean named = holding.size() >= 2 && n >= 2 && chance(in, 50);
            Map<ParishCode, List<CircuitCode>> lies = new TreeMap<>();
            for (int j = 0; j < holding.size(); j++) {
                Circuit c = circuits.get(holding.get(j));
                ParishCode urban = named ? codes.get(j % n) : null;
                String part = named ? "PART " + urban : chance(in, 30) ? "SECTOR " + j : "";
                List<ParishShare> shares = new ArrayList<>();
                for (ParishShare s : c.parishes()) {
                    shares.add(s.parish().equals(seat.code()) ? new ParishShare(s.parish(), s.share(), part, urban) : s);
                }
                circuits.set(holding.get(j), new Circuit(c.code(), c.name(), c.district(), shares));
                if (named) {
                    lies.computeIfAbsent(urban, k -> new ArrayList<>()).add(c.code());
                }
            }
            for (ParishCode code : codes) {
                UrbanParish.Placement placement;
                List<CircuitCode> lying = new ArrayList<>();
                if (named) {
                    lying.addAll(lies.get(code));
                    placement = UrbanParish.Placement.NAMED;
                } else {
                    for (int i : holding) {
                        if (chance(in, 60)) {
                            lying.add(circuits.get(i).code());
                        }
                    }
                    if (lying.isEmpty() || lying.size() == holding.size()) {
                        lying.clear();
                        holding.forEach(i -> lying.add(circuits.get(i).code()));
                        placement = UrbanParish.Placement.SEAT;
                    } else {
                        placement = UrbanParish.Placement.SCHOOL_DISTRICTS;
                    }
                }
                list.add(new UrbanParish(code, "URBAN " + code, seat.code(), lying, placement));
            }
        }
        return list;
    }

    private static final Provenance GRID = Provenance.sourced("generated grid");

    /** Random valid territory data that always has polygons (grid cells for every parish where it had none). */
    public static Gen<TerritoryData> mappedTerritories() {
        return validTerritories().map(d -> {
            if (!d.boundaries().isEmpty()) {
                return d;
            }
            Map<ParishCode, Geometry> cells = new TreeMap<>();
            for (int k = 0; k < d.parishes().size(); k++) {
                cells.put(d.parishes().get(k).code(), cell(k));
            }
            return d.withBoundaries(ParishPolygons.of(cells, GRID));
        });
    }

    /** The side of a grid cell, in degrees. */
    public static final double CELL = 0.1;

    /**
     * The polygon of the {@code k}-th parish of a generated territory (in code order): a square of side {@link #CELL}
     * degrees in a grid of ten columns starting at longitude -80, latitude -2. Neighbours share their edges exactly
     * (each edge is computed once, from its own column or row number).
     */
    public static Geometry cell(int k) {
        int column = k % 10;
        int row = k / 10;
        return FACTORY.toGeometry(new Envelope(-80 + column * CELL, -80 + (column + 1) * CELL, -2 + row * CELL,
                -2 + (row + 1) * CELL));
    }

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** A random five-year structure of {@code total} people, some groups possibly empty. */
    private static AgeStructure randomStructure(RandomnessSource in, ParishCode parish, long total) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < AgeStructure.GROUPS; i++) {
            weights.add(BigDecimal.valueOf(chance(in, 10) ? 0 : between(in, 1, 100)));
        }
        List<Long> groups = new ArrayList<>();
        for (long v : Apportionment.largestRemainder(total, weights)) {
            groups.add(v);
        }
        return new AgeStructure(parish, groups, Provenance.sourced("generated census"));
    }

    private static DistrictCode nextDistrict(ProvinceCode p, Map<ProvinceCode, Integer> seq) {
        int n = seq.merge(p, 1, Integer::sum);
        return DistrictCode.of(p.value() + "D" + String.format("%02d", n));
    }

    private static void flush(RandomnessSource in, List<CantonCode> group, ZoneCode zone,
                              Map<CantonCode, List<Parish>> byCanton, Map<ProvinceCode, Integer> seq,
                              List<District> districts, List<Circuit> circuits) {
        if (group.isEmpty()) {
            return;
        }
        DistrictCode d = nextDistrict(group.get(0).province(), seq);
        districts.add(new District(d, "DISTRICT " + d, zone, byCanton.get(group.get(0)).get(0).code()));
        List<ParishShare> members = new ArrayList<>();
        group.forEach(c -> byCanton.get(c).forEach(p -> members.add(ParishShare.whole(p.code()))));
        circuits.addAll(randomCircuits(in, d, members));
        group.clear();
    }

    private static void splitCanton(RandomnessSource in, List<Parish> parishes, ZoneCode zone,
                                    Map<ProvinceCode, Integer> seq, List<District> districts,
                                    List<Circuit> circuits) {
        int parts = Math.min(between(in, 2, 3), parishes.size() - 1);
        List<List<ParishShare>> members = new ArrayList<>();
        List<DistrictCode> codes = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            DistrictCode d = nextDistrict(parishes.get(0).canton().province(), seq);
            codes.add(d);
            districts.add(new District(d, "DISTRICT " + d, zone, parishes.get(0).code()));
            members.add(new ArrayList<>());
        }
        BigDecimal seatShare = BigDecimal.ONE.divide(BigDecimal.valueOf(parts), MathContext.DECIMAL64);
        for (List<ParishShare> m : members) {
            m.add(new ParishShare(parishes.get(0).code(), seatShare));
        }
        for (int k = 1; k < parishes.size(); k++) {
            int target = k <= parts ? k - 1 : between(in, 0, parts - 1);
            members.get(target).add(ParishShare.whole(parishes.get(k).code()));
        }
        for (int i = 0; i < parts; i++) {
            circuits.addAll(randomCircuits(in, codes.get(i), members.get(i)));
        }
    }

    private static List<Circuit> randomCircuits(RandomnessSource in, DistrictCode d, List<ParishShare> members) {
        List<List<ParishShare>> groups = new ArrayList<>();
        for (ParishShare m : members) {
            if (chance(in, 15)) {
                int n = between(in, 2, 3);
                BigDecimal share = m.share().divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
                for (int i = 0; i < n; i++) {
                    groups.add(new ArrayList<>(List.of(new ParishShare(m.parish(), share))));
                }
            } else if (!groups.isEmpty() && groups.get(groups.size() - 1).get(0).isWhole() && m.isWhole()
                    && chance(in, 50)) {
                groups.get(groups.size() - 1).add(m);
            } else {
                groups.add(new ArrayList<>(List.of(m)));
            }
        }
        List<Circuit> circuits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            CircuitCode code = d.circuit(i + 1);
            circuits.add(new Circuit(code, "CIRCUIT " + code, d, groups.get(i)));
        }
        return circuits;
    }

    /** The same data with every list sorted by code, as the readers return it. */
    public static TerritoryData sorted(TerritoryData t) {
        return new TerritoryData(t.nation(), t.censusYear(), sort(t.provinces(), Province::code),
                sort(t.cantons(), Canton::code), sort(t.parishes(), Parish::code), sort(t.zones(), Zone::code),
                sort(t.districts(), District::code), sort(t.circuits(), Circuit::code),
                sort(t.overrides(), DemographicOverride::unit), t.ageShares(), t.projections(),
                sort(t.urbanParishes(), UrbanParish::code), sort(t.ageStructures(), AgeStructure::parish),
                t.boundaries());
    }

    private static <T, K extends Comparable<? super K>> List<T> sort(List<T> list,
                                                                    java.util.function.Function<T, K> key) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(key));
        return copy;
    }

    /** One way to break a valid territory, and the check that must then report it. */
    public record Injection(String name, Check expected, UnaryOperator<TerritoryData> breaker) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Injections that each break one invariant of any generated territory. */
    public static List<Injection> injections() {
        return List.of(
                new Injection("a parish put in two circuits", Check.PARISH_COVERED_TWICE, t -> {
                    Circuit first = t.circuits().get(0);
                    ParishCode parish = first.parishes().get(0).parish();
                    Circuit other = t.circuits().stream().filter(c -> c.parishes().stream()
                            .noneMatch(s -> s.parish().equals(parish))).findFirst().orElse(null);
                    List<Circuit> circuits = new ArrayList<>(t.circuits());
                    if (other == null) {
                        CircuitCode extra = first.district().circuit(99);
                        circuits.add(new Circuit(extra, "EXTRA", first.district(),
                                List.of(ParishShare.whole(parish))));
                    } else {
                        List<ParishShare> shares = new ArrayList<>(other.parishes());
                        shares.add(ParishShare.whole(parish));
                        circuits.set(circuits.indexOf(other), new Circuit(other.code(), other.name(),
                                other.district(), shares));
                    }
                    return t.withCircuits(circuits);
                }),
                new Injection("a broken code prefix", Check.CODE_NOT_NESTED, t -> {
                    List<Circuit> circuits = new ArrayList<>(t.circuits());
                    Circuit c = circuits.get(circuits.size() - 1);
                    DistrictCode elsewhere = DistrictCode.of("98D01");
                    circuits.set(circuits.size() - 1, new Circuit(elsewhere.circuit(c.code().number()), c.name(),
                            c.district(), c.parishes()));
                    return t.withCircuits(circuits);
                }),
                new Injection("an orphan circuit", Check.PARENT_MISSING, t -> {
                    List<Circuit> circuits = new ArrayList<>(t.circuits());
                    Circuit c = circuits.get(0);
                    DistrictCode missing = DistrictCode.of("99D99");
                    circuits.add(new Circuit(missing.circuit(1), "ORPHAN", missing, List.of(c.parishes().get(0))));
                    return t.withCircuits(circuits);
                }),
                new Injection("a population that does not add up", Check.POPULATION_DOES_NOT_ADD_UP, t -> {
                    Parish p = t.parishes().get(0);
                    List<DemographicOverride> overrides = new ArrayList<>(t.overrides());
                    overrides.removeIf(o -> o.unit().equals(p.code()));
                    overrides.add(new DemographicOverride(p.code(),
                            Demographics.withUniformSubgroups(p.population() + 7, 0, 0, 0, 0)));
                    return t.withOverrides(overrides);
                }),
                new Injection("a parish left out of every circuit", Check.PARISH_NOT_COVERED, t -> {
                    ParishCode p = t.parishes().get(t.parishes().size() - 1).code();
                    List<Circuit> circuits = new ArrayList<>();
                    for (Circuit c : t.circuits()) {
                        List<ParishShare> rest = c.parishes().stream().filter(s -> !s.parish().equals(p)).toList();
                        circuits.add(new Circuit(c.code(), c.name(), c.district(), rest));
                    }
                    return t.withCircuits(circuits);
                }),
                new Injection("a duplicate district code", Check.DUPLICATE_CODE, t -> {
                    List<District> districts = new ArrayList<>(t.districts());
                    District d = districts.get(0);
                    districts.add(new District(d.code(), "COPY", d.zone(), null));
                    return t.withDistricts(districts);
                }),
                new Injection("an urban parish of a seat that does not exist", Check.URBAN_PARISH, t -> {
                    List<UrbanParish> urban = new ArrayList<>(t.urbanParishes());
                    urban.add(new UrbanParish(ParishCode.of("999901"), "NOWHERE", ParishCode.of("999950"),
                            List.of(t.circuits().get(0).code()), UrbanParish.Placement.SEAT));
                    return t.withUrbanParishes(urban);
                }),
                new Injection("an urban parish with a parish's code", Check.URBAN_PARISH, t -> {
                    List<UrbanParish> urban = new ArrayList<>(t.urbanParishes());
                    Circuit c = t.circuits().get(0);
                    ParishCode p = c.parishes().get(0).parish();
                    urban.add(new UrbanParish(p, "CLASH", p, List.of(c.code()), UrbanParish.Placement.SEAT));
                    return t.withUrbanParishes(urban);
                }),
                new Injection("an urban parish in a circuit that does not exist", Check.URBAN_PARISH, t -> {
                    List<UrbanParish> urban = new ArrayList<>(t.urbanParishes());
                    ParishCode seat = t.parishes().get(0).code();
                    urban.add(new UrbanParish(ParishCode.of(seat.canton().value() + "48"), "LOST", seat,
                            List.of(CircuitCode.of("98D98C98")), UrbanParish.Placement.SEAT));
                    return t.withUrbanParishes(urban);
                }),
                new Injection("a district that names no zone", Check.PARENT_MISSING, t -> {
                    List<District> districts = new ArrayList<>(t.districts());
                    District d = districts.get(0);
                    districts.set(0, new District(d.code(), d.name(), ZoneCode.of("Z77"), d.seat()));
                    return t.withDistricts(districts);
                }));
    }
}
