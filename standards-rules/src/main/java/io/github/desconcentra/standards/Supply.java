package io.github.desconcentra.standards;

import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Usable supply located and aggregated per unit and typology, and its comparison with the requirements.
 * Package-private.
 *
 * <p>Each establishment is placed at the finest planning unit holding every circuit its record allows
 * ({@link Placement}): a circuit when its record locates it there, its district when it may lie in several circuits
 * of one district, and so on up to the nation. Totals are rolled up, so the supply within any unit is one lookup. A
 * requirement is compared with supply at the finest level where both are located: for one rule, the circuits of a
 * district are compared one by one when every establishment the rule counts there lies in a single circuit, and
 * otherwise once at the district; likewise districts within a zone and zones within the nation. Whether the supply
 * of the comparison was assessed follows from the coverage the inventory sources declare.
 */
final class Supply {
    /**
     * The supply of one typology within each unit at or above the typology's level, in primitive arrays indexed by
     * unit: one row per typology instead of an object per unit and typology (1.6 million of them, with their arrays,
     * at 100 x Ecuador). Units are indexed bottom-up, so the units at or above a level are those from {@link #first}
     * on. A requirement counts a typology only at or above the typology's level, so no finer unit is kept.
     */
    private static final class Row {
        /** The first unit index kept. */
        final int first;
        /** Usable supply per unit and measure: {@code [(unit - first) * 3 + measure]}. */
        final Totals usable;
        /** The part of the usable supply needing repair, same layout. */
        final Totals repair;
        /** Per unit, bit m: some counted value of measure m is not known; bit 3 + m: some is known. */
        final byte[] flags;
        /** The weakest status (ordinal + 1) of a measure among the counted values, 0 when none; as usable. */
        final byte[] weakest;
        /** Per unit, the sources (bit per index) of the counted establishments, in {@link #words} longs. */
        final long[] sources;
        final int words;

        Row(int first, int units, int sourceCount) {
            this.first = first;
            int n = units - first;
            usable = new Totals(n * 3);
            repair = new Totals(n * 3);
            flags = new byte[n];
            weakest = new byte[n * 3];
            words = (sourceCount + 63) / 64;
            sources = new long[n * words];
        }

        /** Adds the totals of unit {@code from} into unit {@code to}. */
        void addInto(int from, int to) {
            int f = from - first;
            int t = to - first;
            for (int m = 0; m < 3; m++) {
                usable.add(t * 3 + m, usable.get(f * 3 + m));
                repair.add(t * 3 + m, repair.get(f * 3 + m));
            }
            addKnowledge(from, to);
        }

        /** Counts an establishment within unit {@code u}. */
        void add(Establishment e, int u, int source, Provenance.Status sourceStatus) {
            addValues(e, u, 1);
            addKnowledge(e, u, source, sourceStatus);
        }

        /** A copy, to change without touching this row. */
        Row copy() {
            Row r = new Row(first, first + flags.length, words * 64);
            usable.copyInto(r.usable);
            repair.copyInto(r.repair);
            System.arraycopy(flags, 0, r.flags, 0, flags.length);
            System.arraycopy(weakest, 0, r.weakest, 0, weakest.length);
            System.arraycopy(sources, 0, r.sources, 0, sources.length);
            return r;
        }

        /** Adds ({@code sign} 1) or takes away (-1) an establishment's usable and repair values within unit u. */
        void addValues(Establishment e, int u, int sign) {
            int x = u - first;
            boolean needsRepair = e.condition() == Condition.NEEDS_REPAIR;
            for (Measure measure : MEASURES) {
                int m = measure.ordinal();
                long v = sign * e.value(measure);
                usable.add(x * 3 + m, v);
                if (needsRepair) {
                    repair.add(x * 3 + m, v);
                }
            }
        }

        /** Forgets what is known of the values, statuses and sources within unit u (not the totals). */
        void clearKnowledge(int u) {
            int x = u - first;
            flags[x] = 0;
            for (int m = 0; m < 3; m++) {
                weakest[x * 3 + m] = 0;
            }
            for (int w = 0; w < words; w++) {
                sources[x * words + w] = 0;
            }
        }

        /** Adds what is known of the values, statuses and sources within unit {@code from} to unit {@code to}. */
        void addKnowledge(int from, int to) {
            int f = from - first;
            int t = to - first;
            for (int m = 0; m < 3; m++) {
                weakest[t * 3 + m] = (byte) Math.max(weakest[t * 3 + m], weakest[f * 3 + m]);
            }
            flags[t] |= flags[f];
            for (int w = 0; w < words; w++) {
                sources[t * words + w] |= sources[f * words + w];
            }
        }

        /** Adds what is known of an establishment's values, statuses and source within unit u (not its values). */
        void addKnowledge(Establishment e, int u, int source, Provenance.Status sourceStatus) {
            int x = u - first;
            if (source >= 0) {
                sources[x * words + (source >>> 6)] |= 1L << source;
            }
            for (Measure measure : MEASURES) {
                int m = measure.ordinal();
                Provenance.Status s = e.status(measure);
                if (s == null) {
                    flags[x] |= (byte) (1 << m);
                } else {
                    flags[x] |= (byte) (1 << (3 + m));
                    Provenance.Status w = Provenance.Status.weakest(Provenance.Status.weakest(s, e.typologyStatus()),
                            sourceStatus);
                    weakest[x * 3 + m] = (byte) Math.max(weakest[x * 3 + m], w.ordinal() + 1);
                }
            }
        }

        long usable(int u, int m) {
            return usable.get((u - first) * 3 + m);
        }

        long repair(int u, int m) {
            return repair.get((u - first) * 3 + m);
        }

        boolean anyUnknown(int u, int m) {
            return (flags[u - first] & (1 << m)) != 0;
        }

        boolean anyKnown(int u, int m) {
            return (flags[u - first] & (1 << (3 + m))) != 0;
        }

        /** The weakest status of measure m within unit u, or null when no counted value is known. */
        Provenance.Status weakest(int u, int m) {
            int w = weakest[(u - first) * 3 + m];
            return w == 0 ? null : STATUSES[w - 1];
        }

        /** Adds the sources of unit u to the set. */
        void citeSources(int u, BitSet cited) {
            int x = u - first;
            for (int w = 0; w < words; w++) {
                long bits = sources[x * words + w];
                while (bits != 0) {
                    cited.set(w * 64 + Long.numberOfTrailingZeros(bits));
                    bits &= bits - 1;
                }
            }
        }
    }

    /**
     * Whole-number totals, in an {@code int} array while every total fits one, then in a {@code long} array: the sums
     * are exact {@code long}s as before (an overflow of a {@code long} still throws), but the usual totals (counts,
     * places, staff of a unit) take half the memory. At 100 x Ecuador the rows' totals were about 70 MB of
     * {@code long}s, alive through the comparison beside the requirements and the lines.
     */
    static final class Totals {
        private int[] small;
        private long[] large;

        Totals(int size) {
            small = new int[size];
        }

        long get(int i) {
            int[] s = small;
            return s != null ? s[i] : large[i];
        }

        /** Adds {@code v} to total i, exactly: {@link ArithmeticException} when the sum overflows a {@code long}. */
        void add(int i, long v) {
            long sum = Math.addExact(get(i), v);
            int[] s = small;
            if (s != null) {
                if ((int) sum == sum) {
                    s[i] = (int) sum;
                    return;
                }
                widen();
            }
            large[i] = sum;
        }

        private void widen() {
            long[] l = new long[small.length];
            for (int i = 0; i < l.length; i++) {
                l[i] = small[i];
            }
            large = l;
            small = null;
        }

        /** Makes {@code to} (of the same size, all zero) hold these totals. */
        void copyInto(Totals to) {
            if (small != null) {
                System.arraycopy(small, 0, to.small, 0, small.length);
            } else {
                to.large = large.clone();
                to.small = null;
            }
        }
    }

    private static final Measure[] MEASURES = Measure.values();
    private static final Sector[] SECTORS = Sector.values();
    private static final Level[] LEVELS = Level.values();
    private static final Provenance.Status[] STATUSES = Provenance.Status.values();

    /** One coverage declaration of a source, resolved to circuit indices. */
    private record Cover(int source, BitSet circuits, boolean complete) {
    }

    /** Establishments of a typology not located to a single unit below some unit, with one example. */
    private static final class Spread {
        long count;
        String example;
    }

    private final Territory territory;
    private final Catalogue catalogue;
    /** The planning units (indexed bottom-up: circuits first, then districts, zones, the nation) and placements. */
    private final Placements placements;
    private final List<UnitCode> units;
    private final int[] parent;
    /** The circuits (indices, ascending) within each unit. */
    private final int[][] circuitsOf;
    private final Map<String, Integer> typologyIndex = new HashMap<>();
    private final List<Typology> typologies = new ArrayList<>();
    /** Supply within each unit (itself and below), by typology index; null for a typology with no supply. */
    private Row[] within;
    /** Per typology: units (index) some of whose counted establishments are not located to a single child. */
    private List<Map<Integer, Spread>> spread;
    /** Per typology: true when some counted establishment may lie in several zones. */
    private boolean[] acrossZones;
    private final List<InventorySource> sources;
    /** Per typology and measure: the coverage declared over circuits. */
    private List<List<List<Cover>>> covers;
    /** Establishments not counted as too close to another, in the inventory's order (by id). */
    private List<Redundancy> redundancies;
    /** Counted establishments per typology index. */
    private int[] counted;

    private Supply(Territory territory, Catalogue catalogue, List<InventorySource> sources, Placements placements) {
        this(territory, catalogue, sources, placements, new String[placements.units().size()], List.of(
                new CountingBySet(), new CountingBySet(), new CountingBySet(), new CountingBySet()),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * A copy of this supply on {@code territory} (the same geography: units, placements), sharing its catalogue,
     * sources, totals, spread, coverage and redundancies, and the caches that depend on nothing else: the units'
     * names, the typologies each supply set counts and the citation lists. Its comparison units start empty: a caller
     * that keeps the spread shares them ({@link #at}), one that changes it does not ({@link #recounted}).
     */
    private Supply copyOn(Territory territory) {
        Supply s = new Supply(territory, catalogue, sources, placements, names, countingByDepth, citationLists);
        s.typologyIndex.putAll(typologyIndex);
        s.typologies.addAll(typologies);
        s.covers = covers;
        s.within = within;
        s.spread = spread;
        s.acrossZones = acrossZones;
        s.counted = counted;
        s.redundancies = redundancies;
        return s;
    }

    /** A supply with these caches (fresh ones for a count, shared ones for a copy: see {@link #copyOn}). */
    private Supply(Territory territory, Catalogue catalogue, List<InventorySource> sources, Placements placements,
                   String[] names, List<CountingBySet> countingByDepth,
                   Map<BitSet, List<String>> citationLists) {
        this.territory = territory;
        this.catalogue = catalogue;
        this.sources = sources;
        this.placements = placements;
        this.units = placements.units();
        this.parent = placements.parents();
        this.circuitsOf = placements.circuitsOf();
        this.demography = new Demography[units.size()];
        this.names = names;
        this.countingByDepth = countingByDepth;
        this.citationLists = citationLists;
        this.comparisons = new Comparisons(units.size());
    }

    /**
     * Where requirements are compared and why, by the typologies of a component: they depend only on where the
     * supply counted is spread ({@link #comparisonUnit}, {@link #why}), so a supply and its copies at other years
     * share them, and a plan's years work each out once instead of once a year. Filled without a lock, as
     * {@link #names} is: every thread computes the same unit index or reason, and an int or a string is seen whole.
     */
    private static final class Comparisons {
        private final int size;
        /** The unit each unit's requirements are compared at, by the component's typologies; -1 when not known yet. */
        private final Map<List<Integer>, int[]> units = new java.util.concurrent.ConcurrentHashMap<>();
        /** Why requirements are compared at a unit, by the component's typologies; null when not known yet. */
        private final Map<List<Integer>, String[]> reasons = new java.util.concurrent.ConcurrentHashMap<>();

        Comparisons(int size) {
            this.size = size;
        }

        int[] units(List<Integer> typologies) {
            int[] known = units.get(typologies);
            if (known == null) {
                int[] fresh = new int[size];
                java.util.Arrays.fill(fresh, -1);
                known = units.putIfAbsent(typologies, fresh);
                if (known == null) {
                    known = fresh;
                }
            }
            return known;
        }

        String[] reasons(List<Integer> typologies) {
            String[] known = reasons.get(typologies);
            return known != null ? known : reasons.computeIfAbsent(typologies, k -> new String[size]);
        }
    }

    /** Where requirements are compared and why: shared with the copies of this supply at other years only. */
    private Comparisons comparisons;

    /**
     * The weakest status of each standard's parameters, by standard id: a line's status is never stronger than that
     * of the parameters its rule reads. Given to {@link #compare} because a what-if changes parameters, not supply.
     */
    static Map<String, Provenance.Status> parameterStatus(Catalogue catalogue) {
        Map<String, Provenance.Status> out = new HashMap<>();
        for (Parameter p : catalogue.parameters()) {
            out.merge(p.standard(), p.provenance().status(), Provenance.Status::weakest);
        }
        return out;
    }

    /**
     * Locates and counts the usable supply of the evaluated sectors.
     *
     * @param placements the units and the placements already made on this territory's geography; filled here
     */
    static Supply count(Territory territory, Catalogue catalogue, Inventory inventory, EvaluationOptions options,
                        Placements placements) {
        Supply s = new Supply(territory, catalogue, inventory.sources(), placements);
        for (String code : catalogue.typologies().keySet()) {
            s.typologyIndex.put(code, s.typologies.size());
            s.typologies.add(catalogue.typology(code).orElseThrow());
        }
        int nt = s.typologies.size();
        s.within = new Row[nt];
        s.spread = new ArrayList<>();
        for (int i = 0; i < nt; i++) {
            s.spread.add(new HashMap<>());
        }
        s.acrossZones = new boolean[nt];
        s.counted = new int[nt];
        s.redundancies = s.tally(inventory.establishments().stream()
                .filter(e -> options.sectors().contains(e.sector())).toList(), options, null);
        s.resolveCoverage();
        return s;
    }

    /**
     * This supply with the establishments of some typologies counted again from another inventory, everything else
     * shared (placements, coverage, the other typologies' totals): what a changed inventory record touches. The
     * inventory must declare the same sources as the one counted here and differ from it only in establishments of
     * {@code touched}.
     *
     * @param touched typology codes whose establishments differ between the two inventories
     * @param searchAgain false when the records that differ agree on everything the redundancy search reads (see
     *     {@link Redundancies#readAlike}): its result is then the one found here, and it is not run again
     * @param located where records already lie, by typology code then record (the very object): read, and filled
     *     for each recounted typology it lacks; records it does not hold are located as a count locates them
     */
    Supply recounted(Inventory inventory, Set<String> touched, EvaluationOptions options, boolean searchAgain,
                     Map<String, Map<Establishment, Placements.Located>> located) {
        // Its spread may differ: where requirements are compared is worked out again (a fresh cache).
        Supply s = copyOn(territory);
        s.within = within.clone();
        s.spread = new ArrayList<>(spread);
        s.acrossZones = acrossZones.clone();
        s.counted = counted.clone();
        for (String code : touched) {
            Integer ti = typologyIndex.get(code);
            if (ti != null) {
                s.within[ti] = null;
                s.spread.set(ti, new HashMap<>());
                s.acrossZones[ti] = false;
                s.counted[ti] = 0;
            }
        }
        // Mostly one typology is touched: then a string comparison per record, not a hash look-up.
        String only = touched.size() == 1 ? touched.iterator().next() : null;
        List<Establishment> relevant = new ArrayList<>();
        for (Establishment e : inventory.establishments()) {
            if ((only != null ? only.equals(e.typology()) : touched.contains(e.typology()))
                    && options.sectors().contains(e.sector())) {
                relevant.add(e);
            }
        }
        if (!searchAgain) {
            s.place(relevant, redundancies, located);
            return s;
        }
        List<Redundancy> kept = new ArrayList<>(redundancies);
        kept.removeIf(r -> touched.contains(r.typology()));
        kept.addAll(s.tally(relevant, options, located));
        // The redundancy search runs in id order (the inventory's); a per-typology search merged back by the
        // dropped id gives the same list, each id being dropped at most once.
        kept.sort(java.util.Comparator.comparing(Redundancy::dropped));
        s.redundancies = List.copyOf(kept);
        return s;
    }

    /**
     * The establishments of one typology a count counted (usable, not redundant), by where: what lets a record
     * what-if count that typology again from the few records it changed. Built from one inventory; immutable.
     *
     * @param byUnit by the unit whose totals they enter first (the unit of the typology's level holding them), in
     *     the inventory's order (by id)
     * @param spreadAt those not located to a single circuit, by the unit they are located to, in the same order
     */
    record Counted(Map<Integer, List<Establishment>> byUnit, Map<Integer, List<Establishment>> spreadAt) {
    }

    /**
     * The establishments of a typology this supply counted, found again in the inventory it counted (with the
     * placements of {@code located}, filled as {@link #recounted} fills it), or null when it counted none.
     */
    Counted counted(Inventory inventory, String typology, EvaluationOptions options,
                    Map<String, Map<Establishment, Placements.Located>> located) {
        Integer ti = typologyIndex.get(typology);
        if (ti == null || within[ti] == null) {
            return null;
        }
        Set<String> dropped = droppedIds();
        Map<Integer, List<Establishment>> byUnit = new HashMap<>();
        Map<Integer, List<Establishment>> spreadAt = new HashMap<>();
        Map<Establishment, Placements.Located> known = located.get(typology);
        Map<Establishment, Placements.Located> placing = known == null ? new java.util.IdentityHashMap<>() : null;
        for (Establishment e : inventory.establishments()) {
            if (!typology.equals(e.typology()) || !options.sectors().contains(e.sector()) || !counts(e, dropped)) {
                continue;
            }
            Placements.Located where = known == null ? null : known.get(e);
            if (where == null) {
                where = placements.locate(territory, e);
                if (placing != null) {
                    placing.put(e, where);
                }
            }
            byUnit.computeIfAbsent(lifted(ti, where.unit()), k -> new ArrayList<>()).add(e);
            if (!where.placement().isOneCircuit()) {
                spreadAt.computeIfAbsent(where.unit(), k -> new ArrayList<>()).add(e);
            }
        }
        if (placing != null) {
            located.putIfAbsent(typology, java.util.Collections.unmodifiableMap(placing));
        }
        return new Counted(frozen(byUnit), frozen(spreadAt));
    }

    private static Map<Integer, List<Establishment>> frozen(Map<Integer, List<Establishment>> m) {
        Map<Integer, List<Establishment>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The ids the redundancy search dropped. */
    private Set<String> droppedIds() {
        Set<String> dropped = new java.util.HashSet<>();
        redundancies.forEach(r -> dropped.add(r.dropped()));
        return dropped;
    }

    /** True when a count counts this record: usable and not dropped as redundant. */
    private static boolean counts(Establishment e, Set<String> dropped) {
        return e.condition().isUsable() && !dropped.contains(e.id());
    }

    /** The unit whose totals of a typology a record located to unit {@code at} enters first. */
    private int lifted(int typology, int at) {
        int first = firstAtOrAbove(typologies.get(typology).level());
        int u = at;
        while (u < first) {
            u = parent[u];
        }
        return u;
    }

    /**
     * This supply with one typology counted again from the records of it that changed, everything else shared: the
     * same as {@link #recounted} when the redundancy search finds what it found here (the records that changed read
     * alike to it, see {@link Redundancies#readAlike}), without placing the typology's other records again. The totals
     * of the units holding a changed record, old or new, and their ancestors are corrected by its values; what is
     * known of values, statuses and sources there is gathered again from those units' children and the records
     * counted at them; the spread of the units the changed records are located to is worked out again from the
     * records located there.
     *
     * @param was the typology's counted records here ({@link #counted(Inventory, String, EvaluationOptions, Map)})
     * @param before the typology's records that are no longer as they were (old versions), in any order
     * @param after the typology's records that are new or changed (new versions), in any order
     */
    Supply recounted(String typology, Counted was, List<Establishment> before, List<Establishment> after,
                     Map<String, Map<Establishment, Placements.Located>> located) {
        int ti = typologyIndex.get(typology);
        // Its spread may differ: where requirements are compared is worked out again (a fresh cache).
        Supply s = copyOn(territory);
        s.within = within.clone();
        s.spread = new ArrayList<>(spread);
        s.acrossZones = acrossZones.clone();
        s.counted = counted.clone();
        Set<String> dropped = droppedIds();
        Map<String, Integer> sourceIndex = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            sourceIndex.put(sources.get(i).id(), i);
        }
        Map<Establishment, Placements.Located> known = located.getOrDefault(typology, Map.of());
        java.util.function.Function<Establishment, Placements.Located> where = e -> {
            Placements.Located l = known.get(e);
            return l == null ? placements.locate(territory, e) : l;
        };
        Row row = within[ti].copy();
        Set<Establishment> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Integer, List<Establishment>> comes = new HashMap<>();
        Map<Integer, List<Establishment>> spreadComes = new HashMap<>();
        java.util.TreeSet<Integer> touchedUnits = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> spreadUnits = new java.util.TreeSet<>();
        for (int side = 0; side < 2; side++) {
            for (Establishment e : side == 0 ? before : after) {
                if (!counts(e, dropped)) {
                    continue;
                }
                Placements.Located l = where.apply(e);
                int u = lifted(ti, l.unit());
                for (int x = u; x >= 0; x = parent[x]) {
                    row.addValues(e, x, side == 0 ? -1 : 1);
                    touchedUnits.add(x);
                }
                if (!l.placement().isOneCircuit()) {
                    spreadUnits.add(l.unit());
                }
                if (side == 0) {
                    gone.add(e);
                    s.counted[ti]--;
                } else {
                    comes.computeIfAbsent(u, k -> new ArrayList<>()).add(e);
                    if (!l.placement().isOneCircuit()) {
                        spreadComes.computeIfAbsent(l.unit(), k -> new ArrayList<>()).add(e);
                    }
                    s.counted[ti]++;
                }
            }
        }
        // Units are indexed children before parents: each unit's children are gathered again before it.
        for (int u : touchedUnits) {
            row.clearKnowledge(u);
            for (int c : children(u)) {
                if (c >= row.first) {
                    row.addKnowledge(c, u);
                }
            }
            for (Establishment e : now(was.byUnit().get(u), gone, comes.get(u))) {
                Integer source = sourceIndex.get(e.source());
                row.addKnowledge(e, u, source == null ? -1 : source, source == null ? null
                        : sources.get(source).status());
            }
        }
        s.within[ti] = s.counted[ti] == 0 ? null : row;
        Map<Integer, Spread> spreads = new HashMap<>(spread.get(ti));
        for (int at : spreadUnits) {
            List<Establishment> there = now(was.spreadAt().get(at), gone, spreadComes.get(at));
            if (there.isEmpty()) {
                spreads.remove(at);
            } else {
                Spread sp = new Spread();
                sp.count = there.size();
                sp.example = example(where.apply(there.get(0)).placement());
                spreads.put(at, sp);
            }
        }
        s.spread.set(ti, spreads);
        s.acrossZones[ti] = false;
        for (int at : spreads.keySet()) {
            if (units.get(at).level() == Level.NATION) {
                s.acrossZones[ti] = true;
            }
        }
        return s;
    }

    /** The records counted at a unit now: those counted before but {@code gone}, and those that come, by id. */
    private static List<Establishment> now(List<Establishment> were, Set<Establishment> gone,
                                           List<Establishment> come) {
        List<Establishment> out = new ArrayList<>();
        if (were != null) {
            for (Establishment e : were) {
                if (!gone.contains(e)) {
                    out.add(e);
                }
            }
        }
        if (come != null) {
            out.addAll(come);
            out.sort(java.util.Comparator.comparing(Establishment::id));
        }
        return out;
    }

    /** The children (indices) of each unit, worked out once. */
    private int[] children(int u) {
        int[][] c = childrenOf;
        if (c == null) {
            List<List<Integer>> building = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                building.add(new ArrayList<>());
            }
            for (int i = 0; i < units.size(); i++) {
                if (parent[i] >= 0) {
                    building.get(parent[i]).add(i);
                }
            }
            c = new int[units.size()][];
            for (int i = 0; i < c.length; i++) {
                c[i] = building.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            childrenOf = c;
        }
        return c[u];
    }

    /** {@link #children}, filled at the first call (racy but idempotent: every thread computes the same). */
    private volatile int[][] childrenOf;

    /**
     * This supply on another year of the same territory ({@link Territory#projectedTo}): the placements, totals,
     * spread, coverage and redundancies are shared as they are (none depends on populations); what does (how the
     * people a requirement rests on are known) is worked out on {@code year}, whose units, codes and parishes'
     * circuits must be those counted here.
     */
    Supply at(Territory year) {
        Supply s = copyOn(year);
        // Nothing the comparison units depend on differs: they are worked out once for every year.
        s.comparisons = comparisons;
        return s;
    }

    /**
     * Finds the redundant records among these establishments, then places and counts the others into the totals of
     * their typologies (which must be empty), rolled up to every ancestor.
     *
     * @return the redundancies found, in the establishments' order
     */
    private List<Redundancy> tally(List<Establishment> relevant, EvaluationOptions options,
                                   Map<String, Map<Establishment, Placements.Located>> located) {
        Set<String> officialIds = new java.util.HashSet<>();
        sources.stream().filter(InventorySource::officialIds).forEach(x -> officialIds.add(x.id()));
        List<Redundancy> found = Redundancies.find(relevant, options.duplicateDistanceMeters(), officialIds);
        place(relevant, found, located);
        return found;
    }

    /**
     * Places and counts these establishments but the redundant ones (any {@code found} may name others) into the
     * totals of their typologies (which must be empty), rolled up to every ancestor.
     *
     * @param located null, or where records already lie by typology code then record (see {@link #recounted}):
     *     read, and given the placements of each typology it lacks (thread-safe when concurrent)
     */
    private void place(List<Establishment> relevant, List<Redundancy> found,
                       Map<String, Map<Establishment, Placements.Located>> located) {
        Map<String, Map<Establishment, Placements.Located>> placing = new HashMap<>();
        // The placements known of the typology of the previous record: records of one typology mostly follow each
        // other in a recount.
        String knownTypology = null;
        Map<Establishment, Placements.Located> known = null;
        java.util.Set<String> dropped = new java.util.HashSet<>();
        found.forEach(r -> dropped.add(r.dropped()));
        Map<String, Integer> sourceIndex = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            sourceIndex.put(sources.get(i).id(), i);
        }
        boolean[] fresh = new boolean[typologies.size()];
        // The source of the previous record: records of one source mostly follow each other. Without declared
        // sources no record names one, and its id is not read (the look-up by each record's id was 4 % of the
        // engine's samples at K = 100, most of it the first touch of the id).
        boolean anySource = !sourceIndex.isEmpty();
        String lastSource = null;
        int lastSourceIndex = -1;
        // Records that give the same location resolve to the same placement: resolve each location once.
        for (Establishment e : relevant) {
            if (!e.condition().isUsable() || !dropped.isEmpty() && dropped.contains(e.id())) {
                continue;
            }
            Integer ti = typologyIndex.get(e.typology());
            if (ti == null) {
                throw new IllegalArgumentException("establishment " + e.id() + " has typology " + e.typology()
                        + ", unknown to the standards");
            }
            Placements.Located where = null;
            if (located != null) {
                if (!e.typology().equals(knownTypology)) {
                    knownTypology = e.typology();
                    known = located.get(knownTypology);
                }
                if (known != null) {
                    where = known.get(e);
                }
                if (where == null) {
                    where = placements.locate(territory, e);
                    if (known == null) {
                        placing.computeIfAbsent(e.typology(), k -> new java.util.IdentityHashMap<>()).put(e, where);
                    }
                }
            } else {
                where = placements.locate(territory, e);
            }
            int at = where.unit();
            if (!where.placement().isOneCircuit()) {
                noteSpread(ti, at, where.placement());
            }
            String id = anySource ? e.source() : null;
            if (anySource && !id.equals(lastSource)) {
                Integer declared = sourceIndex.get(id);
                lastSource = id;
                lastSourceIndex = declared == null ? -1 : declared;
            }
            int source = lastSourceIndex;
            Provenance.Status sourceStatus = source < 0 ? null : sources.get(source).status();
            counted[ti]++;
            Row row = within[ti];
            if (row == null) {
                row = new Row(firstAtOrAbove(typologies.get(ti).level()), units.size(), sources.size());
                within[ti] = row;
                fresh[ti] = true;
            }
            // Supply located finer than its typology's level counts at the unit of that level holding it.
            int u = at;
            while (u < row.first) {
                u = parent[u];
            }
            row.add(e, u, source, sourceStatus);
        }
        // Units are indexed children before parents, so one pass adds each unit's totals into its parent's.
        for (int ti = 0; ti < fresh.length; ti++) {
            if (!fresh[ti]) {
                continue;
            }
            Row row = within[ti];
            for (int u = row.first; u < units.size(); u++) {
                if (parent[u] >= 0) {
                    row.addInto(u, parent[u]);
                }
            }
        }
        placing.forEach((typology, m) -> located.putIfAbsent(typology, java.util.Collections.unmodifiableMap(m)));
    }

    /** The first unit index at or above a level (units are indexed bottom-up). */
    private int firstAtOrAbove(Level level) {
        int u = 0;
        while (u < units.size() && units.get(u).level().depth() > level.depth()) {
            u++;
        }
        return u;
    }

    /** Records a placement that does not reduce to one unit below each of its ancestors' children. */
    private void noteSpread(int typology, int at, Placement p) {
        Level level = units.get(at).level();
        if (level == Level.NATION) {
            acrossZones[typology] = true;
        }
        Spread sp = spread.get(typology).computeIfAbsent(at, k -> new Spread());
        sp.count++;
        if (sp.example == null) {
            sp.example = example(p);
        }
    }

    /** How a spread placement is quoted as the example of its unit. */
    private static String example(Placement p) {
        List<CircuitCode> c = p.circuits();
        return p.basis() + (c.size() <= 4 ? " (circuits " + String.join(", ",
                c.stream().map(CircuitCode::value).toList()) + ")" : " (" + c.size() + " circuits)");
    }

    /** Resolves every source's coverage to circuits, per typology and measure. */
    private void resolveCoverage() {
        Map<UnitCode, BitSet> circuitsWithin = new HashMap<>();
        Map<CircuitCode, Integer> circuitIndex = new HashMap<>();
        List<Circuit> all = territory.circuits();
        for (int c = 0; c < all.size(); c++) {
            circuitIndex.put(all.get(c).code(), c);
        }
        covers = new ArrayList<>();
        for (int t = 0; t < typologies.size(); t++) {
            List<List<Cover>> byMeasure = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                byMeasure.add(new ArrayList<>());
            }
            covers.add(byMeasure);
        }
        for (int si = 0; si < sources.size(); si++) {
            for (InventorySource.Coverage c : sources.get(si).coverage()) {
                BitSet over = new BitSet();
                for (UnitCode u : c.over()) {
                    if (!territory.contains(u)) {
                        continue;
                    }
                    over.or(circuitsWithin.computeIfAbsent(u, x -> {
                        BitSet b = new BitSet();
                        Placement.circuitsWithin(territory, x).forEach(cc -> b.set(circuitIndex.get(cc)));
                        return b;
                    }));
                }
                for (int t = 0; t < typologies.size(); t++) {
                    for (Measure m : Measure.values()) {
                        if (c.covers(typologies.get(t).sector(), typologies.get(t).code(), m)) {
                            covers.get(t).get(m.ordinal()).add(new Cover(si, over, c.complete()));
                        }
                    }
                }
            }
        }
    }

    List<Redundancy> redundancies() {
        return redundancies;
    }

    int counted() {
        int n = 0;
        for (int c : counted) {
            n += c;
        }
        return n;
    }

    /**
     * The typologies of a requirement that count at its unit's level, none planned at a coarser level; ascending by
     * code. Computed once per supply set and level: requirements share a few dozen supply sets.
     */
    private List<Integer> counting(Requirement r) {
        return counting(r.supply(), r.level().depth());
    }

    /** {@link #counting(Requirement)} of a requirement with this supply set at a unit of this level depth. */
    private List<Integer> counting(Set<String> supply, int depth) {
        CountingBySet known = countingByDepth.get(depth);
        List<Integer> typs = known.byInstance.get(supply);
        return typs != null ? typs : known.counting(supply, depth, this);
    }

    /** {@link #counting}, worked out: the typologies of the set that count at this depth, ascending by code. */
    private List<Integer> countingNow(Set<String> supply, int depth) {
        List<Integer> out = new ArrayList<>();
        for (String code : new TreeSet<>(supply)) {
            Integer ti = typologyIndex.get(code);
            if (ti != null && typologies.get(ti).level().depth() >= depth) {
                out.add(ti);
            }
        }
        return List.copyOf(out);
    }

    /**
     * What each supply set counts at one level depth ({@link #counting}), the one look-up of supply sets in the
     * comparison: by the set's identity in a table never modified once published (a new copy is published for each
     * new instance, under a lock), so the comparison's threads read it without a lock; by equality only the first
     * time an instance is met. Requirements share a few dozen set instances (the rules' sets, one per typology for
     * a rule counting its own, the substitutions' widened sets), so a set's hash (an immutable set recomputes it on
     * every call) and its equality are paid once per instance instead of once per requirement. Instances beyond
     * {@link #MOST_INSTANCES} (requirements built one by one with sets of their own) are looked up by equality only,
     * so the copies stay bounded. Shared by a supply and its copies at other years: it depends on the catalogue only.
     */
    private static final class CountingBySet {
        private static final int MOST_INSTANCES = 1024;
        private final Map<Set<String>, List<Integer>> byEquality = new java.util.concurrent.ConcurrentHashMap<>();
        /** Never modified once assigned. */
        private volatile IdentityHashMap<Set<String>, List<Integer>> byInstance = new IdentityHashMap<>();

        /** What {@code supply} counts, found by equality (worked out by {@code s} the first time) and remembered. */
        List<Integer> counting(Set<String> supply, int depth, Supply s) {
            List<Integer> typs = byEquality.get(supply);
            if (typs == null) {
                typs = s.countingNow(supply, depth);
                List<Integer> first = byEquality.putIfAbsent(supply, typs);
                if (first != null) {
                    typs = first;
                }
            }
            remember(supply, typs);
            return typs;
        }

        private synchronized void remember(Set<String> supply, List<Integer> typs) {
            IdentityHashMap<Set<String>, List<Integer>> now = byInstance;
            if (now.size() < MOST_INSTANCES && !now.containsKey(supply)) {
                IdentityHashMap<Set<String>, List<Integer>> next = new IdentityHashMap<>(now);
                next.put(supply, typs);
                byInstance = next;
            }
        }
    }

    /** {@link #counting} by level depth (nation 0 to circuit 3); concurrent as {@link #compare}. */
    private final List<CountingBySet> countingByDepth;

    /**
     * The deficit lines of these requirements: each compared where its supply is located (standard lines at its own
     * unit; otherwise one comparison line at the finest unit holding both, with a requirement line per unit).
     *
     * <p>Requirements of one sector, measure and level whose supply typologies overlap compete for the same supply
     * (the health-post, type-A and type-B rules all count type-B centres; the three seat rules count the same
     * schools). At its own unit each requirement has the supply to itself (the rules' bands do not overlap within a
     * unit); where they are compared together at a coarser unit, the supply located there is shared out once, never
     * counted for two requirements: the rule counting the fewest typologies first (then by rule and typology name),
     * each taking its own typology first, establishments in good condition before those needing repair.
     */
    List<DeficitLine> compare(List<Requirement> requirements, Map<String, Provenance.Status> parameterStatus) {
        return compared(components(requirements), parameterStatus);
    }

    /**
     * {@link #compare}, taking the list over: it is emptied once its requirements are in components, so that each
     * component's requirements go once compared. The caller's frame would otherwise keep every requirement alive
     * to the end of the comparison: at 100 x Ecuador 1.3 M of them (71 MB) beside the lines they become, with the
     * heap at its cap.
     *
     * @param taken a modifiable list the caller no longer reads; emptied
     */
    List<DeficitLine> compareTaking(List<Requirement> taken, Map<String, Provenance.Status> parameterStatus) {
        List<Component> components = components(taken);
        taken.clear();
        return compared(components, parameterStatus);
    }

    private List<DeficitLine> compared(List<Component> components, Map<String, Provenance.Status> parameterStatus) {
        // Each component is let go once compared: a million requirements need not all outlive the comparison.
        List<DeficitLine> out = new ArrayList<>();
        for (java.util.ListIterator<Component> it = components.listIterator(); it.hasNext(); ) {
            Component c = it.next();
            it.set(null);
            compare(c, parameterStatus, null, (at, line) -> out.add(line));
        }
        return out;
    }

    /**
     * Requirements that {@link #compare} compares together: those of one sector, measure and level whose counted
     * typologies overlap (transitively), with the typologies they count (indices, ascending). They depend on the
     * catalogue only, not on the supply counted, so they hold for every supply counted with the same catalogue.
     * {@code units} is the planning unit index ({@link Placements#indexOf}) of each requirement's unit, in the
     * requirements' order (-1 for a unit that is none): the same on every supply of one territory's geography.
     * {@code counting} is what each requirement counts ({@link #counting}), in the requirements' order: found once
     * when the component is made, not again for each line. Do not modify either array.
     */
    record Component(Sector sector, List<Requirement> requirements, List<Integer> typologies, int[] units,
                     List<Integer>[] counting) {
    }

    /** Positions in a list, in the order added: a growable {@code int} array. */
    private static final class Positions {
        int[] at = new int[8];
        int size;
        /** For a group of {@link #overlapping}: the typologies its requirements count, ascending; else null. */
        List<Integer> typologies;

        void add(int i) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }
    }

    List<Component> components(List<Requirement> requirements) {
        Requirement[] all = requirements.toArray(new Requirement[0]);
        // One pass reads all a component needs of each requirement (at 100 x Ecuador each pass over the 1.3 M
        // requirements is a cache miss per requirement): the planning unit index of its unit, looked up once per run
        // of requirements of one unit (they come sorted by unit); its sector, measure and level; what it counts.
        int[] unitOf = new int[all.length];
        @SuppressWarnings("unchecked")
        List<Integer>[] countingAt = new List[all.length];
        // Requirements of one sector, measure and level, in the order each of those was first seen.
        Positions[] byKey = new Positions[SECTORS.length * MEASURES.length * LEVELS.length];
        List<Positions> keys = new ArrayList<>();
        UnitCode last = null;
        int index = -1;
        for (int i = 0; i < all.length; i++) {
            Requirement r = all[i];
            UnitCode u = r.unitCode();
            if (i == 0 || u != last) {
                Integer found = placements.indexOf(u);
                index = found == null ? -1 : found;
                last = u;
            }
            unitOf[i] = index;
            Level level = u.level();
            int key = (r.sector().ordinal() * MEASURES.length + r.measure().ordinal()) * LEVELS.length
                    + level.ordinal();
            Positions same = byKey[key];
            if (same == null) {
                same = new Positions();
                byKey[key] = same;
                keys.add(same);
            }
            same.add(i);
            countingAt[i] = counting(r.supply(), level.depth());
        }
        List<Component> out = new ArrayList<>();
        for (Positions same : keys) {
            for (Positions component : overlapping(all, same, countingAt)) {
                Requirement[] rs = new Requirement[component.size];
                int[] units = new int[component.size];
                @SuppressWarnings("unchecked")
                List<Integer>[] counting = new List[component.size];
                for (int k = 0; k < component.size; k++) {
                    rs[k] = all[component.at[k]];
                    units[k] = unitOf[component.at[k]];
                    counting[k] = countingAt[component.at[k]];
                }
                out.add(new Component(rs[0].sector(), List.of(rs), component.typologies, units, counting));
            }
        }
        return out;
    }

    /** Where {@link #compare} puts a line: the unit index it is compared at (its group), and the line. */
    interface LineSink {
        void accept(int at, DeficitLine line);
    }

    /**
     * The lines of one component, each given with the unit it is compared at: a standard line at its own unit, or
     * the comparison and requirement lines of the requirements compared together at an ancestor. The lines of one
     * unit depend only on the supply of the component's typologies at that unit, on where those typologies' supply
     * is spread below it (which decides which requirements are compared there and why) and on the coverage.
     *
     * @param only the units whose lines are wanted, or null for all
     */
    void compare(Component c, Map<String, Provenance.Status> parameterStatus, BitSet only, LineSink sink) {
        compare(c, comparisonUnits(c), parameterStatus, only, sink);
    }

    /**
     * As {@link #compare(Component, Map, BitSet, LineSink)}, with where each requirement is compared already worked
     * out on this supply ({@link #comparisonUnits}): a record what-if keeps them for the components it does not move.
     *
     * @param ats the unit index each of the component's requirements is compared at, in its order
     */
    void compare(Component c, int[] ats, Map<String, Provenance.Status> parameterStatus, BitSet only,
                 LineSink sink) {
        List<Integer> typs = c.typologies();
        Map<Integer, List<Requirement>> byComparison = new LinkedHashMap<>();
        for (int i = 0; i < ats.length; i++) {
            Requirement r = c.requirements().get(i);
            int at = ats[i];
            if (only != null && !only.get(at)) {
                continue;
            }
            // Compared at its own unit: the unit there is the requirement's (mostly the same code object). Asking the
            // code's index instead was a look-up in a table of every unit per requirement, a cache miss at K = 100.
            UnitCode there = units.get(at);
            if (there == r.unitCode() || there.equals(r.unitCode())) {
                sink.accept(at, line(DeficitLine.Scope.STANDARD, r, List.of(r), at, c.counting()[i], null,
                        parameterStatus, AT_ITS_OWN.get(r.level())));
            } else {
                byComparison.computeIfAbsent(at, k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Integer, List<Requirement>> e : byComparison.entrySet()) {
            int where = e.getKey();
            for (DeficitLine l : shared(where, e.getValue(), typs, why(where, typs), parameterStatus)) {
                sink.accept(where, l);
            }
        }
    }

    /**
     * The unit index each of the component's requirements is compared at, in its order. Requirements come sorted by
     * unit: each unit and where it is compared are looked up once (the comparison unit depends only on the unit and
     * the component's typologies).
     */
    int[] comparisonUnits(Component c) {
        int[] out = new int[c.requirements().size()];
        int[] known = comparisons.units(c.typologies());
        int[] units = c.units();
        UnitCode unit = null;
        int at = -1;
        for (int i = 0; i < out.length; i++) {
            Requirement r = c.requirements().get(i);
            if (r.unitCode() != unit) {
                unit = r.unitCode();
                if (units[i] < 0) {
                    throw new IllegalStateException("requirement of unit " + unit.value() + ", which is no planning"
                            + " unit of this territory");
                }
                at = comparisonUnitOf(units[i], c.typologies(), known);
            }
            out[i] = at;
        }
        return out;
    }

    /**
     * The unit index a requirement of {@code unit} is compared at in component {@code c} on this supply: the same as
     * {@link #comparisonUnits} gives every requirement of that unit.
     */
    int comparisonUnitOf(UnitCode unit, Component c) {
        return comparisonUnitOf(placements.indexOf(unit), c.typologies(), comparisons.units(c.typologies()));
    }

    /** The unit a requirement of unit {@code u} is compared at, from {@code known} (filled when not known yet). */
    private int comparisonUnitOf(int u, List<Integer> typologies, int[] known) {
        int at = known[u];
        if (at < 0) {
            at = comparisonUnit(u, typologies);
            known[u] = at;
        }
        return at;
    }

    /**
     * True when every requirement counting only these typologies (and others this supply and {@code other} share) is
     * compared at the same unit in both: where a comparison unit lies depends only on which units hold supply of a
     * typology that may lie in several of their children, and on whether some may lie in several zones.
     */
    boolean comparesAlike(Supply other, List<Integer> typologies) {
        for (int t : typologies) {
            if (acrossZones[t] != other.acrossZones[t]
                    || spread.get(t) != other.spread.get(t) && !spread.get(t).keySet().equals(
                            other.spread.get(t).keySet())) {
                return false;
            }
        }
        return true;
    }

    /** The typology index of a code, or -1 when the catalogue has none. */
    int typologyIndex(String code) {
        Integer ti = typologyIndex.get(code);
        return ti == null ? -1 : ti;
    }

    /**
     * The units (indices) where this supply and {@code other} (counted on the same units and catalogue) differ for
     * one of these typologies: in the supply counted within the unit (any measure, repair, known or unknown values,
     * weakest status, sources) or in the establishments located only to the unit, not to one of its children. Where
     * some typology's supply may lie in several zones in one and not the other, the nation.
     */
    BitSet differences(Supply other, Set<Integer> typologies) {
        BitSet out = new BitSet();
        for (int t : typologies) {
            Row a = within[t];
            Row b = other.within[t];
            for (int x = 0; x < units.size(); x++) {
                if (!sameRow(a, b, x)) {
                    out.set(x);
                }
            }
            Map<Integer, Spread> sa = spread.get(t);
            Map<Integer, Spread> sb = other.spread.get(t);
            for (Map.Entry<Integer, Spread> e : sa.entrySet()) {
                Spread o = sb.get(e.getKey());
                if (o == null || o.count != e.getValue().count
                        || !java.util.Objects.equals(o.example, e.getValue().example)) {
                    out.set(e.getKey());
                }
            }
            for (Integer x : sb.keySet()) {
                if (!sa.containsKey(x)) {
                    out.set(x);
                }
            }
            if (acrossZones[t] != other.acrossZones[t]) {
                for (int x = 0; x < units.size(); x++) {
                    if (parent[x] < 0) {
                        out.set(x);
                    }
                }
            }
        }
        return out;
    }

    /** True when two rows of one typology (either absent: no supply) hold the same at unit x. */
    private static boolean sameRow(Row a, Row b, int x) {
        if (a == b) {
            return true;
        }
        Row r = a == null ? b : a;
        if (x < r.first) {
            return true;
        }
        if (a == null || b == null) {
            // One side counted nothing: the same only where the other holds nothing either.
            int i = x - r.first;
            if (r.flags[i] != 0) {
                return false;
            }
            for (int w = 0; w < r.words; w++) {
                if (r.sources[i * r.words + w] != 0) {
                    return false;
                }
            }
            for (int m = 0; m < 3; m++) {
                if (r.usable.get(i * 3 + m) != 0 || r.repair.get(i * 3 + m) != 0 || r.weakest[i * 3 + m] != 0) {
                    return false;
                }
            }
            return true;
        }
        int i = x - a.first;
        if (a.flags[i] != b.flags[i]) {
            return false;
        }
        for (int m = 0; m < 3; m++) {
            if (a.usable.get(i * 3 + m) != b.usable.get(i * 3 + m) || a.repair.get(i * 3 + m) != b.repair.get(i * 3 + m)
                    || a.weakest[i * 3 + m] != b.weakest[i * 3 + m]) {
                return false;
            }
        }
        for (int w = 0; w < a.words; w++) {
            if (a.sources[i * a.words + w] != b.sources[i * b.words + w]) {
                return false;
            }
        }
        return true;
    }

    /** Why a standard line is compared at its own unit, by level: one string shared by a million lines. */
    private static final Map<Level, String> AT_ITS_OWN;

    static {
        Map<Level, String> m = new java.util.EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            m.put(l, "at its own " + l.id() + ": the supply counted is located there");
        }
        AT_ITS_OWN = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Groups the requirements at these positions whose counted typologies overlap (transitively), first-seen order,
     * each with the typologies its requirements count ({@link Positions#typologies}). Requirements counting no
     * typology at their level are grouped by their supply set.
     *
     * @param countingAt what the requirement at each position counts ({@link #counting})
     */
    private List<Positions> overlapping(Requirement[] all, Positions same, List<Integer>[] countingAt) {
        // Union-find over typology indices: each typology's root is the smallest index it is joined with.
        int[] root = new int[typologies.size()];
        for (int t = 0; t < root.length; t++) {
            root[t] = t;
        }
        BitSet seen = new BitSet();
        for (int k = 0; k < same.size; k++) {
            List<Integer> typs = countingAt[same.at[k]];
            int n = typs.size();
            if (n > 0) {
                int first = typs.get(0);
                seen.set(first);
                for (int i = 1; i < n; i++) {
                    int t = typs.get(i);
                    seen.set(t);
                    int a = rootOf(root, first);
                    int b = rootOf(root, t);
                    if (a != b) {
                        root[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        List<Positions> groups = new ArrayList<>();
        Positions[] byRoot = new Positions[root.length];
        Map<Set<String>, Positions> countingNone = new HashMap<>();
        for (int k = 0; k < same.size; k++) {
            List<Integer> typs = countingAt[same.at[k]];
            Positions group;
            if (typs.isEmpty()) {
                Set<String> supply = all[same.at[k]].supply();
                group = countingNone.get(supply);
                if (group == null) {
                    group = new Positions();
                    group.typologies = List.of();
                    countingNone.put(supply, group);
                    groups.add(group);
                }
            } else {
                int g = rootOf(root, typs.get(0));
                group = byRoot[g];
                if (group == null) {
                    group = new Positions();
                    List<Integer> union = new ArrayList<>();
                    for (int t = seen.nextSetBit(0); t >= 0; t = seen.nextSetBit(t + 1)) {
                        if (rootOf(root, t) == g) {
                            union.add(t);
                        }
                    }
                    group.typologies = List.copyOf(union);
                    byRoot[g] = group;
                    groups.add(group);
                }
            }
            group.add(same.at[k]);
        }
        return groups;
    }

    /** The root of typology t in {@link #overlapping}'s union-find. */
    private static int rootOf(int[] root, int t) {
        int r = t;
        while (root[r] != r) {
            r = root[r];
        }
        return r;
    }

    /**
     * One comparison line per rule and typology of these requirements, compared at unit {@code at} with the supply
     * located there shared out once (see {@link #compare}), and a requirement line per requirement.
     */
    private List<DeficitLine> shared(int at, List<Requirement> rs, List<Integer> union, String reason,
                                     Map<String, Provenance.Status> parameterStatus) {
        record Sub(String rule, String typology) {
        }
        Map<Sub, List<Requirement>> subs = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((Sub x) -> 0).thenComparing(Sub::rule).thenComparing(Sub::typology));
        for (Requirement r : rs) {
            subs.computeIfAbsent(new Sub(r.rule(), r.typology()), k -> new ArrayList<>()).add(r);
        }
        List<List<Requirement>> order = new ArrayList<>(subs.values());
        order.sort(java.util.Comparator.comparingInt((List<Requirement> x) -> counting(x.get(0)).size())
                .thenComparing(x -> x.get(0).rule()).thenComparing(x -> x.get(0).typology()));
        int m = rs.get(0).measure().ordinal();
        Map<Integer, long[]> pool = new HashMap<>();
        for (int t : union) {
            Row row = within[t];
            pool.put(t, row == null ? new long[2] : new long[] {row.usable(at, m) - row.repair(at, m),
                row.repair(at, m)});
        }
        List<DeficitLine> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Requirement> sub = order.get(i);
            Requirement first = sub.get(0);
            long need = sub.stream().mapToLong(Requirement::quantity).sum();
            List<Integer> own = new ArrayList<>(counting(first));
            Integer self = typologyIndex.get(first.typology());
            if (self != null && own.remove(self)) {
                own.add(0, self);
            }
            long[] taken = new long[2];
            for (int part = 0; part < 2; part++) {
                for (int t : own) {
                    long[] p = pool.get(t);
                    long take = Math.min(need - taken[0] - taken[1], p[part]);
                    p[part] -= take;
                    taken[part] += take;
                }
            }
            long leftover = 0;
            if (i == order.size() - 1) {
                for (int t : own) {
                    leftover += pool.get(t)[0] + pool.get(t)[1];
                }
            }
            DeficitLine c = line(DeficitLine.Scope.COMPARISON, first, sub, at, counting(first),
                    new long[] {taken[0] + taken[1], taken[1], leftover}, parameterStatus, reason);
            out.add(c);
            for (Requirement r : sub) {
                out.add(new DeficitLine(DeficitLine.Scope.REQUIREMENT, r.unitCode(), name(r.unitCode()),
                        r.sector(), r.typology(), r.measure(), r.quantity(), 0, 0, 0, 0, r.rule(),
                        r.standard(), r.provenance(), r.inputs(), r.supply(), c.assessment(), c.code(),
                        reason, c.sources(), Provenance.Status.weakest(c.status(), demographicStatus(r, -1))));
            }
        }
        return out;
    }

    /**
     * The unit where a requirement of unit {@code u} is compared: the nation when the supply counted may lie in
     * several zones; its zone when, in that zone, some may lie in several districts; its district when, in that
     * district, some may lie in several circuits; itself otherwise. Levels at or above the requirement's own are the
     * requirement's: only finer spread matters.
     */
    private int comparisonUnit(int u, List<Integer> typs) {
        Level level = units.get(u).level();
        List<Integer> chain = new ArrayList<>();
        for (int x = u; x >= 0; x = parent[x]) {
            chain.add(x);
        }
        // chain: the unit, then its ancestors up to the nation.
        int nation = chain.get(chain.size() - 1);
        for (int t : typs) {
            if (acrossZones[t] && level != Level.NATION) {
                return nation;
            }
        }
        for (int i = chain.size() - 2; i >= 1; i--) {
            int a = chain.get(i);
            for (int t : typs) {
                if (spreadBelow(t, a) != null) {
                    return a;
                }
            }
        }
        return u;
    }

    /**
     * Why requirements below unit {@code at} are compared there ({@link #comparisonUnit} chose it): the first of the
     * typologies, in their order, whose supply may lie in several zones (at the nation) or in several of the unit's
     * children.
     */
    private String why(int at, List<Integer> typs) {
        String[] known = comparisons.reasons(typs);
        String why = known[at];
        if (why == null) {
            why = whyNow(at, typs);
            known[at] = why;
        }
        return why;
    }

    /** {@link #why}, worked out. */
    private String whyNow(int at, List<Integer> typs) {
        if (parent[at] < 0) {
            for (int t : typs) {
                if (acrossZones[t]) {
                    return reason(at, t, "several zones");
                }
            }
        }
        for (int t : typs) {
            if (spreadBelow(t, at) != null) {
                return reason(at, t, "several " + childLevel(units.get(at).level()) + "s");
            }
        }
        throw new IllegalStateException("unit " + units.get(at) + " is no comparison unit of " + typs);
    }

    /** The spread of a typology at a unit (counted establishments that may lie in several of its children). */
    private Spread spreadBelow(int typology, int unit) {
        return spread.get(typology).get(unit);
    }

    private static String childLevel(Level l) {
        return l == Level.ZONE ? "district" : l == Level.DISTRICT ? "circuit" : "zone";
    }

    private String reason(int at, int typology, String across) {
        UnitCode code = units.get(at);
        Spread sp = spread.get(typology).getOrDefault(at, new Spread());
        // Appended rather than formatted: a Formatter per reason was a tenth of the population year's comparison
        // under C1. The text is the one String.format(Locale.ROOT, "compared at %s %s: %,d %s located only to %s of
        // it, e.g. %s", ...) gives.
        return new StringBuilder(120).append("compared at ").append(code.level().id()).append(' ')
                .append(code.value()).append(": ").append(grouped(sp.count)).append(' ')
                .append(typologies.get(typology).code()).append(" located only to ").append(across)
                .append(" of it, e.g. ").append(sp.example).toString();
    }

    /** {@code String.format(Locale.ROOT, "%,d", n)}: digits in groups of three, separated by commas. */
    static String grouped(long n) {
        if (n < 0) {
            return String.format(Locale.ROOT, "%,d", n);
        }
        String digits = Long.toString(n);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    private String name(UnitCode code) {
        return territory.unit(code).name();
    }

    /**
     * The name of the unit of this index, looked up once: every line of a unit needs it. Filled without a lock as
     * {@link #demography} is: every thread finds the same name, and a string is seen whole.
     */
    private String nameAt(int at) {
        String n = names[at];
        if (n == null) {
            n = name(units.get(at));
            names[at] = n;
        }
        return n;
    }

    /** The names of the units by index, as {@link #nameAt} finds them. */
    private final String[] names;

    /**
     * A standard or comparison line: these requirements (summed) against the supply within unit {@code at}, or
     * against the share of it {@code allocated} to them ({usable, of which needing repair, surplus}); the assessment,
     * sources and status are those of all the supply of their typologies there.
     */
    private DeficitLine line(DeficitLine.Scope scope, Requirement first, List<Requirement> rs, int at,
                             List<Integer> typs, long[] allocated, Map<String, Provenance.Status> parameterStatus,
                             String comparison) {
        int m = first.measure().ordinal();
        long required = 0;
        Provenance.Status status = first.provenance().status();
        status = Provenance.Status.weakest(status, parameterStatus.get(first.standard()));
        for (Requirement r : rs) {
            required = Math.addExact(required, r.quantity());
            status = Provenance.Status.weakest(status, r.provenance().status());
            status = Provenance.Status.weakest(status, demographicStatus(r, scope == DeficitLine.Scope.STANDARD
                    ? at : -1));
        }
        long usable = 0;
        long repair = 0;
        boolean anyUnknown = false;
        boolean anyKnown = false;
        BitSet cited = new BitSet();
        for (int t : typs) {
            Row row = within[t];
            if (row != null) {
                usable = Math.addExact(usable, row.usable(at, m));
                repair = Math.addExact(repair, row.repair(at, m));
                anyUnknown |= row.anyUnknown(at, m);
                anyKnown |= row.anyKnown(at, m);
                row.citeSources(at, cited);
                status = Provenance.Status.weakest(status, row.weakest(at, m));
            }
        }
        boolean full = true;
        boolean none = true;
        int[] mine = circuitsOf[at];
        int size = mine.length;
        for (int t : typs) {
            BitSet complete = new BitSet();
            for (Cover c : covers.get(t).get(m)) {
                if (within(c.circuits(), mine) > 0) {
                    none = false;
                    cited.set(c.source());
                    if (c.complete()) {
                        complete.or(c.circuits());
                    }
                }
            }
            if (within(complete, mine) < size) {
                full = false;
            }
        }
        // Assessed: every typology covered completely over the unit and every value counted known. Partly: some
        // coverage, or some known values without coverage (a lower bound). Otherwise nothing is known.
        Assessment a = typs.isEmpty() || full && !anyUnknown ? Assessment.ASSESSED
                : !none || anyKnown ? Assessment.PARTLY_ASSESSED : Assessment.NOT_ASSESSED;
        for (int i = cited.nextSetBit(0); i >= 0; i = cited.nextSetBit(i + 1)) {
            status = Provenance.Status.weakest(status, sources.get(i).status());
        }
        List<String> citations = citations(cited);
        long surplus = Math.max(0, usable - required);
        if (allocated != null) {
            usable = allocated[0];
            repair = allocated[1];
            surplus = allocated[2];
        }
        long deficit = Math.max(0, required - usable);
        UnitCode code = units.get(at);
        String inputs = scope == DeficitLine.Scope.STANDARD ? first.inputs() : DeficitLine.unitsSummed(rs.size());
        return new DeficitLine(scope, code, nameAt(at), first.sector(), first.typology(), first.measure(), required,
                usable, repair, deficit, surplus, first.rule(), first.standard(), first.provenance(), inputs,
                first.supply(), a, code, comparison, citations, status);
    }

    /**
     * The citations of a set of sources, sorted without repeats: one list per set, shared by every line citing it
     * (lines keep the list they are given when it is already sorted and unmodifiable).
     */
    private List<String> citations(BitSet cited) {
        return citationLists.computeIfAbsent(cited, c -> {
            java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
            for (int i = c.nextSetBit(0); i >= 0; i = c.nextSetBit(i + 1)) {
                sorted.add(sources.get(i).citation());
            }
            return List.copyOf(sorted);
        });
    }

    /** Citation lists by source set; concurrent as {@link #compare}. Keys are never modified once put. */
    private final Map<BitSet, List<String>> citationLists;

    /** How the people of a unit are known, and its age groups. */
    private record Demography(Provenance.Status people, Provenance.Status ages) {
    }

    /**
     * The demography of each unit (by index), filled as requirements are compared. Written without a lock although a
     * what-if compares on several threads at once: every thread computes the same value for a unit, and a record's
     * final fields are seen whole.
     */
    private final Demography[] demography;

    /**
     * How the people a requirement rests on are known: census counts are sourced; a share of a split parish, a
     * projected year, or age groups interpolated from five-year groups are estimated; national shares are assumed.
     *
     * @param unit the index of the requirement's unit, or -1 to look it up
     */
    private Provenance.Status demographicStatus(Requirement r, int unit) {
        int i = unit;
        if (i < 0) {
            Integer found = placements.indexOf(r.unitCode());
            i = found == null ? -1 : found;
        }
        Demography d = i < 0 ? null : demography[i];
        if (d == null) {
            d = demography(r.unitCode(), i);
            if (i >= 0) {
                demography[i] = d;
            }
        }
        return r.restsOnAgeGroups() ? d.ages() : d.people();
    }

    /** How many of these circuits are in the set. */
    private static int within(BitSet set, int[] circuits) {
        int n = 0;
        for (int c : circuits) {
            if (set.get(c)) {
                n++;
            }
        }
        return n;
    }

    /** The territory's circuits, copied once: {@link Territory#circuits()} makes a new list at every call. */
    private List<Circuit> circuits() {
        if (circuitList == null) {
            circuitList = List.copyOf(territory.circuits());
        }
        return circuitList;
    }

    private List<Circuit> circuitList;

    private Demography demography(UnitCode u, int i) {
        Provenance.Status people = territory.year() == territory.censusYear() ? Provenance.Status.SOURCED
                : Provenance.Status.ESTIMATED;
        if (i >= 0) {
            List<Circuit> all = circuits();
            for (int x : circuitsOf[i]) {
                if (all.get(x).isEstimated()) {
                    people = Provenance.Status.weakest(people, Provenance.Status.ESTIMATED);
                    break;
                }
            }
        }
        Provenance.Status ages = people;
        Set<AgeBasis> basis = territory.ageBasis(u);
        for (AgeBasis b : basis) {
            ages = Provenance.Status.weakest(ages, switch (b) {
                case CENSUS_STRUCTURE -> Provenance.Status.ESTIMATED;
                case USER_SUPPLIED -> Provenance.Status.SOURCED;
                case ASSUMED_SHARES -> Provenance.Status.ASSUMED;
            });
        }
        return new Demography(people, ages);
    }
}
