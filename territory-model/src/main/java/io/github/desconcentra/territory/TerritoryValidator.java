package io.github.desconcentra.territory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks every invariant of the two hierarchies at once and reports all violations, each with a severity and the
 * codes involved. See {@link Check} for the list. Stateless and thread-safe.
 */
public final class TerritoryValidator {

    /**
     * How far the shares of a parish may add up away from 1 and still count as exactly covered: 10<sup>-6</sup>,
     * enough for shares written with eight or more decimals (1/3 as 0.33333333).
     */
    public static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.000001");

    private TerritoryValidator() {
    }

    /**
     * Validates raw territory data.
     *
     * @param data never null
     * @return every violation found, never null
     */
    public static ValidationReport validate(TerritoryData data) {
        return validate(new Index(data));
    }

    static ValidationReport validate(Index ix) {
        List<Violation> out = new ArrayList<>();
        if (ix.parishes.isEmpty()) {
            add(out, Severity.ERROR, Check.EMPTY_UNIT, "the territory has no parish (are its files headers only?)");
        }
        if (ix.zones.isEmpty()) {
            add(out, Severity.ERROR, Check.EMPTY_UNIT, "the territory has no zone (are its files headers only?)");
        }
        duplicates(ix, out);
        dpaParents(ix, out);
        planningParents(ix, out);
        coverage(ix, out);
        districtsWithinCantons(ix, out);
        zonesWithinProvinces(ix, out);
        overrides(ix, out);
        urbanParishes(ix, out);
        ageStructures(ix, out);
        polygons(ix, out);
        return new ValidationReport(out);
    }

    private static void add(List<Violation> out, Severity s, Check c, String message, UnitCode... codes) {
        out.add(new Violation(s, c, List.of(codes), message));
    }

    private static void duplicates(Index ix, List<Violation> out) {
        for (UnitCode code : new TreeSet<>(ix.duplicates)) {
            add(out, Severity.ERROR, Check.DUPLICATE_CODE,
                    "the " + code.level().id() + " code " + code + " is used more than once", code);
        }
    }

    private static void dpaParents(Index ix, List<Violation> out) {
        for (Canton c : ix.cantons.values()) {
            if (!ix.provinces.containsKey(c.province())) {
                add(out, Severity.ERROR, Check.PARENT_MISSING, "canton " + c.code() + " names province "
                        + c.province() + ", which does not exist", c.code(), c.province());
            }
            if (!c.code().province().equals(c.province())) {
                add(out, Severity.ERROR, Check.CODE_NOT_NESTED, "canton " + c.code() + " lies in province "
                        + c.province() + " but its code does not start with " + c.province(), c.code(), c.province());
            }
        }
        for (Parish p : ix.parishes.values()) {
            if (!ix.cantons.containsKey(p.canton())) {
                add(out, Severity.ERROR, Check.PARENT_MISSING, "parish " + p.code() + " names canton " + p.canton()
                        + ", which does not exist", p.code(), p.canton());
            }
            if (!p.code().canton().equals(p.canton())) {
                add(out, Severity.ERROR, Check.CODE_NOT_NESTED, "parish " + p.code() + " lies in canton "
                        + p.canton() + " but its code does not start with " + p.canton(), p.code(), p.canton());
            }
        }
        for (Province p : ix.provinces.values()) {
            if (!ix.cantonsByProvince.containsKey(p.code())) {
                add(out, Severity.WARNING, Check.EMPTY_UNIT, "province " + p.code() + " has no canton", p.code());
            }
        }
        for (Canton c : ix.cantons.values()) {
            if (!ix.parishesByCanton.containsKey(c.code())) {
                add(out, Severity.WARNING, Check.EMPTY_UNIT, "canton " + c.code() + " has no parish", c.code());
            }
        }
    }

    private static void planningParents(Index ix, List<Violation> out) {
        for (District d : ix.districts.values()) {
            if (!ix.zones.containsKey(d.zone())) {
                add(out, Severity.ERROR, Check.PARENT_MISSING, "district " + d.code() + " names zone " + d.zone()
                        + ", which does not exist", d.code(), d.zone());
            }
            if (d.seat() != null && !ix.parishes.containsKey(d.seat())) {
                add(out, Severity.WARNING, Check.UNKNOWN_SEAT, "district " + d.code() + " has its office in parish "
                        + d.seat() + ", which is not a known parish", d.code(), d.seat());
            }
            if (!ix.circuitsByDistrict.containsKey(d.code())) {
                add(out, Severity.ERROR, Check.EMPTY_UNIT, "district " + d.code() + " has no circuit", d.code());
            }
        }
        for (Zone z : ix.zones.values()) {
            if (!ix.districtsByZone.containsKey(z.code())) {
                add(out, Severity.ERROR, Check.EMPTY_UNIT, "zone " + z.code() + " has no district", z.code());
            }
        }
        for (Circuit c : ix.circuits.values()) {
            if (!ix.districts.containsKey(c.district())) {
                add(out, Severity.ERROR, Check.PARENT_MISSING, "circuit " + c.code() + " names district "
                        + c.district() + ", which does not exist", c.code(), c.district());
            }
            if (!c.code().isNonDelimited() && !c.code().district().equals(c.district())) {
                add(out, Severity.ERROR, Check.CODE_NOT_NESTED, "circuit " + c.code() + " lies in district "
                        + c.district() + " but its code does not start with " + c.district(), c.code(),
                        c.district());
            }
            if (c.parishes().isEmpty()) {
                add(out, Severity.ERROR, Check.EMPTY_UNIT, "circuit " + c.code() + " holds no parish", c.code());
            }
            Set<ParishCode> seen = new HashSet<>();
            for (ParishShare s : c.parishes()) {
                if (!ix.parishes.containsKey(s.parish())) {
                    add(out, Severity.ERROR, Check.UNKNOWN_PARISH, "circuit " + c.code() + " holds parish "
                            + s.parish() + ", which does not exist", c.code(), s.parish());
                }
                if (!seen.add(s.parish())) {
                    add(out, Severity.ERROR, Check.UNKNOWN_PARISH, "circuit " + c.code() + " names parish "
                            + s.parish() + " more than once", c.code(), s.parish());
                }
            }
        }
    }

    private static void coverage(Index ix, List<Violation> out) {
        BigDecimal upper = BigDecimal.ONE.add(SHARE_TOLERANCE);
        BigDecimal lower = BigDecimal.ONE.subtract(SHARE_TOLERANCE);
        for (Parish p : ix.parishes.values()) {
            List<CircuitPart> parts = ix.parts.getOrDefault(p.code(), List.of());
            BigDecimal sum = ix.coverage(p.code());
            List<UnitCode> codes = new ArrayList<>();
            codes.add(p.code());
            parts.forEach(cp -> codes.add(cp.circuit()));
            UnitCode[] arr = codes.toArray(UnitCode[]::new);
            if (parts.isEmpty()) {
                add(out, Severity.ERROR, Check.PARISH_NOT_COVERED, "parish " + p.code() + " (" + p.name()
                        + ", population " + p.population() + ") lies in no circuit", arr);
            } else if (sum.compareTo(upper) > 0) {
                add(out, Severity.ERROR, Check.PARISH_COVERED_TWICE, "parish " + p.code() + " is held by circuits "
                        + circuitList(parts) + " with shares adding up to " + sum.toPlainString()
                        + ": it is covered more than once", arr);
            } else if (sum.compareTo(lower) < 0) {
                add(out, Severity.ERROR, Check.PARISH_PARTLY_COVERED, "parish " + p.code() + " is held by circuits "
                        + circuitList(parts) + " with shares adding up to " + sum.toPlainString()
                        + ": part of its population lies in no circuit", arr);
            }
        }
    }

    private static String circuitList(List<CircuitPart> parts) {
        return String.join(", ", parts.stream().map(cp -> cp.circuit() + " (" + cp.share().toPlainString() + ")")
                .toList());
    }

    /** Sums, per parish, the shares held by the circuits of each district. */
    private static Map<DistrictCode, Map<ParishCode, BigDecimal>> districtShares(Index ix) {
        Map<DistrictCode, Map<ParishCode, BigDecimal>> m = new TreeMap<>();
        for (Circuit c : ix.circuits.values()) {
            for (ParishShare s : c.parishes()) {
                if (ix.parishes.containsKey(s.parish())) {
                    m.computeIfAbsent(c.district(), k -> new TreeMap<>()).merge(s.parish(), s.share(),
                            BigDecimal::add);
                }
            }
        }
        return m;
    }

    /**
     * True when {@code held} holds all of every parish listed, as far as circuits cover it: a parish in no circuit,
     * or partly covered, is reported by the coverage check alone, not again as a boundary crossing.
     */
    private static boolean holdsWhole(Index ix, Map<ParishCode, BigDecimal> held, List<ParishCode> parishes) {
        for (ParishCode p : parishes) {
            BigDecimal covered = ix.coverage(p).min(BigDecimal.ONE);
            BigDecimal s = held.getOrDefault(p, BigDecimal.ZERO);
            if (s.compareTo(covered.subtract(SHARE_TOLERANCE)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void districtsWithinCantons(Index ix, List<Violation> out) {
        Map<DistrictCode, Map<ParishCode, BigDecimal>> shares = districtShares(ix);
        Set<CantonCode> metropolitan = new HashSet<>();
        ix.zones.values().forEach(z -> metropolitan.addAll(z.metropolitanCantons()));
        for (Map.Entry<DistrictCode, Map<ParishCode, BigDecimal>> e : shares.entrySet()) {
            DistrictCode d = e.getKey();
            Map<CantonCode, List<ParishCode>> touched = new TreeMap<>();
            e.getValue().keySet().forEach(p -> touched.computeIfAbsent(ix.parishes.get(p).canton(),
                    k -> new ArrayList<>()).add(p));
            List<CantonCode> partial = new ArrayList<>();
            for (CantonCode c : touched.keySet()) {
                if (!holdsWhole(ix, e.getValue(), ix.parishesByCanton.getOrDefault(c, List.of()))) {
                    partial.add(c);
                }
            }
            if (!partial.isEmpty() && touched.size() > 1) {
                List<UnitCode> codes = new ArrayList<>();
                codes.add(d);
                codes.addAll(touched.keySet());
                add(out, Severity.ERROR, Check.DISTRICT_CROSSES_CANTON, "district " + d + " holds part of canton"
                        + (partial.size() > 1 ? "s " : " ") + partial + " and also parishes of " + touched.keySet()
                        + ": a district is one canton, a union of whole cantons, or a part of one split canton",
                        codes.toArray(UnitCode[]::new));
            }
            boolean inCodeProvince = touched.keySet().stream().anyMatch(c -> c.province().equals(d.province()));
            boolean inMetro = touched.keySet().stream().anyMatch(metropolitan::contains);
            if (!inCodeProvince && !inMetro) {
                add(out, Severity.WARNING, Check.DISTRICT_CODE_PROVINCE, "district " + d + " holds no parish of"
                        + " province " + d.province() + " named by its code", d, d.province());
            }
        }
    }

    private static void zonesWithinProvinces(Index ix, List<Violation> out) {
        Map<DistrictCode, Map<ParishCode, BigDecimal>> byDistrict = districtShares(ix);
        Map<ZoneCode, Map<ParishCode, BigDecimal>> byZone = new TreeMap<>();
        byDistrict.forEach((d, m) -> {
            District district = ix.districts.get(d);
            if (district != null) {
                m.forEach((p, s) -> byZone.computeIfAbsent(district.zone(), k -> new TreeMap<>())
                        .merge(p, s, BigDecimal::add));
            }
        });
        Set<CantonCode> metropolitan = new HashSet<>();
        ix.zones.values().forEach(z -> metropolitan.addAll(z.metropolitanCantons()));
        for (Map.Entry<ZoneCode, Map<ParishCode, BigDecimal>> e : byZone.entrySet()) {
            Zone zone = ix.zones.get(e.getKey());
            if (zone == null) {
                continue;
            }
            Map<ParishCode, BigDecimal> held = e.getValue();
            Set<CantonCode> cantons = new TreeSet<>();
            held.keySet().forEach(p -> cantons.add(ix.parishes.get(p).canton()));
            if (zone.isMetropolitan()) {
                Set<CantonCode> declared = new TreeSet<>(zone.metropolitanCantons());
                boolean whole = declared.stream().allMatch(c -> holdsWhole(ix, held,
                        ix.parishesByCanton.getOrDefault(c, List.of())));
                if (!cantons.equals(declared) || !whole) {
                    add(out, Severity.ERROR, Check.METROPOLITAN_ZONE_MISMATCH, "metropolitan zone " + zone.code()
                            + " must hold exactly the whole cantons " + declared + " but holds parishes of "
                            + cantons, zone.code());
                }
                continue;
            }
            Map<ProvinceCode, Set<CantonCode>> provinces = new TreeMap<>();
            cantons.forEach(c -> provinces.computeIfAbsent(ix.cantons.containsKey(c) ? ix.cantons.get(c).province()
                    : c.province(), k -> new TreeSet<>()).add(c));
            for (ProvinceCode prov : provinces.keySet()) {
                List<ParishCode> required = new ArrayList<>();
                for (CantonCode c : ix.cantonsByProvince.getOrDefault(prov, List.of())) {
                    if (!metropolitan.contains(c)) {
                        required.addAll(ix.parishesByCanton.getOrDefault(c, List.of()));
                    }
                }
                Set<CantonCode> metroHeld = new TreeSet<>(provinces.get(prov));
                metroHeld.retainAll(metropolitan);
                if (!holdsWhole(ix, held, required) || !metroHeld.isEmpty()) {
                    add(out, Severity.ERROR, Check.ZONE_CROSSES_PROVINCE, "zone " + zone.code() + " holds part of"
                            + " province " + prov + ": a zone is a union of whole provinces (less the cantons of"
                            + " metropolitan zones)", zone.code(), prov);
                }
            }
        }
    }

    private static void overrides(Index ix, List<Violation> out) {
        Set<UnitCode> seen = new HashSet<>();
        for (DemographicOverride o : ix.data.overrides()) {
            UnitCode u = o.unit();
            if (!seen.add(u)) {
                add(out, Severity.ERROR, Check.DUPLICATE_CODE, "demographics are supplied twice for " + u.level().id()
                        + " " + u, u);
                continue;
            }
            Long computed = null;
            if (u instanceof ParishCode p && ix.parishes.containsKey(p)) {
                computed = ix.parishes.get(p).population();
            } else if (u instanceof CircuitCode c && ix.circuits.containsKey(c)) {
                computed = ix.circuitDemographicsComputed.get(c).total();
            } else if (u instanceof ParishCode || u instanceof CircuitCode) {
                add(out, Severity.ERROR, Check.OVERRIDE_UNIT, "demographics are supplied for " + u.level().id() + " "
                        + u + ", which does not exist", u);
            } else {
                add(out, Severity.ERROR, Check.OVERRIDE_UNIT, "demographics are supplied for " + u.level().id() + " "
                        + u + ", but only parishes and circuits take them (higher levels are sums)", u);
            }
            if (computed != null && computed != o.total()) {
                add(out, Severity.ERROR, Check.POPULATION_DOES_NOT_ADD_UP, "the population supplied for "
                        + u.level().id() + " " + u + " is " + o.total() + " but its parishes add up to "
                        + computed, u);
            }
        }
    }

    private static void urbanParishes(Index ix, List<Violation> out) {
        for (ParishCode code : new TreeSet<>(ix.duplicateUrbanParishes)) {
            add(out, Severity.ERROR, Check.URBAN_PARISH, "the urban parish code " + code + " is used more than once",
                    code);
        }
        for (UrbanParish u : ix.urbanParishes.values()) {
            if (ix.parishes.containsKey(u.code())) {
                add(out, Severity.ERROR, Check.URBAN_PARISH, "urban parish " + u.code() + " (" + u.name()
                        + ") has the code of parish " + ix.parishes.get(u.code()).name(), u.code());
            }
            Parish seat = ix.parishes.get(u.seat());
            if (seat == null) {
                add(out, Severity.ERROR, Check.URBAN_PARISH, "urban parish " + u.code() + " (" + u.name()
                        + ") names seat " + u.seat() + ", which is not a parish", u.code(), u.seat());
                continue;
            }
            if (!u.code().canton().equals(seat.canton())) {
                add(out, Severity.ERROR, Check.CODE_NOT_NESTED, "urban parish " + u.code() + " belongs to seat "
                        + u.seat() + " of canton " + seat.canton() + " but its code does not start with "
                        + seat.canton(), u.code(), u.seat());
            }
            Set<CircuitCode> holding = new HashSet<>();
            ix.parts.getOrDefault(u.seat(), List.of()).forEach(cp -> holding.add(cp.circuit()));
            for (CircuitCode c : u.circuits()) {
                if (!ix.circuits.containsKey(c)) {
                    add(out, Severity.ERROR, Check.URBAN_PARISH, "urban parish " + u.code() + " (" + u.name()
                            + ") may lie in circuit " + c + ", which does not exist", u.code(), c);
                } else if (!holding.contains(c)) {
                    add(out, Severity.ERROR, Check.URBAN_PARISH, "urban parish " + u.code() + " (" + u.name()
                            + ") may lie in circuit " + c + ", which holds no part of its seat " + u.seat(),
                            u.code(), c, u.seat());
                }
            }
        }
        for (Circuit c : ix.circuits.values()) {
            for (ParishShare s : c.parishes()) {
                if (s.urbanParish() == null) {
                    continue;
                }
                UrbanParish u = ix.urbanParishes.get(s.urbanParish());
                if (u == null) {
                    add(out, Severity.ERROR, Check.URBAN_PARISH, "circuit " + c.code() + " holds part of parish "
                            + s.parish() + " named urban parish " + s.urbanParish() + ", which is not recorded",
                            c.code(), s.urbanParish());
                } else if (!u.seat().equals(s.parish()) || !u.circuits().contains(c.code())) {
                    add(out, Severity.ERROR, Check.URBAN_PARISH, "circuit " + c.code() + " holds part of parish "
                            + s.parish() + " named urban parish " + u.code() + " (" + u.name() + "), which belongs to"
                            + " seat " + u.seat() + " and may lie in circuits " + u.circuits(), c.code(), u.code());
                }
            }
        }
    }

    private static void ageStructures(Index ix, List<Violation> out) {
        Set<ParishCode> seen = new HashSet<>();
        for (AgeStructure s : ix.data.ageStructures()) {
            ParishCode p = s.parish();
            if (!seen.add(p)) {
                add(out, Severity.ERROR, Check.DUPLICATE_CODE, "an age structure is supplied twice for parish " + p, p);
            } else if (!ix.parishes.containsKey(p)) {
                add(out, Severity.ERROR, Check.UNKNOWN_PARISH, "an age structure is supplied for parish " + p
                        + ", which does not exist", p);
            } else if (s.total() != ix.parishes.get(p).population()) {
                add(out, Severity.ERROR, Check.POPULATION_DOES_NOT_ADD_UP, "the age structure of parish " + p
                        + " adds up to " + s.total() + " people but its population is "
                        + ix.parishes.get(p).population(), p);
            }
        }
        if (ix.structures.isEmpty()) {
            return;
        }
        for (Parish p : ix.parishes.values()) {
            if (p.population() > 0 && !ix.structures.containsKey(p.code())) {
                add(out, Severity.WARNING, Check.AGE_STRUCTURE_MISSING, "parish " + p.code() + " has no age"
                        + " structure: its age groups are estimated from the assumed national shares", p.code());
            }
        }
    }

    private static void polygons(Index ix, List<Violation> out) {
        ParishPolygons polygons = ix.data.boundaries();
        if (!polygons.isLoaded() || polygons.isEmpty()) {
            return;
        }
        for (ParishCode p : polygons.polygons().keySet()) {
            if (!ix.parishes.containsKey(p)) {
                add(out, Severity.ERROR, Check.UNKNOWN_PARISH, "a polygon is given for parish " + p
                        + ", which does not exist", p);
            }
        }
        for (Parish p : ix.parishes.values()) {
            if (!polygons.polygons().containsKey(p.code())) {
                add(out, Severity.WARNING, Check.POLYGON_MISSING, "parish " + p.code() + " has no polygon: outlines"
                        + " holding it are not exact and no point is located in it", p.code());
            }
        }
    }
}
