package io.github.desconcentra.territory;

import io.github.desconcentra.territory.internal.Apportionment;
import io.github.desconcentra.territory.internal.Once;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * An immutable, indexed view of a country's two hierarchies — the political-administrative division (nation,
 * provinces, cantons, parishes) and the planning levels (nation, zones, districts, circuits) — and their crosswalk
 * through the parishes each circuit holds.
 *
 * <p>Lookups by code, parent, children and holder are hash lookups (O(1)); lists come sorted by code. A territory is
 * valid by construction: {@link #of(TerritoryData)} refuses data with any {@link Severity#ERROR} violation.
 * Instances are thread-safe.
 *
 * <p>Populations are those of {@link #year()}: the census year, or a projection made with
 * {@link #projectedTo(int)}.
 */
public final class Territory {
    private final TerritoryData census;
    private final TerritoryData data;
    private final int year;
    private final List<Violation> warnings;
    private final Map<UnitCode, TerritorialUnit> units;
    private final Map<UnitCode, UnitCode> parents;
    private final Map<UnitCode, List<UnitCode>> children;
    private final Map<Level, List<TerritorialUnit>> byLevel;
    private final Map<ParishCode, List<CircuitPart>> parts;
    private final Map<UnitCode, List<CircuitPart>> partsByCircuit = new HashMap<>();
    /** The circuits holding each parish with parts, in its parts' order: placing a record asks it once or twice. */
    private final Map<ParishCode, List<CircuitCode>> holding;
    /**
     * The index of the census data, made on the first projection of a territory at its census year and kept for the
     * next ones to share what no year changes (a territory never projected keeps no index), however many threads
     * project at the same time.
     */
    private final Once<Index> censusIndex = Once.of(this::indexOfCensus);
    /** The territory at the census year this one was projected from (its projections start from it); null on one. */
    private final Territory atCensus;
    private final Map<UnitCode, Demographics> demographics = new HashMap<>();
    private final Map<ParishCode, UrbanParish> urbanParishes;
    private final Map<UnitCode, Set<AgeBasis>> ageBasis = new HashMap<>();
    private final Map<ParishCode, AgeStructure> structures;
    private final Geography geography;

    /** The lazily built {@link Boundaries}, shared by a territory and its projections (geometry has no year). */
    private static final class Geography {
        private final ParishPolygons polygons;
        private volatile Optional<Boundaries> boundaries;

        Geography(ParishPolygons polygons) {
            this.polygons = polygons;
        }

        Optional<Boundaries> get(Territory t) {
            Optional<Boundaries> b = boundaries;
            if (b == null) {
                synchronized (this) {
                    b = boundaries;
                    if (b == null) {
                        b = polygons.isEmpty() ? Optional.empty() : Optional.of(new Boundaries(t, polygons));
                        boundaries = b;
                    }
                }
            }
            return b;
        }
    }

    private Territory(TerritoryData census, Index ix, int year, List<Violation> warnings, Geography geography,
                      Territory atCensus) {
        this.census = census;
        this.geography = geography;
        this.structures = Map.copyOf(ix.structures);
        this.data = ix.data;
        this.year = year;
        this.warnings = List.copyOf(warnings);
        this.atCensus = atCensus;
        units = new HashMap<>();
        parents = new HashMap<>();
        children = new HashMap<>();
        byLevel = new EnumMap<>(Level.class);
        holding = new HashMap<>();
        Nation nation = data.nation();
        put(nation, null);
        ix.provinces.values().forEach(p -> put(p, nation.code()));
        ix.cantons.values().forEach(c -> put(c, c.province()));
        ix.parishes.values().forEach(p -> put(p, p.canton()));
        ix.zones.values().forEach(z -> put(z, nation.code()));
        ix.districts.values().forEach(d -> put(d, d.zone()));
        ix.circuits.values().forEach(c -> put(c, c.district()));
        children.replaceAll((k, v) -> {
            List<UnitCode> sorted = new ArrayList<>(v);
            Collections.sort(sorted);
            return List.copyOf(sorted);
        });
        byLevel.replaceAll((k, v) -> {
            List<TerritorialUnit> sorted = new ArrayList<>(v);
            sorted.sort((a, b) -> a.code().compareTo(b.code()));
            return List.copyOf(sorted);
        });
        this.parts = Map.copyOf(ix.parts);
        parts.forEach((p, l) -> holding.put(p, l.stream().map(CircuitPart::circuit).toList()));
        indexParts();
        this.urbanParishes = Collections.unmodifiableMap(new TreeMap<>(ix.urbanParishes));
        computeDemographics(ix);
    }

    /**
     * {@code base}, a territory at its census year, with the parishes, parts and demographics of {@code ix}, an index
     * of base's census data projected to {@code year}: no year changes a code, a parent, a child, a holder or an urban
     * parish, so those maps are base's own, shared, and only what holds a population is made again.
     */
    private Territory(Territory base, Index ix, int year) {
        this.census = base.census;
        this.geography = base.geography;
        this.structures = Map.copyOf(ix.structures);
        this.data = ix.data;
        this.year = year;
        this.warnings = base.warnings;
        this.atCensus = base;
        this.parents = base.parents;
        this.children = base.children;
        this.holding = base.holding;
        this.urbanParishes = base.urbanParishes;
        this.units = new HashMap<>(base.units);
        List<TerritorialUnit> parishes = new ArrayList<>(base.units(Level.PARISH).size());
        for (TerritorialUnit u : base.units(Level.PARISH)) {
            Parish p = ix.parishes.get((ParishCode) u.code());
            units.put(p.code(), p);
            parishes.add(p);
        }
        this.byLevel = new EnumMap<>(base.byLevel);
        byLevel.put(Level.PARISH, List.copyOf(parishes));
        this.parts = Map.copyOf(ix.parts);
        indexParts();
        computeDemographics(ix);
    }

    private void indexParts() {
        parts.values().forEach(l -> l.forEach(cp -> partsByCircuit.computeIfAbsent(cp.circuit(),
                k -> new ArrayList<>()).add(cp)));
        partsByCircuit.replaceAll((k, v) -> {
            List<CircuitPart> sorted = new ArrayList<>(v);
            sorted.sort((a, b) -> a.parish().compareTo(b.parish()));
            return List.copyOf(sorted);
        });
    }

    private void put(TerritorialUnit unit, UnitCode parent) {
        units.put(unit.code(), unit);
        byLevel.computeIfAbsent(unit.level(), k -> new ArrayList<>()).add(unit);
        if (parent != null) {
            parents.put(unit.code(), parent);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit.code());
        }
    }

    private void computeDemographics(Index ix) {
        ix.parishDemographics.forEach(demographics::put);
        ix.parishBasis.forEach((p, b) -> ageBasis.put(p, ix.parishes.get(p).population() > 0 ? Set.of(b)
                : Set.of()));
        for (Circuit c : ix.circuits.values()) {
            DemographicOverride o = ix.overrides.get(c.code());
            Demographics computed = ix.circuitDemographicsComputed.get(c.code());
            demographics.put(c.code(), o != null ? o.resolve(computed) : computed);
            if (o != null) {
                ageBasis.put(c.code(), Set.of(AgeBasis.USER_SUPPLIED));
            } else {
                EnumSet<AgeBasis> b = EnumSet.noneOf(AgeBasis.class);
                partsByCircuit.getOrDefault(c.code(), List.of()).forEach(cp -> b.addAll(ageBasis.get(cp.parish())));
                ageBasis.put(c.code(), Collections.unmodifiableSet(b));
            }
        }
        for (Level level : List.of(Level.CANTON, Level.PROVINCE, Level.DISTRICT, Level.ZONE)) {
            for (TerritorialUnit u : units(level)) {
                Demographics sum = Demographics.ZERO;
                EnumSet<AgeBasis> b = EnumSet.noneOf(AgeBasis.class);
                for (UnitCode child : children(u.code())) {
                    sum = sum.plus(demographics.get(child));
                    b.addAll(ageBasis.get(child));
                }
                demographics.put(u.code(), sum);
                ageBasis.put(u.code(), Collections.unmodifiableSet(b));
            }
        }
        Demographics nation = Demographics.ZERO;
        EnumSet<AgeBasis> b = EnumSet.noneOf(AgeBasis.class);
        for (TerritorialUnit z : units(Level.ZONE)) {
            nation = nation.plus(demographics.get(z.code()));
            b.addAll(ageBasis.get(z.code()));
        }
        demographics.put(data.nation().code(), nation);
        ageBasis.put(data.nation().code(), Collections.unmodifiableSet(b));
    }

    /**
     * Validates and indexes territory data.
     *
     * @param data never null
     * @return the territory at its census year
     * @throws InvalidTerritoryException carrying every violation when the data has at least one error
     */
    public static Territory of(TerritoryData data) {
        return of(data, data.nation().name());
    }

    /**
     * Validates and indexes territory data read from {@code source} (a folder or file name for messages).
     *
     * @throws InvalidTerritoryException carrying every violation, each located at {@code source}
     */
    public static Territory of(TerritoryData data, String source) {
        Index ix = new Index(data);
        ValidationReport report = TerritoryValidator.validate(ix);
        if (report.hasErrors()) {
            throw new InvalidTerritoryException(source, report);
        }
        try {
            return new Territory(data, ix, data.censusYear(), report.warnings(), new Geography(data.boundaries()),
                    null);
        } catch (ArithmeticException e) {
            throw new InputException(Problem.of(source, "the populations add up to more than "
                    + Long.MAX_VALUE + " people: a population figure is far too large"));
        }
    }

    /** The data this territory was built from, at {@link #year()}. */
    public TerritoryData data() {
        return data;
    }

    /**
     * True when both territories were built from the same census data, each at its own year (see
     * {@link #projectedTo(int)}): then they have the same units, codes, crosswalk, geography and projections, and only
     * their populations (and what follows from them) may differ.
     *
     * @param other never null
     */
    public boolean sharesCensusWith(Territory other) {
        java.util.Objects.requireNonNull(other, "other territory");
        return census == other.census || census.equals(other.census);
    }

    /** The year of the census populations. */
    public int censusYear() {
        return census.censusYear();
    }

    /** The year of the populations this territory carries. */
    public int year() {
        return year;
    }

    /** The warnings found when the territory was validated (never errors). */
    public List<Violation> warnings() {
        return warnings;
    }

    /** The nation, root of both hierarchies. */
    public Nation nation() {
        return data.nation();
    }

    /** The unit with this code, if any. */
    public Optional<TerritorialUnit> find(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    /** True when a unit has this code. */
    public boolean contains(UnitCode code) {
        return units.containsKey(code);
    }

    /**
     * The unit with this code.
     *
     * @throws IllegalArgumentException naming the code when there is no such unit
     */
    public TerritorialUnit unit(UnitCode code) {
        TerritorialUnit u = units.get(code);
        if (u == null) {
            throw new IllegalArgumentException("unknown " + code.level().id() + " code: " + code);
        }
        return u;
    }

    /** The province with this code; throws {@link IllegalArgumentException} when unknown. */
    public Province province(ProvinceCode code) {
        return (Province) unit(code);
    }

    /** The canton with this code; throws {@link IllegalArgumentException} when unknown. */
    public Canton canton(CantonCode code) {
        return (Canton) unit(code);
    }

    /** The parish with this code; throws {@link IllegalArgumentException} when unknown. */
    public Parish parish(ParishCode code) {
        return (Parish) unit(code);
    }

    /** The zone with this code; throws {@link IllegalArgumentException} when unknown. */
    public Zone zone(ZoneCode code) {
        return (Zone) unit(code);
    }

    /** The district with this code; throws {@link IllegalArgumentException} when unknown. */
    public District district(DistrictCode code) {
        return (District) unit(code);
    }

    /** The circuit with this code; throws {@link IllegalArgumentException} when unknown. */
    public Circuit circuit(CircuitCode code) {
        return (Circuit) unit(code);
    }

    /**
     * The parent one level up in the unit's own hierarchy: a parish's canton, a circuit's district, a zone's nation.
     * Empty for the nation.
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public Optional<UnitCode> parent(UnitCode code) {
        unit(code);
        return Optional.ofNullable(parents.get(code));
    }

    /**
     * The units one level down, sorted by code. The nation's children are the provinces and the zones.
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public List<UnitCode> children(UnitCode code) {
        unit(code);
        return children.getOrDefault(code, List.of());
    }

    /**
     * The ancestors in the unit's own hierarchy, nearest first, ending with the nation.
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public List<UnitCode> ancestors(UnitCode code) {
        unit(code);
        List<UnitCode> list = new ArrayList<>();
        for (UnitCode p = parents.get(code); p != null; p = parents.get(p)) {
            list.add(p);
        }
        return List.copyOf(list);
    }

    /**
     * The unit of a level that holds a unit in the unit's own hierarchy: the zone or district of a circuit, the
     * zone of a district, the unit itself when it is of that level; empty when none does (the zone of the nation,
     * the district of a zone).
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public Optional<UnitCode> enclosing(UnitCode code, Level level) {
        unit(code);
        for (UnitCode u = code; u != null; u = parents.get(u)) {
            if (u.level() == level) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** All units of a level, sorted by code. */
    public List<TerritorialUnit> units(Level level) {
        return byLevel.getOrDefault(level, List.of());
    }

    /** All zones, sorted by code. */
    public List<Zone> zones() {
        return units(Level.ZONE).stream().map(Zone.class::cast).toList();
    }

    /** All districts, sorted by code. */
    public List<District> districts() {
        return units(Level.DISTRICT).stream().map(District.class::cast).toList();
    }

    /** All circuits, sorted by code. */
    public List<Circuit> circuits() {
        return units(Level.CIRCUIT).stream().map(Circuit.class::cast).toList();
    }

    /** All parishes, sorted by code. */
    public List<Parish> parishes() {
        return units(Level.PARISH).stream().map(Parish.class::cast).toList();
    }

    /**
     * The circuits holding a parish, with the share and people each holds, sorted by circuit code. One element for
     * a parish in one circuit; several for a split parish.
     *
     * @throws IllegalArgumentException when the parish is unknown
     */
    public List<CircuitPart> partsOf(ParishCode parish) {
        parish(parish);
        return parts.getOrDefault(parish, List.of());
    }

    /**
     * The parish parts a circuit holds, sorted by parish code.
     *
     * @throws IllegalArgumentException when the circuit is unknown
     */
    public List<CircuitPart> partsOf(CircuitCode circuit) {
        circuit(circuit);
        return partsByCircuit.getOrDefault(circuit, List.of());
    }

    /**
     * The urban parish with this code, if the territory records one (registries locate urban establishments by these
     * codes; see {@link UrbanParish}).
     */
    public Optional<UrbanParish> urbanParish(ParishCode code) {
        return Optional.ofNullable(urbanParishes.get(code));
    }

    /** All urban parishes the territory records, sorted by code; empty when it records none. */
    public List<UrbanParish> urbanParishes() {
        return List.copyOf(urbanParishes.values());
    }

    /**
     * Every circuit a parish or urban parish code may lie in, sorted: for a parish, the circuits holding (part of)
     * it; for an urban parish, the circuits recorded for it ({@link UrbanParish#circuits()}). One element when the
     * code is known to lie in one circuit.
     *
     * @param code a parish code or an urban parish code of this territory
     * @throws IllegalArgumentException naming the code when it is neither
     */
    public List<CircuitCode> circuitsHolding(ParishCode code) {
        UrbanParish u = urbanParishes.get(code);
        if (u != null) {
            return u.circuits();
        }
        if (!units.containsKey(code)) {
            throw new IllegalArgumentException("unknown parish or urban parish code: " + code);
        }
        return holding.getOrDefault(code, List.of());
    }

    /**
     * The circuits of one district that a parish or urban parish code may lie in, sorted: {@link
     * #circuitsHolding(ParishCode)} narrowed to the district, as when a registry gives the administering district
     * beside the (urban) parish. Empty when none of the code's circuits lies in that district.
     *
     * @param code a parish code or an urban parish code of this territory
     * @param district a district of this territory
     * @throws IllegalArgumentException naming the code when the code or the district is unknown
     */
    public List<CircuitCode> circuitsHolding(ParishCode code, DistrictCode district) {
        district(district);
        return circuitsHolding(code).stream().filter(c -> circuit(c).district().equals(district)).toList();
    }

    /**
     * The districts holding (part of) a parish or that an urban parish may lie in, sorted; throws {@link
     * IllegalArgumentException} when the code is neither.
     */
    public List<DistrictCode> districtsHolding(ParishCode parish) {
        Set<DistrictCode> set = new LinkedHashSet<>();
        circuitsHolding(parish).forEach(c -> set.add(circuit(c).district()));
        return set.stream().sorted().toList();
    }

    /**
     * The zones holding (part of) a parish or that an urban parish may lie in, sorted; throws {@link
     * IllegalArgumentException} when the code is neither.
     */
    public List<ZoneCode> zonesHolding(ParishCode parish) {
        Set<ZoneCode> set = new LinkedHashSet<>();
        districtsHolding(parish).forEach(d -> set.add(district(d).zone()));
        return set.stream().sorted().toList();
    }

    /**
     * The people of a unit at {@link #year()}: for a parish or circuit its own figures (user-supplied or estimated
     * from age shares), for higher units the sum of their children; the nation sums the zones.
     *
     * @throws IllegalArgumentException when the code is unknown
     */
    public Demographics demographics(UnitCode code) {
        unit(code);
        return demographics.get(code);
    }

    /** The total population of a unit; throws {@link IllegalArgumentException} when unknown. */
    public long population(UnitCode code) {
        return demographics(code).total();
    }

    /**
     * How the target groups of a unit are known: for a parish, its census age structure, a user override or the
     * assumed shares; for a circuit with an override, {@link AgeBasis#USER_SUPPLIED}; for any other unit, the bases of
     * the parishes (or parish parts) it holds. Parishes without people add nothing (there is nothing to estimate), so
     * the set is empty for a unit with nobody in it.
     *
     * @return an unmodifiable set, never null
     * @throws IllegalArgumentException when the code is unknown
     */
    public Set<AgeBasis> ageBasis(UnitCode code) {
        unit(code);
        return ageBasis.get(code);
    }

    /**
     * The census age structure of a parish at {@link #year()} (scaled with the parish's population for a projection),
     * if the territory has one for it.
     *
     * @throws IllegalArgumentException when the parish is unknown
     */
    public Optional<AgeStructure> ageStructure(ParishCode parish) {
        parish(parish);
        return Optional.ofNullable(structures.get(parish));
    }

    /**
     * The parish outlines of this territory and the outlines dissolved from them, with point location; empty when
     * the territory has no polygons (it then works with points only). Built on first call (reading lazy polygons),
     * shared with the projections of this territory; thread-safe.
     */
    public Optional<Boundaries> boundaries() {
        return geography.get(this);
    }

    /**
     * Rolls an additive measure up level by level. The values are given for units of one level; each is added to
     * the unit's ancestors in its own hierarchy. The result holds every unit of that level and above in that
     * hierarchy (with {@code zero} where nothing was given), sorted by {@link UnitCode#ORDER}.
     *
     * @param values values keyed by codes of a single level; never null
     * @param zero the neutral value
     * @param plus an associative, commutative addition
     * @throws IllegalArgumentException naming the code when a code is unknown or the codes mix levels
     */
    public <T> SortedMap<UnitCode, T> rollUp(Map<? extends UnitCode, T> values, T zero, BinaryOperator<T> plus) {
        Level leaf = null;
        for (UnitCode c : values.keySet()) {
            unit(c);
            if (leaf == null) {
                leaf = c.level();
            } else if (leaf != c.level()) {
                throw new IllegalArgumentException("roll-up values must all be of one level: " + leaf.id() + " and "
                        + c.level().id() + " (" + c + ")");
            }
        }
        SortedMap<UnitCode, T> result = new TreeMap<>();
        if (leaf == null) {
            return result;
        }
        for (Level l = leaf; l != null; l = l.parent().orElse(null)) {
            for (TerritorialUnit u : units(l)) {
                result.put(u.code(), zero);
            }
        }
        for (Map.Entry<? extends UnitCode, T> e : values.entrySet()) {
            result.merge(e.getKey(), e.getValue(), plus);
            for (UnitCode a : ancestors(e.getKey())) {
                result.merge(a, e.getValue(), plus);
            }
        }
        return result;
    }

    /** {@link #rollUp(Map, Object, BinaryOperator)} for whole numbers, with overflow checks. */
    public SortedMap<UnitCode, Long> rollUpCounts(Map<? extends UnitCode, Long> values) {
        return rollUp(values, 0L, Math::addExact);
    }

    /**
     * This territory with populations projected to another year: each canton's census population grows as its
     * series in {@link TerritoryData#projections()} (a canton without a series grows as its province), and is
     * apportioned to its parishes in proportion to their census populations. Each parish keeps its census age
     * structure, scaled to its projected population (five-year groups by largest remainder, then interpolated as at
     * the census): ageing is not projected, for want of age-specific projections. User-supplied groups scale with
     * their unit. Projections always start from the census, never from another projection.
     *
     * @param targetYear the year of the projection
     * @return a new territory (or the census one for the census year)
     * @throws InputException naming canton and year when a needed series value is missing
     */
    public Territory projectedTo(int targetYear) {
        Territory base = year == census.censusYear() ? this : atCensus != null ? atCensus : of(census);
        if (targetYear == census.censusYear()) {
            return base;
        }
        PopulationProjections pp = census.projections();
        java.util.SortedSet<Integer> covered = pp.years();
        if (!covered.contains(targetYear)) {
            throw new InputException(List.of(Problem.of("projections", pp.isEmpty()
                    ? "no population projections: this territory can only be used at its census year "
                            + census.censusYear() + ", not " + targetYear
                    : "no population projection for " + targetYear + ": the projections cover "
                            + covered.first() + "-" + covered.last() + " (census year "
                            + census.censusYear() + ")")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Parish> projected = new ArrayList<>();
        for (TerritorialUnit u : base.units(Level.CANTON)) {
            Canton canton = (Canton) u;
            List<UnitCode> ps = base.children(canton.code());
            OptionalLong from = pp.value(canton.code(), census.censusYear());
            OptionalLong to = pp.value(canton.code(), targetYear);
            if (from.isEmpty() || to.isEmpty()) {
                from = provinceSeries(base, canton.province(), census.censusYear());
                to = provinceSeries(base, canton.province(), targetYear);
            }
            if (from.isEmpty() || to.isEmpty() || (from.getAsLong() == 0 && to.getAsLong() != 0)) {
                problems.add(Problem.of("projections", "no population projection for canton " + canton.code()
                        + " (nor for its province " + canton.province() + ") in years " + census.censusYear()
                        + " and " + targetYear));
                continue;
            }
            long censusTotal = base.population(canton.code());
            long total = from.getAsLong() == 0 ? 0 : BigDecimal.valueOf(censusTotal)
                    .multiply(BigDecimal.valueOf(to.getAsLong()))
                    .divide(BigDecimal.valueOf(from.getAsLong()), 0, RoundingMode.HALF_EVEN).longValueExact();
            long[] weights = new long[ps.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = base.parish((ParishCode) ps.get(i)).population();
            }
            long[] split = censusTotal == 0 ? new long[ps.size()] : Apportionment.largestRemainder(total, weights);
            for (int i = 0; i < ps.size(); i++) {
                projected.add(base.parish((ParishCode) ps.get(i)).withPopulation(split[i]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<ParishCode, Long> newPopulation = new HashMap<>();
        projected.forEach(p -> newPopulation.put(p.code(), p.population()));
        List<AgeStructure> structuresThen = new ArrayList<>();
        for (AgeStructure s : census.ageStructures()) {
            structuresThen.add(s.scaledTo(newPopulation.get(s.parish())));
        }
        TerritoryData moved = census.withParishes(projected).withAgeStructures(structuresThen)
                .withOverrides(List.of());
        if (census.overrides().isEmpty()) {
            // Nothing to rescale: the index of the moved data is the territory's (one index built, not two).
            return projection(base, Index.projection(moved, base.censusIndex()), targetYear);
        }
        Index movedIx = Index.projection(moved, base.censusIndex());
        List<DemographicOverride> overrides = new ArrayList<>();
        for (DemographicOverride o : census.overrides()) {
            long newTotal = o.unit() instanceof ParishCode p ? movedIx.parishes.get(p).population()
                    : movedIx.circuitDemographicsComputed.get((CircuitCode) o.unit()).total();
            overrides.add(new DemographicOverride(o.unit(), base.demographics(o.unit()).scaledTo(newTotal)));
        }
        Index finalIx = Index.projection(moved.withOverrides(overrides), base.censusIndex());
        return projection(base, finalIx, targetYear);
    }

    /** {@code base} (at its census year) at {@code year} with the populations of {@code ix}. */
    private static Territory projection(Territory base, Index ix, int year) {
        // An index that could not share the census index's maps (Index.projection) makes a territory from scratch.
        return ix.sharesUnitsWith(base.censusIndex()) ? new Territory(base, ix, year)
                : new Territory(base.census, ix, year, base.warnings, base.geography, base);
    }

    /** The census data's index, made on the first projection ({@link #censusIndex}). */
    private Index censusIndex() {
        return censusIndex.get();
    }

    private Index indexOfCensus() {
        return new Index(census);
    }

    private static OptionalLong provinceSeries(Territory t, ProvinceCode province, int y) {
        long sum = 0;
        boolean any = false;
        for (UnitCode c : t.children(province)) {
            OptionalLong v = t.census.projections().value((CantonCode) c, y);
            if (v.isPresent()) {
                sum = Math.addExact(sum, v.getAsLong());
                any = true;
            }
        }
        return any ? OptionalLong.of(sum) : OptionalLong.empty();
    }

    @Override
    public String toString() {
        return "Territory[" + nation().name() + " " + year + ": " + units(Level.ZONE).size() + " zones, "
                + units(Level.DISTRICT).size() + " districts, " + units(Level.CIRCUIT).size() + " circuits, "
                + units(Level.PARISH).size() + " parishes]";
    }
}
