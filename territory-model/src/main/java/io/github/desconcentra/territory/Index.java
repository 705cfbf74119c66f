package io.github.desconcentra.territory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps over raw {@link TerritoryData}, tolerant of broken data (the first of duplicate codes wins), shared by the
 * validator and the {@link Territory}. Package-private.
 */
final class Index {
    final TerritoryData data;
    final Map<ProvinceCode, Province> provinces;
    final Map<CantonCode, Canton> cantons;
    final Map<ParishCode, Parish> parishes;
    final Map<ZoneCode, Zone> zones;
    final Map<DistrictCode, District> districts;
    final Map<CircuitCode, Circuit> circuits;
    final List<UnitCode> duplicates;
    final Map<ParishCode, UrbanParish> urbanParishes;
    final List<ParishCode> duplicateUrbanParishes;

    final Map<ProvinceCode, List<CantonCode>> cantonsByProvince;
    final Map<CantonCode, List<ParishCode>> parishesByCanton;
    final Map<ZoneCode, List<DistrictCode>> districtsByZone;
    final Map<DistrictCode, List<CircuitCode>> circuitsByDistrict;
    /** The circuits holding each known parish, in circuit-code order, and their shares: no population in either. */
    private final Map<ParishCode, List<CircuitCode>> holders;
    private final Map<ParishCode, List<BigDecimal>> shares;
    /** The circuits holding each known parish, with their shares, in circuit-code order. */
    final Map<ParishCode, List<CircuitPart>> parts = new HashMap<>();
    final Map<ParishCode, Demographics> parishDemographics = new HashMap<>();
    /** How each parish's groups are known. */
    final Map<ParishCode, AgeBasis> parishBasis = new HashMap<>();
    /** The age structure of each parish that has one (the first of duplicates). */
    final Map<ParishCode, AgeStructure> structures = new HashMap<>();
    final Map<CircuitCode, Demographics> circuitDemographicsComputed = new HashMap<>();
    final Map<UnitCode, DemographicOverride> overrides = new HashMap<>();

    Index(TerritoryData data) {
        this.data = data;
        duplicates = new ArrayList<>();
        provinces = byCode(data.provinces(), Province::code);
        cantons = byCode(data.cantons(), Canton::code);
        parishes = byCode(data.parishes(), Parish::code);
        zones = byCode(data.zones(), Zone::code);
        districts = byCode(data.districts(), District::code);
        circuits = byCode(data.circuits(), Circuit::code);
        urbanParishes = new TreeMap<>();
        duplicateUrbanParishes = new ArrayList<>();
        cantonsByProvince = new TreeMap<>();
        parishesByCanton = new TreeMap<>();
        districtsByZone = new TreeMap<>();
        circuitsByDistrict = new TreeMap<>();
        for (UrbanParish u : data.urbanParishes()) {
            if (urbanParishes.putIfAbsent(u.code(), u) != null) {
                duplicateUrbanParishes.add(u.code());
            }
        }
        cantons.values().forEach(c -> cantonsByProvince.computeIfAbsent(c.province(), k -> new ArrayList<>())
                .add(c.code()));
        parishes.values().forEach(p -> parishesByCanton.computeIfAbsent(p.canton(), k -> new ArrayList<>())
                .add(p.code()));
        districts.values().forEach(d -> districtsByZone.computeIfAbsent(d.zone(), k -> new ArrayList<>())
                .add(d.code()));
        circuits.values().forEach(c -> circuitsByDistrict.computeIfAbsent(c.district(), k -> new ArrayList<>())
                .add(c.code()));
        cantonsByProvince.values().forEach(l -> l.sort(null));
        parishesByCanton.values().forEach(l -> l.sort(null));
        districtsByZone.values().forEach(l -> l.sort(null));
        circuitsByDistrict.values().forEach(l -> l.sort(null));
        holders = new HashMap<>();
        shares = new HashMap<>();
        List<Circuit> sorted = new ArrayList<>(circuits.values());
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        for (Circuit c : sorted) {
            for (ParishShare s : c.parishes()) {
                if (parishes.containsKey(s.parish())) {
                    holders.computeIfAbsent(s.parish(), k -> new ArrayList<>()).add(c.code());
                    shares.computeIfAbsent(s.parish(), k -> new ArrayList<>()).add(s.share());
                }
            }
        }
        indexDemographics();
    }

    /**
     * The index of {@code data}, which is {@code census}'s data with other parish populations, age structures or
     * overrides and the same parish codes (a projection): the other units, their lists, the urban parishes and which
     * circuits hold which shares of each parish are {@code census}'s own maps, shared, since no year changes them;
     * the parishes, age structures and demographics are {@code data}'s.
     */
    private Index(TerritoryData data, Index census, Map<ParishCode, Parish> parishes) {
        this.data = data;
        duplicates = census.duplicates;
        provinces = census.provinces;
        cantons = census.cantons;
        this.parishes = parishes;
        zones = census.zones;
        districts = census.districts;
        circuits = census.circuits;
        urbanParishes = census.urbanParishes;
        duplicateUrbanParishes = census.duplicateUrbanParishes;
        cantonsByProvince = census.cantonsByProvince;
        parishesByCanton = census.parishesByCanton;
        districtsByZone = census.districtsByZone;
        circuitsByDistrict = census.circuitsByDistrict;
        holders = census.holders;
        shares = census.shares;
        indexDemographics();
    }

    /**
     * The index of {@code data}, {@code census}'s data with other parish populations, age structures or overrides:
     * sharing {@code census}'s maps of what no year changes when {@code data} has no duplicate code and exactly
     * {@code census}'s parish codes in the same cantons, and its other units and urban parishes are {@code census}'s
     * (the same lists or equal ones); indexed from scratch otherwise.
     */
    static Index projection(TerritoryData data, Index census) {
        if (!census.duplicates.isEmpty() || !census.duplicateUrbanParishes.isEmpty() || !sameUnits(data, census.data)) {
            return new Index(data);
        }
        Map<ParishCode, Parish> parishes = new LinkedHashMap<>();
        for (Parish p : data.parishes()) {
            Parish then = census.parishes.get(p.code());
            if (then == null || !then.canton().equals(p.canton()) || parishes.putIfAbsent(p.code(), p) != null) {
                return new Index(data);
            }
        }
        if (parishes.size() != census.parishes.size()) {
            return new Index(data);
        }
        return new Index(data, census, parishes);
    }

    /** True when this index shares {@code other}'s maps of units and holders ({@link #projection}). */
    boolean sharesUnitsWith(Index other) {
        return circuits == other.circuits && holders == other.holders && urbanParishes == other.urbanParishes;
    }

    private static boolean sameUnits(TerritoryData a, TerritoryData b) {
        return a.provinces().equals(b.provinces()) && a.cantons().equals(b.cantons()) && a.zones().equals(b.zones())
                && a.districts().equals(b.districts()) && a.circuits().equals(b.circuits())
                && a.urbanParishes().equals(b.urbanParishes());
    }

    private void indexDemographics() {
        for (DemographicOverride o : data.overrides()) {
            overrides.putIfAbsent(o.unit(), o);
        }
        for (AgeStructure s : data.ageStructures()) {
            structures.putIfAbsent(s.parish(), s);
        }
        for (Parish p : parishes.values()) {
            AgeStructure s = structures.get(p.code());
            Demographics estimate;
            AgeBasis basis;
            if (s != null && s.total() > 0) {
                // A structure whose total differs from the parish is an error the validator reports; scaling keeps
                // the index usable for that report.
                estimate = s.targetGroups().scaledTo(p.population());
                basis = AgeBasis.CENSUS_STRUCTURE;
            } else {
                estimate = data.ageShares().estimate(p.population());
                basis = AgeBasis.ASSUMED_SHARES;
            }
            DemographicOverride o = overrides.get(p.code());
            parishDemographics.put(p.code(), o != null ? o.resolve(estimate) : estimate);
            parishBasis.put(p.code(), o != null ? AgeBasis.USER_SUPPLIED : basis);
        }
        apportionParts();
    }

    private <K extends UnitCode, V> Map<K, V> byCode(List<V> units, Function<V, K> code) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V u : units) {
            K k = code.apply(u);
            if (map.putIfAbsent(k, u) != null) {
                duplicates.add(k);
            }
        }
        return map;
    }

    /** Splits every parish's demographics among the circuits that hold it, in proportion to their shares. */
    private void apportionParts() {
        for (Map.Entry<ParishCode, List<CircuitCode>> e : holders.entrySet()) {
            ParishCode parish = e.getKey();
            List<CircuitCode> hs = e.getValue();
            List<BigDecimal> ws = shares.get(parish);
            List<Demographics> split = parishDemographics.get(parish).apportion(ws);
            List<CircuitPart> list = new ArrayList<>();
            for (int i = 0; i < hs.size(); i++) {
                Demographics part = split.get(i);
                list.add(new CircuitPart(hs.get(i), parish, ws.get(i), part));
                circuitDemographicsComputed.merge(hs.get(i), part, Demographics::plus);
            }
            parts.put(parish, List.copyOf(list));
        }
        for (CircuitCode c : circuits.keySet()) {
            circuitDemographicsComputed.putIfAbsent(c, Demographics.ZERO);
        }
    }

    /** The sum of the shares of a parish held by circuits (0 when none). */
    BigDecimal coverage(ParishCode parish) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CircuitPart p : parts.getOrDefault(parish, List.of())) {
            sum = sum.add(p.share());
        }
        return sum;
    }
}
