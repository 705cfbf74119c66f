package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Once;
import io.github.desconcentra.territory.internal.Preconditions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One territory, inventory and set of options evaluated once and kept ready for what-ifs: the supply count (placements,
 * the redundancy search, totals per unit and typology), the requirements the rules made and the lines of each sector.
 * A what-if runs again only what its change touches:
 *
 * <ul>
 *   <li>{@link #withParameters}: only the rules a changed parameter moves fire again (those reading it, closed over
 *       the rules reading their requirements and making the requirements those read: {@link RuleDependencies}), the
 *       other rules' requirements are kept, and only the units where the requirements differ from the kept ones are
 *       compared again with the kept supply (with every requirement sharing their supply); the other lines are reused
 *       as they are, and the supply is not counted again (no parameter changes it);</li>
 *   <li>{@link #withInventory}: the typologies whose records changed are counted again (the other typologies' totals,
 *       the placements and the coverage are shared; when the changed records read alike to the redundancy search,
 *       from those records alone) and only the lines of the units the change
 *       moved are made again: where those typologies' supply, or the establishments located only to a unit, differ,
 *       and where a requirement is now compared at another unit; the other lines, and the roll-ups of the other
 *       rules, are reused. No rule fires (requirements do not depend on supply). When the new inventory declares
 *       other sources, or two of its records share an id, the supply is counted again in full.</li>
 *   <li>{@link #atTerritory}: the same territory at another year (its populations projected): the supply count is
 *       reused as it is (no population moves it); every sector's rules fire again on the year's units and their
 *       requirements are compared and rolled up. A plan evaluates each of its years' demand this way.</li>
 * </ul>
 *
 * <p>Every result is the one {@link StandardsEngine#evaluate} gives for the same inputs, line for line (the same
 * lines in the same order, the same redundancies and counts). Immutable and thread-safe: what-ifs may run on several
 * threads at once; each fires its rules with the options' thread count.
 */
public final class WhatIf {
    private final StandardsEngine engine;
    private final Territory territory;
    private final Inventory inventory;
    private final EvaluationOptions options;
    private final Supply supply;
    /** The requirements of every sector evaluated, central parameters, in {@link StandardsEngine#REQUIREMENT_ORDER}. */
    private final List<Requirement> requirements;
    /** The requirements as the comparison groups them (see {@link Supply#components}). */
    private final List<Supply.Component> components;
    /**
     * Per component (same order): its lines by the unit they are compared at, the unit of a record what-if's
     * granularity: a changed record moves the lines of a few units only.
     */
    private final List<Map<Integer, List<DeficitLine>>> compared;
    /**
     * Per component (same order): the unit index each of its requirements is compared at on {@link #supply}, kept so
     * that a record what-if works them out again only where the change may move them.
     */
    private final List<int[]> comparisonUnits;
    /** True when no two records of the inventory share an id (a record what-if then finds what changed by id). */
    private final boolean distinctIds;
    /**
     * Where the records of each typology a record what-if counted again lie, by typology code then record (the very
     * object): filled by the first record what-if of a typology and shared by every what-if made from this one, whose
     * records are mostly the same objects (a placement depends only on the record and the territory's geography,
     * which every what-if of this one shares). A record not held is located as a cold count locates it.
     */
    private final Map<String, Map<Establishment, Placements.Located>> located;
    /**
     * The establishments of each typology a record what-if counted again, as this what-if's supply counted them (see
     * {@link Supply#counted(Inventory, String, EvaluationOptions, Map)}; empty when it counted none): found at the first
     * record what-if of a typology made from this one.
     */
    private final Map<String, Optional<Supply.Counted>> countedRecords =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Evaluation evaluation;

    WhatIf(StandardsEngine engine, Territory territory, Inventory inventory, EvaluationOptions options) {
        this(engine, territory, inventory, options, Preconditions.requireNonNull(engine, "engine").countedAndFired(
                Preconditions.requireNonNull(territory, "territory"),
                Preconditions.requireNonNull(inventory, "inventory"),
                Preconditions.requireNonNull(options, "options")), distinctIds(inventory.establishments()),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** Compares the requirements counted with their supply (the count and the rules overlap, see the engine). */
    private WhatIf(StandardsEngine engine, Territory territory, Inventory inventory, EvaluationOptions options,
                   StandardsEngine.Counted counted, boolean distinctIds,
                   Map<String, Map<Establishment, Placements.Located>> located) {
        this(engine, territory, inventory, options, counted.supply(), counted.requirements(), distinctIds, located);
    }

    /** Fires every sector's rules on {@code territory} and compares their requirements with {@code supply}. */
    private WhatIf(StandardsEngine engine, Territory territory, Inventory inventory, EvaluationOptions options,
                   Supply supply, boolean distinctIds, Map<String, Map<Establishment, Placements.Located>> located) {
        this(engine, territory, inventory, options, supply, engine.requirements(territory, options,
                options.sectors()), distinctIds, located);
    }

    private WhatIf(StandardsEngine engine, Territory territory, Inventory inventory, EvaluationOptions options,
                   Supply supply, List<Requirement> requirements, boolean distinctIds,
                   Map<String, Map<Establishment, Placements.Located>> located) {
        this.engine = engine;
        this.territory = territory;
        this.inventory = inventory;
        this.options = options;
        this.supply = supply;
        this.requirements = List.copyOf(requirements);
        this.components = List.copyOf(supply.components(requirements));
        List<Map<Integer, List<DeficitLine>>> groups = new ArrayList<>(components.size());
        List<int[]> ats = new ArrayList<>(components.size());
        for (Supply.Component c : components) {
            int[] at = supply.comparisonUnits(c);
            ats.add(at);
            groups.add(grouped(supply, c, at, null, Map.of(), engine.parameterStatus()));
        }
        this.compared = List.copyOf(groups);
        this.comparisonUnits = List.copyOf(ats);
        this.distinctIds = distinctIds;
        this.located = located;
        Map<Sector, List<DeficitLine>> lines = new EnumMap<>(Sector.class);
        for (Sector s : sectorsOf(components)) {
            lines.put(s, rolledUp(s));
        }
        this.evaluation = evaluation(supply, inventory, lines);
    }

    /** The lines of one sector a record what-if re-made: those it dropped and those it made instead. */
    private static final class Moved {
        final Set<DeficitLine> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<DeficitLine> added = new ArrayList<>();
    }

    /** What identifies a roll-up within a sector, besides its unit: the lines it sums share it. */
    private record Rolled(String typology, Measure measure, String rule) {
        static Rolled of(DeficitLine l) {
            return new Rolled(l.typology(), l.measure(), l.rule());
        }
    }

    /** A record what-if: {@code inventory}'s records have distinct ids ({@link #touched} found none repeated). */
    private WhatIf(WhatIf base, Inventory inventory, Supply supply, List<Map<Integer, List<DeficitLine>>> compared,
                   List<int[]> comparisonUnits, Map<Sector, Moved> moved) {
        this.engine = base.engine;
        this.territory = base.territory;
        this.inventory = inventory;
        this.options = base.options;
        this.supply = supply;
        this.requirements = base.requirements;
        this.components = base.components;
        this.compared = List.copyOf(compared);
        this.comparisonUnits = List.copyOf(comparisonUnits);
        this.distinctIds = true;
        this.located = base.located;
        // The same components as the base's: the rules of each are too.
        this.rulesOfComponents = base.rulesOfComponents();
        // Only the evaluation's lines are spliced: a sector's own lines are not kept (nothing reads them after the
        // evaluation is made), so splicing them too was a second walk over most of the lines.
        Remade all = remade(moved, components, rulesOfComponents, this.compared);
        // The evaluation's lines are those kept in the same order, the re-made ones put in their places: no sort.
        this.evaluation = new Evaluation(territory.year(), options.sectors(), moved.isEmpty()
                ? base.evaluation.lines() : spliced(base.evaluation.lines(), all), supply.redundancies(),
                supply.counted(), inventory.sources());
    }

    /**
     * What a record what-if re-made of some sectors: the lines it drops (the compared lines of the units it moved,
     * and the roll-ups of the rules those belong to) and the lines it makes instead, sorted.
     */
    private static final class Remade {
        final Set<Sector> sectors;
        final Set<DeficitLine> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The roll-ups summed again: by rule, typology and measure, and the rules' names alone (a quick test). */
        final Set<Rolled> rules = new HashSet<>();
        final Set<String> names = new HashSet<>();
        List<DeficitLine> added = new ArrayList<>();

        Remade(Set<Sector> sectors) {
            this.sectors = sectors;
        }

        /** True when the line is one of those dropped. */
        boolean drops(DeficitLine l) {
            if (!sectors.contains(l.sector())) {
                return false;
            }
            if (l.scope() == DeficitLine.Scope.ROLLUP) {
                return names.contains(l.rule()) && rules.contains(Rolled.of(l));
            }
            return removed.contains(l);
        }
    }

    /**
     * What a what-if re-made of the sectors of {@code moved}, all together ({@link #remade(Sector, Moved, List, List,
     * List)} per sector), the lines made sorted.
     *
     * @param components the components of the sectors moved, as they are after the change
     * @param rules the rules of each component's requirements (same order)
     * @param compared their lines by the unit they are compared at (same order)
     */
    private Remade remade(Map<Sector, Moved> moved, List<Supply.Component> components, List<Set<String>> rules,
                          List<Map<Integer, List<DeficitLine>>> compared) {
        Remade all = new Remade(EnumSet.noneOf(Sector.class));
        moved.forEach((s, m) -> {
            Remade r = remade(s, m, components, rules, compared);
            all.sectors.add(s);
            all.removed.addAll(r.removed);
            all.rules.addAll(r.rules);
            all.names.addAll(r.names);
            all.added.addAll(r.added);
        });
        all.added = StandardsEngine.inLineOrder(all.added);
        return all;
    }

    /**
     * What a what-if re-made of one sector after some of its groups were: their lines, and the roll-ups of the rules
     * they belong to summed again (roll-ups sum the lines of one rule, typology and measure only; the other roll-ups
     * are kept) from the lines of those rules in {@code compared}; the lines made, unsorted.
     */
    private Remade remade(Sector sector, Moved m, List<Supply.Component> components, List<Set<String>> rules,
                          List<Map<Integer, List<DeficitLine>>> compared) {
        Remade r = new Remade(EnumSet.of(sector));
        r.removed.addAll(m.removed);
        m.removed.forEach(l -> r.rules.add(Rolled.of(l)));
        m.added.forEach(l -> r.rules.add(Rolled.of(l)));
        r.rules.forEach(x -> r.names.add(x.rule()));
        List<DeficitLine> theirs = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            // Only the components holding a requirement of a rule summed again hold lines of it.
            if (components.get(i).sector() == sector && rules.get(i).stream().anyMatch(r.names::contains)) {
                compared.get(i).values().forEach(group -> {
                    for (DeficitLine l : group) {
                        if (l.isCompared() && r.names.contains(l.rule()) && r.rules.contains(Rolled.of(l))) {
                            theirs.add(l);
                        }
                    }
                });
            }
        }
        r.added.addAll(m.added);
        r.added.addAll(StandardsEngine.rollUps(territory, theirs));
        return r;
    }

    /**
     * Sorted lines with those {@code r} drops left out and those it made put in their places (found by binary
     * search, the kept lines copied in runs): the same as sorting the kept and the made lines together, because lines
     * that sort alike come from one group of one component, made again all together. The same as {@link #rolledUp}
     * for a sector.
     */
    private static List<DeficitLine> spliced(List<DeficitLine> before, Remade r) {
        List<DeficitLine> out = new ArrayList<>(before.size() + r.added.size());
        int from = 0;
        for (DeficitLine l : r.added) {
            int found = Collections.binarySearch(before, l, StandardsEngine.LINE_ORDER);
            // A line sorting alike is one of the group made again (dropped): any place among those is this one's.
            int at = Math.max(from, found >= 0 ? found : -found - 1);
            keep(before, from, at, r, out);
            out.add(l);
            from = at;
        }
        keep(before, from, before.size(), r, out);
        return List.copyOf(out);
    }

    /** Adds the lines {@code from} (inclusive) {@code to} (exclusive) that {@code r} does not drop. */
    private static void keep(List<DeficitLine> lines, int from, int to, Remade r, List<DeficitLine> out) {
        for (int i = from; i < to; i++) {
            DeficitLine l = lines.get(i);
            if (!r.drops(l)) {
                out.add(l);
            }
        }
    }

    /**
     * The lines of one component by the unit they are compared at, those of the units of {@code only} (all when
     * null) compared against {@code counted} (where each requirement is compared on it: {@code ats}) with the
     * parameters' statuses {@code status}, the others taken from {@code kept}.
     */
    private Map<Integer, List<DeficitLine>> grouped(Supply counted, Supply.Component c, int[] ats, BitSet only,
                                                    Map<Integer, List<DeficitLine>> kept,
                                                    Map<String, Provenance.Status> status) {
        Map<Integer, List<DeficitLine>> building = new LinkedHashMap<>();
        if (only != null) {
            kept.forEach((at, l) -> {
                if (!only.get(at)) {
                    building.put(at, l);
                }
            });
        }
        Map<Integer, List<DeficitLine>> fresh = new LinkedHashMap<>();
        counted.compare(c, ats, status, only, (at, l) -> fresh.computeIfAbsent(at,
                k -> new ArrayList<>()).add(l));
        fresh.forEach((at, l) -> building.put(at, List.copyOf(l)));
        return Collections.unmodifiableMap(building);
    }

    /**
     * The lines of one component after a change: those of the units of {@code dirty} (all when null) made again as
     * {@link #grouped} makes them, the others kept; the lines dropped and made noted in {@code moved} under the
     * component's sector. What both what-ifs that re-compare part of a sector share.
     */
    private Map<Integer, List<DeficitLine>> regrouped(Supply counted, Supply.Component c, int[] ats, BitSet dirty,
                                                      Map<Integer, List<DeficitLine>> kept,
                                                      Map<String, Provenance.Status> status,
                                                      Map<Sector, Moved> moved) {
        Map<Integer, List<DeficitLine>> again = grouped(counted, c, ats, dirty, kept, status);
        Moved m = moved.computeIfAbsent(c.sector(), k -> new Moved());
        kept.forEach((at, l) -> {
            if (dirty == null || dirty.get(at)) {
                m.removed.addAll(l);
            }
        });
        again.forEach((at, l) -> {
            if (dirty == null || dirty.get(at)) {
                m.added.addAll(l);
            }
        });
        return again;
    }

    /** The sectors of these components, in their order. */
    private static Set<Sector> sectorsOf(List<Supply.Component> components) {
        Set<Sector> out = EnumSet.noneOf(Sector.class);
        components.forEach(c -> out.add(c.sector()));
        return out;
    }

    /**
     * A sector's lines: its components' compared and requirement lines, in the components' order (lines that sort
     * alike come from one unit of one component, in the order a cold evaluation makes them), with their roll-ups,
     * sorted.
     */
    private List<DeficitLine> rolledUp(Sector sector) {
        List<DeficitLine> all = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).sector() == sector) {
                compared.get(i).values().forEach(all::addAll);
            }
        }
        return List.copyOf(StandardsEngine.rolledUpAndSorted(territory, all));
    }

    /** The evaluation of the inputs this what-if was made from (the central one). */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** The inventory this what-if counts. */
    public Inventory inventory() {
        return inventory;
    }

    /**
     * The evaluation with some parameters' values replaced: the same as
     * {@code engine.withParameters(changed).evaluate(territory, inventory, options)}. Only the rules the parameters
     * that differ from the catalogue's move fire again (all the rules of their sectors when a rule there was not
     * understood, see {@link RuleDependencies}), and only the units where their requirements differ from the kept
     * ones are compared again (their whole sectors in that fallback).
     *
     * @param changed never null; each must name a parameter of the catalogue (same standard and name)
     * @throws IllegalArgumentException naming the parameter when it is not in the catalogue
     * @throws RuleException as {@link StandardsEngine#evaluate}
     */
    public Evaluation withParameters(List<Parameter> changed) {
        Preconditions.requireNonNull(changed, "changed parameters");
        // Made first, so that a parameter the catalogue does not have is rejected even when nothing else moves.
        StandardsEngine moved = engine.withParameters(changed);
        List<Parameter> central = engine.catalogue().parameters();
        List<Parameter> moving = changed.stream().filter(p -> !central.contains(p)).toList();
        if (moving.isEmpty()) {
            return evaluation;
        }
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (Parameter p : moving) {
            Optional<Sector> s = sectorOf(p);
            if (s.isPresent() && options.sectors().contains(s.get())) {
                sectors.add(s.get());
            }
        }
        Optional<Refired> fewer = fewerRulesFired(moved, moving, sectors);
        if (sectors.isEmpty()) {
            return evaluation;
        }
        try {
            // When most of the sectors' requirements were fired again (many parameters drawn at once, as the Monte
            // Carlo draws do), walking them against the kept ones and splicing costs more than comparing the sectors.
            if (fewer.isPresent() && fewer.get().fresh().size() * 2 <= fewer.get().requirements().size()) {
                return recompared(moved, fewer.get(), sectors);
            }
            List<DeficitLine> again = moved.lines(territory, supply, fewer.isPresent() ? fewer.get().requirements()
                    : moved.requirements(territory, options, sectors));
            // The kept lines of the other sectors, in order, merged with the sorted lines of the moved ones: lines
            // of two sectors never sort alike (the order compares sectors before anything that could tie).
            List<DeficitLine> kept = evaluation.lines();
            List<DeficitLine> out = new ArrayList<>(kept.size() + again.size());
            int j = 0;
            for (DeficitLine l : kept) {
                if (sectors.contains(l.sector())) {
                    continue;
                }
                while (j < again.size() && DeficitLine.ORDER.compare(again.get(j), l) < 0) {
                    out.add(again.get(j++));
                }
                out.add(l);
            }
            out.addAll(again.subList(j, again.size()));
            return new Evaluation(territory.year(), options.sectors(), out, supply.redundancies(), supply.counted(),
                    inventory.sources());
        } catch (ArithmeticException e) {
            throw StandardsEngine.overflow();
        }
    }

    /**
     * The evaluation with the requirements of {@code sectors} replaced by {@code after} (all of theirs, in
     * {@link StandardsEngine#REQUIREMENT_ORDER}), compared with {@code moved}'s parameters: only the lines of the
     * units where they differ are made again. Each component of {@code after} is matched with the kept one of the same
     * sector, measure, level and typologies (its requirements compete for the same supply, and each unit's are
     * compared at the same unit); in a matched component, the units compared at a unit some of whose requirements
     * differ (in number, order or any field: a rule fired again mostly gives equal ones where its parameter does not
     * reach) or belong to a standard whose parameters' status changed are compared again, all together (they share
     * the supply located there), and the other units' lines are kept. A component with no match is compared in full,
     * a kept one with no match dropped. The lines made again and the roll-ups of their rules are spliced into the kept
     * evaluation's lines as a record what-if splices its own.
     */
    private Evaluation recompared(StandardsEngine moved, Refired refired, Set<Sector> sectors) {
        Map<String, Provenance.Status> status = moved.parameterStatus();
        Set<String> restated = new HashSet<>();
        Map<String, Provenance.Status> was = engine.parameterStatus();
        status.forEach((standard, s) -> {
            if (was.get(standard) != s) {
                restated.add(standard);
            }
        });
        was.forEach((standard, s) -> {
            if (status.get(standard) != s) {
                restated.add(standard);
            }
        });
        // The components a rule fired again had or has a requirement in (by sector, measure and level: the fresh
        // requirements may join or split components of their key), or all of the sectors' when a status changed.
        // The others are kept as they are: the same requirements, compared at the same units.
        BitSet keys = new BitSet();
        List<Set<String>> rulesOf = rulesOfComponents();
        List<Supply.Component> comps = new ArrayList<>();
        List<Set<String>> rules = new ArrayList<>();
        List<Map<Integer, List<DeficitLine>>> groups = new ArrayList<>();
        for (Requirement r : refired.fresh()) {
            keys.set(keyOf(r));
        }
        for (int i = 0; i < components.size(); i++) {
            Supply.Component c = components.get(i);
            if (sectors.contains(c.sector()) && (!restated.isEmpty()
                    || rulesOf.get(i).stream().anyMatch(refired.rules()::contains))) {
                keys.set(keyOf(c.requirements().get(0)));
            }
        }
        Map<ComponentKey, Integer> unmatched = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Supply.Component c = components.get(i);
            if (sectors.contains(c.sector())) {
                if (keys.get(keyOf(c.requirements().get(0)))) {
                    unmatched.put(ComponentKey.of(c), i);
                } else {
                    comps.add(c);
                    rules.add(rulesOf.get(i));
                    groups.add(compared.get(i));
                }
            }
        }
        List<Requirement> after = new ArrayList<>();
        for (Requirement r : refired.requirements()) {
            if (keys.get(keyOf(r))) {
                after.add(r);
            }
        }
        Map<Sector, Moved> remade = new EnumMap<>(Sector.class);
        for (Supply.Component c : supply.components(after)) {
            comps.add(c);
            rules.add(rulesOf(c));
            Integer i = unmatched.remove(ComponentKey.of(c));
            if (i == null) {
                groups.add(regrouped(supply, c, supply.comparisonUnits(c), null, Map.of(), status, remade));
                continue;
            }
            if (rulesOf.get(i).stream().noneMatch(refired.rules()::contains) && restated.isEmpty()
                    && c.requirements().size() == components.get(i).requirements().size()) {
                // Its key moved, not it: the same requirements (none of a rule fired again), compared alike.
                groups.add(compared.get(i));
                continue;
            }
            int[] ats = new int[c.requirements().size()];
            BitSet dirty = differing(components.get(i), comparisonUnits.get(i), c, ats, restated);
            groups.add(dirty.isEmpty() ? compared.get(i)
                    : regrouped(supply, c, ats, dirty, compared.get(i), status, remade));
        }
        for (int i : unmatched.values()) {
            Moved m = remade.computeIfAbsent(components.get(i).sector(), k -> new Moved());
            compared.get(i).values().forEach(m.removed::addAll);
        }
        if (remade.isEmpty()) {
            return evaluation;
        }
        return new Evaluation(territory.year(), options.sectors(), spliced(evaluation.lines(), remade(remade, comps,
                rules, groups)), supply.redundancies(), supply.counted(), inventory.sources());
    }

    /** Sector, measure and level of a requirement, as one number: what {@link Supply#components} groups by first. */
    private static int keyOf(Requirement r) {
        return (r.sector().ordinal() * Measure.values().length + r.measure().ordinal()) * Level.values().length
                + r.level().ordinal();
    }

    /** The rules each component's requirements come from (same order): found at the first parameter what-if. */
    private List<Set<String>> rulesOfComponents() {
        List<Set<String>> known = rulesOfComponents;
        if (known == null) {
            known = new ArrayList<>(components.size());
            for (Supply.Component c : components) {
                known.add(rulesOf(c));
            }
            known = List.copyOf(known);
            rulesOfComponents = known;
        }
        return known;
    }

    /** The rules a component's requirements come from. */
    private static Set<String> rulesOf(Supply.Component c) {
        Set<String> rules = new HashSet<>();
        c.requirements().forEach(r -> rules.add(r.rule()));
        return Set.copyOf(rules);
    }

    /** See {@link #rulesOfComponents()}. */
    private volatile List<Set<String>> rulesOfComponents;

    /**
     * What matches a component with the kept one its requirements replace: the same sector, measure, level and
     * counted typologies (a component counting none is one supply set's).
     */
    private record ComponentKey(Sector sector, Measure measure, Level level, List<Integer> typologies,
                                Set<String> supply) {
        static ComponentKey of(Supply.Component c) {
            Requirement first = c.requirements().get(0);
            return new ComponentKey(c.sector(), first.measure(), first.level(), c.typologies(),
                    c.typologies().isEmpty() ? first.supply() : Set.of());
        }
    }

    /**
     * The units (indices) where a component's lines move when its requirements {@code before} (compared at
     * {@code beforeAts}) become {@code after}'s, matched by {@link ComponentKey} (so a unit's requirements are
     * compared at the same unit in both): the comparison units of every unit whose requirements differ, and of those
     * holding a requirement of a standard in {@code restated}. Fills {@code ats} with where each of {@code after}'s
     * requirements is compared. Both lists are in {@link StandardsEngine#REQUIREMENT_ORDER}, unit first, and walked
     * together; a requirement kept is the very object in both.
     */
    private BitSet differing(Supply.Component before, int[] beforeAts, Supply.Component after, int[] ats,
                             Set<String> restated) {
        List<Requirement> a = before.requirements();
        List<Requirement> b = after.requirements();
        BitSet out = new BitSet();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i) == b.get(j)) {
                ats[j] = beforeAts[i];
                if (!restated.isEmpty() && restated.contains(b.get(j).standard())) {
                    out.set(ats[j]);
                }
                i++;
                j++;
                continue;
            }
            UnitCode unit = i == a.size() ? b.get(j).unitCode() : j == b.size() ? a.get(i).unitCode()
                    : a.get(i).unitCode().compareTo(b.get(j).unitCode()) <= 0 ? a.get(i).unitCode()
                    : b.get(j).unitCode();
            int i2 = i;
            while (i2 < a.size() && a.get(i2).unitCode().equals(unit)) {
                i2++;
            }
            int j2 = j;
            while (j2 < b.size() && b.get(j2).unitCode().equals(unit)) {
                j2++;
            }
            int at = i2 > i ? beforeAts[i] : supply.comparisonUnitOf(unit, after);
            boolean same = i2 - i == j2 - j;
            for (int k = 0; same && k < i2 - i; k++) {
                same = sameRequirement(a.get(i + k), b.get(j + k)) && !restated.contains(b.get(j + k).standard());
            }
            if (!same) {
                out.set(at);
            }
            for (int k = j; k < j2; k++) {
                ats[k] = at;
            }
            i = i2;
            j = j2;
        }
        return out;
    }

    /** Equal requirements, the fields a parameter moves (quantity, inputs) compared first. */
    private static boolean sameRequirement(Requirement a, Requirement b) {
        return a == b || a.quantity() == b.quantity() && a.inputs().equals(b.inputs()) && a.equals(b);
    }

    /**
     * The requirements of {@code sectors} (to which the sectors of the rules fired again are added) with the changed
     * parameters, firing again only the rules they move ({@link RuleDependencies#affected}): the requirements of the
     * other rules are kept. Empty when that is not known to give what firing the whole sectors gives, and then the
     * sectors fire: a sector has a rule whose conditions were not understood, a kept requirement does not carry its
     * rule's standard, two requirements of one unit tie in {@link StandardsEngine#REQUIREMENT_ORDER} (their order
     * would be the session's), or a rule fails (the sectors then fail as a cold evaluation does).
     */
    private Optional<Refired> fewerRulesFired(StandardsEngine moved, List<Parameter> moving, Set<Sector> sectors) {
        RuleDependencies graph = engine.dependencies();
        Set<String> candidates = new HashSet<>();
        for (RuleInfo r : engine.rules()) {
            if (options.sectors().contains(r.sector())) {
                candidates.add(r.name());
            }
        }
        Optional<Set<String>> affected = graph.affected(moving, candidates);
        if (affected.isEmpty() || !keptCarryTheirStandards()) {
            return Optional.empty();
        }
        Set<String> rules = affected.get();
        rules.forEach(r -> sectors.add(engine.sectorOfRule(r)));
        List<Requirement> kept = new ArrayList<>();
        for (Requirement r : requirements) {
            if (sectors.contains(r.sector()) && !rules.contains(r.rule())) {
                kept.add(r);
            }
        }
        List<Requirement> fresh = List.of();
        if (!rules.isEmpty()) {
            try {
                fresh = moved.requirementsOfRules(partitions.get(), options, rules, graph.read(rules,
                        moved.catalogue().parameters(options.sectors())));
            } catch (RuleException e) {
                return Optional.empty();
            }
        }
        // Both in requirement order (the kept ones as they were, the fresh ones as the engine gives them): merged,
        // the kept one first of two that compare alike, they are what a stable sort of the kept then the fresh gives.
        List<Requirement> sorted = new ArrayList<>(kept.size() + fresh.size());
        int j = 0;
        for (Requirement r : kept) {
            while (j < fresh.size() && StandardsEngine.compareRequirements(fresh.get(j), r) < 0) {
                sorted.add(fresh.get(j++));
            }
            sorted.add(r);
        }
        sorted.addAll(fresh.subList(j, fresh.size()));
        for (int i = 1; i < sorted.size(); i++) {
            Requirement a = sorted.get(i - 1);
            Requirement b = sorted.get(i);
            // REQUIREMENT_ORDER's keys, written out (a comparator chain is slow under C1 alone).
            if (a.quantity() == b.quantity() && a.sector() == b.sector() && a.measure() == b.measure()
                    && a.unitCode().equals(b.unitCode()) && a.typology().equals(b.typology())
                    && a.rule().equals(b.rule())) {
                return Optional.empty();
            }
        }
        return Optional.of(new Refired(sorted, rules, fresh));
    }

    /**
     * What a parameter what-if fired again: all the requirements of its sectors, in requirement order (the kept
     * ones and the fresh), the rules fired again and their fresh requirements.
     */
    private record Refired(List<Requirement> requirements, Set<String> rules, List<Requirement> fresh) {
    }

    /**
     * The territory's unit facts in the sessions' groups, made at the first parameter what-if and kept: a what-if
     * fires its rules over the same units every time (made again, they were a tenth of a narrow what-if's time).
     */
    private final Once<List<List<UnitFact>>> partitions = Once.of(this::partitionsNow);

    private List<List<UnitFact>> partitionsNow() {
        return List.copyOf(StandardsEngine.partitions(territory, options));
    }

    /** Whether every kept requirement carries its rule's standard, as {@link RuleDependencies} takes it to. */
    private boolean keptCarryTheirStandards() {
        Boolean known = carryTheirStandards;
        if (known == null) {
            RuleDependencies graph = engine.dependencies();
            known = requirements.stream().allMatch(r -> r.standard().equals(graph.standardOf(r.rule())));
            carryTheirStandards = known;
        }
        return known;
    }

    /** Whether every kept requirement carries its rule's standard: found at the first parameter what-if. */
    private volatile Boolean carryTheirStandards;

    /**
     * This what-if with another version of the inventory (records changed, added or removed): its
     * {@link #evaluation()} is the same as {@code engine.evaluate(territory, changed, options)}.
     *
     * @param changed never null; validated against the same territory and catalogue
     * @throws InputException as {@link StandardsEngine#evaluate}
     */
    public WhatIf withInventory(Inventory changed) {
        Preconditions.requireNonNull(changed, "changed inventory");
        try {
            Optional<Change> touched = distinctIds ? touched(inventory, changed) : Optional.empty();
            if (touched.isEmpty() || !changed.sources().equals(inventory.sources())) {
                return new WhatIf(engine, territory, changed, options);
            }
            Supply recounted = recounted(changed, touched.get());
            Set<Integer> typologies = new HashSet<>();
            for (String code : touched.get().typologies()) {
                int t = supply.typologyIndex(code);
                if (t >= 0) {
                    typologies.add(t);
                }
            }
            // The units whose supply, or whose establishments located only to them, the change moved (a moved
            // record's old and new places and their ancestors, and the records the redundancy search now keeps or
            // drops instead).
            BitSet differ = supply.differences(recounted, typologies);
            List<Map<Integer, List<DeficitLine>>> next = new ArrayList<>(compared);
            List<int[]> nextUnits = new ArrayList<>(comparisonUnits);
            Map<Sector, Moved> moved = new EnumMap<>(Sector.class);
            for (int i = 0; i < components.size(); i++) {
                Supply.Component c = components.get(i);
                if (c.typologies().stream().noneMatch(typologies::contains)) {
                    continue;
                }
                // A requirement compared at another unit than before moves the lines of both units.
                BitSet dirty = (BitSet) differ.clone();
                int[] before = comparisonUnits.get(i);
                int[] after = supply.comparesAlike(recounted, c.typologies()) ? before
                        : recounted.comparisonUnits(c);
                nextUnits.set(i, after);
                for (int k = 0; k < before.length; k++) {
                    if (before[k] != after[k]) {
                        dirty.set(before[k]);
                        dirty.set(after[k]);
                    }
                }
                // Where no requirement moved, the component's units are the same before and after.
                if (compared.get(i).keySet().stream().anyMatch(dirty::get)) {
                    next.set(i, regrouped(recounted, c, after, dirty, compared.get(i), engine.parameterStatus(),
                            moved));
                }
            }
            return new WhatIf(this, changed, recounted, next, nextUnits, moved);
        } catch (ArithmeticException e) {
            throw StandardsEngine.overflow();
        }
    }

    /**
     * The supply of {@code changed}: when the redundancy search would find what it found here, each touched typology
     * is counted again from the records that changed alone (see {@link Supply#recounted(String, Supply.Counted,
     * List, List, Map)}); otherwise the touched typologies' records are all placed and counted again.
     */
    private Supply recounted(Inventory changed, Change change) {
        if (!change.searchAgain()) {
            Supply out = supply;
            for (String typology : change.typologies()) {
                Optional<Supply.Counted> was = countedRecords.computeIfAbsent(typology, t -> Optional.ofNullable(
                        supply.counted(inventory, t, options, located)));
                if (was.isEmpty()) {
                    out = null;
                    break;
                }
                out = out.recounted(typology, was.get(), ofTypology(change.before(), typology),
                        ofTypology(change.after(), typology), located);
            }
            if (out != null) {
                return out;
            }
        }
        return engine.recounted(supply, territory, changed, change.typologies(), options, change.searchAgain(),
                located);
    }

    private static List<Establishment> ofTypology(List<Establishment> records, String typology) {
        return records.stream().filter(e -> e.typology().equals(typology)).toList();
    }

    /**
     * This what-if on the same territory at another year (its populations projected, see
     * {@link Territory#projectedTo(int)}), same inventory and options: its {@link #evaluation()} is the same as
     * {@code engine.evaluate(year, inventory, options)}, line for line. A projection moves populations only, so the
     * supply count (placements, redundancies, totals, coverage) is reused as it is; what depends on populations runs
     * again: every sector's rules fire on the year's units, their requirements are compared with the kept supply
     * (with how the year's people are known) and rolled up.
     *
     * @param year the territory at another year (or this one's); never null
     * @throws IllegalArgumentException when {@code year} was not built from the same census data as this what-if's
     *     territory (other units, codes, crosswalk or geography: the supply would have to be counted again)
     * @throws RuleException as {@link StandardsEngine#evaluate}
     * @throws InputException as {@link StandardsEngine#evaluate} (a sum of requirements overflows)
     */
    public WhatIf atTerritory(Territory year) {
        Supply there = supplyAt(year);
        try {
            return new WhatIf(engine, year, inventory, options, there, distinctIds, located);
        } catch (ArithmeticException e) {
            throw StandardsEngine.overflow();
        }
    }

    /**
     * The compared lines (standard and comparison lines) of {@code atTerritory(year).evaluation()}, in its order:
     * all a plan's gaps of that year are made of. Computed without what they do not need: the roll-ups, the order of
     * the requirement lines and a what-if kept for further changes.
     *
     * @param year the territory at another year (or this one's); never null
     * @throws IllegalArgumentException as {@link #atTerritory}
     * @throws RuleException as {@link StandardsEngine#evaluate}
     * @throws InputException as {@link StandardsEngine#evaluate} (a sum of requirements overflows)
     */
    public List<DeficitLine> comparedLinesAt(Territory year) {
        Supply there = supplyAt(year);
        try {
            return engine.comparedLines(there, engine.requirements(year, options, options.sectors()));
        } catch (ArithmeticException e) {
            throw StandardsEngine.overflow();
        }
    }

    /** The kept supply on {@code year}, refused when it is not this territory at another year. */
    private Supply supplyAt(Territory year) {
        Preconditions.requireNonNull(year, "territory");
        if (!year.sharesCensusWith(territory)) {
            throw new IllegalArgumentException("the territory " + year + " is not " + territory + " at another"
                    + " year: it was built from other census data, so its units, codes or geography may differ;"
                    + " evaluate it with StandardsEngine.whatIf or evaluate instead");
        }
        return supply.at(year);
    }

    /**
     * What differs between two inventories: the typologies (of the evaluated sectors) whose records differ, and
     * whether the redundancy search must run again on them.
     *
     * @param typologies typology codes of the records changed, added or removed
     * @param searchAgain false when every record changed reads alike to the redundancy search and none was added or
     *     removed
     * @param before the records of those typologies changed or removed, as they were
     * @param after the records of those typologies changed or added, as they are
     */
    private record Change(Set<String> typologies, boolean searchAgain, List<Establishment> before,
                          List<Establishment> after) {
    }

    /**
     * What differs between this what-if's inventory (whose ids are distinct) and another, or empty when the other has
     * two records with one id (then the supply is counted in full). Both lists are sorted by id and walked together;
     * a record that is the very object of the other list at the same step is the same record and is not compared
     * (an inventory made from another by replacing a few records shares all the others).
     */
    private Optional<Change> touched(Inventory before, Inventory after) {
        List<Establishment> a = before.establishments();
        List<Establishment> b = after.establishments();
        Set<String> out = new HashSet<>();
        List<Establishment> was = new ArrayList<>();
        List<Establishment> is = new ArrayList<>();
        boolean searchAgain = false;
        int i = 0;
        int j = 0;
        // True while the steps so far took the same objects from both lists: the previous record of b is then one of
        // a, whose ids are distinct, so b's current record cannot repeat its id either when it is also a's.
        boolean shared = true;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i) == b.get(j)) {
                if (!shared && j > 0 && b.get(j).id().equals(b.get(j - 1).id())) {
                    return Optional.empty();
                }
                shared = true;
                i++;
                j++;
                continue;
            }
            shared = false;
            if (j > 0 && j < b.size() && b.get(j).id().equals(b.get(j - 1).id())) {
                return Optional.empty();
            }
            int c = i == a.size() ? 1 : j == b.size() ? -1 : a.get(i).id().compareTo(b.get(j).id());
            if (c < 0) {
                searchAgain |= note(out, a.get(i), was);
                i++;
            } else if (c > 0) {
                searchAgain |= note(out, b.get(j), is);
                j++;
            } else {
                Establishment x = a.get(i++);
                Establishment y = b.get(j++);
                if (!x.equals(y)) {
                    boolean counted = note(out, x, was) | note(out, y, is);
                    searchAgain |= counted && !Redundancies.readAlike(x, y);
                }
            }
        }
        return Optional.of(new Change(out, searchAgain, was, is));
    }

    /** True when no two of these records (sorted by id) share an id. */
    private static boolean distinctIds(List<Establishment> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                return false;
            }
        }
        return true;
    }

    /** Notes a record that differs and its typology, when its sector is evaluated; true when it is. */
    private boolean note(Set<String> touched, Establishment e, List<Establishment> records) {
        if (options.sectors().contains(e.sector())) {
            touched.add(e.typology());
            records.add(e);
            return true;
        }
        return false;
    }

    private static Optional<Sector> sectorOf(Parameter p) {
        for (Sector s : Sector.values()) {
            if (p.standard().startsWith(s.standardPrefix())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private Evaluation evaluation(Supply counted, Inventory counting, Map<Sector, List<DeficitLine>> bySector) {
        int n = 0;
        for (List<DeficitLine> l : bySector.values()) {
            n += l.size();
        }
        List<DeficitLine> all = new ArrayList<>(n);
        bySector.values().forEach(all::addAll);
        // Sorted runs, one per sector (the order compares sectors before anything that could tie): the sort merges them.
        all.sort(DeficitLine.ORDER);
        return new Evaluation(territory.year(), options.sectors(), all, counted.redundancies(), counted.counted(),
                counting.sources());
    }
}
