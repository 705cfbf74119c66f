package io.github.desconcentra.standards;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Level;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.internal.Once;
import io.github.desconcentra.territory.internal.Preconditions;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Evaluates sector standards on a territory and its current supply: the rules say what each circuit, district and
 * zone requires; this class counts the usable supply and computes deficits and roll-ups.
 *
 * <p>Design for speed: supply is aggregated in Java per unit and typology (rules never see raw establishments); the
 * rules fire over small fact sets (districts with their circuits, about 256 units, or the zones; plus the
 * parameters), in sessions run on a thread pool over one shared, precompiled {@link KieBase}. Results do not depend
 * on the number of threads. Thread-safe.
 */
public final class StandardsEngine {
    /** The name of the rule base in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE = "standards";
    /** The classpath folder of the embedded standards; each sector has a sub-folder named by its id. */
    public static final String RESOURCE_FOLDER = "io/github/desconcentra/standards";

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final List<RuleInfo> rules;
    /** Each rule's sector, by rule name: derived from {@link #rules}, shared by copies with other parameters. */
    private final Map<String, Sector> sectorOfRule;
    /** The catalogue's typologies' sectors, by code. */
    private final Map<String, Sector> sectorOfTypology;
    /** The weakest status of each standard's parameters (see {@link Supply#parameterStatus}). */
    private final Map<String, Provenance.Status> parameterStatus;

    /**
     * @param kieBase compiled rules, never null
     * @param catalogue the typologies and parameters the rules use, never null
     * @throws InputException when a rule lacks required metadata or names an unknown sector, level or typology
     */
    public StandardsEngine(KieBase kieBase, Catalogue catalogue) {
        this(kieBase, catalogue, List.of());
    }

    /**
     * {@link #StandardsEngine(KieBase, Catalogue)} for a rule base built from these executable-model classes: a
     * parameter what-if then fires its few rules in a rule base of those rules alone (see {@link PartialRuleBases}).
     */
    private StandardsEngine(KieBase kieBase, Catalogue catalogue,
                            List<Class<? extends org.drools.model.Model>> models) {
        this.kieBase = Preconditions.requireNonNull(kieBase, "rule base");
        this.catalogue = Preconditions.requireNonNull(catalogue, "catalogue");
        this.rules = describe(kieBase, catalogue);
        Map<String, Sector> sectors = new HashMap<>();
        rules.forEach(r -> sectors.put(r.name(), r.sector()));
        this.sectorOfRule = java.util.Collections.unmodifiableMap(sectors);
        this.dependencies = Once.of(() -> new RuleDependencies(this.kieBase, this.rules));
        this.parameterStatus = Supply.parameterStatus(catalogue);
        this.sectorOfTypology = sectorsOfTypologies(catalogue);
        this.partialRuleBases = models.isEmpty() ? null : new PartialRuleBases(models, PRECOMPILED_MODE,
                rules.size());
    }

    private static Map<String, Sector> sectorsOfTypologies(Catalogue catalogue) {
        Map<String, Sector> out = new HashMap<>();
        catalogue.typologies().forEach((code, t) -> out.put(code, t.sector()));
        return out;
    }

    private StandardsEngine(StandardsEngine base, Catalogue catalogue) {
        this.kieBase = base.kieBase;
        this.catalogue = catalogue;
        this.rules = base.rules;
        this.sectorOfRule = base.sectorOfRule;
        this.placements = base.placements;
        this.dependencies = base.dependencies;
        this.partialRuleBases = base.partialRuleBases;
        this.parameterStatus = Supply.parameterStatus(catalogue);
        this.sectorOfTypology = sectorsOfTypologies(catalogue);
    }

    /**
     * This engine with some parameters' values replaced: a what-if re-evaluation. The compiled rule base, the rule
     * descriptions and the placements of records already located are shared, so only the rule firing and the
     * comparison run again; evaluate only the sectors whose parameters moved to re-fire nothing else. For many
     * what-ifs on one territory and inventory, {@link #whatIf} also keeps the supply count and the lines of the
     * sectors that did not move.
     *
     * @param changed never null; each must name a parameter of the catalogue (same standard and name)
     * @throws IllegalArgumentException naming the parameter when it is not in the catalogue
     */
    public StandardsEngine withParameters(List<Parameter> changed) {
        return new StandardsEngine(this, catalogue.withParameters(changed));
    }

    private static volatile StandardsEngine embedded;

    /**
     * The embedded standards, compiled at build time into Drools' executable model; loaded once and shared.
     *
     * @throws InputException when the embedded catalogue or rule metadata is broken (a build defect)
     */
    public static StandardsEngine embedded() {
        StandardsEngine e = embedded;
        if (e == null) {
            synchronized (StandardsEngine.class) {
                e = embedded;
                if (e == null) {
                    List<Class<? extends org.drools.model.Model>> models = modelClasses();
                    e = new StandardsEngine(ruleBase(instances(models), PRECOMPILED_MODE), embeddedCatalogue(),
                            models);
                    embedded = e;
                }
            }
        }
        return e;
    }

    /** The list of executable-model classes that kie-maven-plugin generated for this module. */
    static final String MODEL_INDEX = "META-INF/kie/io.github.desconcentra/standards-rules/drools-model";

    /**
     * Builds the rule base straight from the executable-model classes compiled at build time (listed in
     * {@value #MODEL_INDEX}), without scanning the classpath for KIE modules: about twice as fast to be ready as
     * {@code KieServices.getKieClasspathContainer()}, and independent of how the jars are packaged. It needs only
     * Drools' runtime ({@code drools-model-compiler} without the rule compiler): {@code KieServices} lives in the
     * compiler, so the configuration comes from the core's factory.
     *
     * <p>The rule base is in <b>identity</b> mode: a session keeps each inserted fact as itself instead of looking
     * for an equal one to merge it with. Equality mode hashed every requirement a consequence inserted (the whole
     * record, its inputs text included) into the session's fact store, about a tenth of each rule session's time,
     * for nothing: no embedded rule inserts a fact equal to another (parameters are unique by standard and name, a
     * unit fact by code, and a requirement carries its rule and unit, and no rule matches one unit twice with equal
     * inputs), and none reasons over how many equal facts there are ({@code not}, {@code exists}, {@code
     * accumulate}). {@code EmbeddedIdentityTest} checks that both modes give the same requirements. Standards
     * compiled from a folder ({@code StandardsCompiler}) keep equality mode: their rules are not known here.
     */
    static KieBase precompiledKieBase() {
        return precompiledKieBase(PRECOMPILED_MODE);
    }

    /**
     * The mode of the embedded rule base and of its partial rule bases ({@link #precompiledKieBase()} says why):
     * named once, so a what-if's partial rule base never runs in another mode than the whole.
     */
    private static final org.kie.api.conf.EqualityBehaviorOption PRECOMPILED_MODE =
            org.kie.api.conf.EqualityBehaviorOption.IDENTITY;

    /** {@link #precompiledKieBase()} in the given mode (the test comparing the modes builds both). */
    static KieBase precompiledKieBase(org.kie.api.conf.EqualityBehaviorOption behaviour) {
        return ruleBase(instances(modelClasses()), behaviour);
    }

    /** The executable-model classes listed in {@value #MODEL_INDEX}, in its order. */
    static List<Class<? extends org.drools.model.Model>> modelClasses() {
        ClassLoader cl = StandardsEngine.class.getClassLoader();
        List<Class<? extends org.drools.model.Model>> models = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the precompiled standards are missing (" + MODEL_INDEX + ")");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add(Class.forName(name, true, cl).asSubclass(org.drools.model.Model.class));
                }
            }
        } catch (java.io.IOException | ReflectiveOperationException | ClassCastException ex) {
            throw new IllegalStateException("cannot load the precompiled standards: " + ex, ex);
        }
        return models;
    }

    /** A new instance of each executable-model class, in order: rule bases built from them share no rule object. */
    static List<org.drools.model.Model> instances(List<Class<? extends org.drools.model.Model>> classes) {
        List<org.drools.model.Model> models = new ArrayList<>();
        try {
            for (Class<? extends org.drools.model.Model> c : classes) {
                models.add(c.getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot load the precompiled standards: " + ex, ex);
        }
        return models;
    }

    /** A rule base of these executable models in the given mode. */
    static KieBase ruleBase(List<org.drools.model.Model> models, org.kie.api.conf.EqualityBehaviorOption behaviour) {
        org.kie.api.KieBaseConfiguration conf = org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration();
        conf.setOption(behaviour);
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models, conf);
    }

    /** The typologies and parameters of the embedded standards. */
    public static Catalogue embeddedCatalogue() {
        List<Catalogue> parts = new ArrayList<>();
        ClassLoader cl = StandardsEngine.class.getClassLoader();
        for (Sector s : Sector.values()) {
            String folder = RESOURCE_FOLDER + "/" + s.id() + "/";
            parts.add(Catalogue.read(s, f -> Optional.<InputStream>ofNullable(cl.getResourceAsStream(folder + f)),
                    s.id() + "/"));
        }
        return Catalogue.merge(parts);
    }

    /** The catalogue. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** Every rule with its metadata, sorted by sector, level and name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Rule bases of some rules, shared by copies; null when this rule base was not built from the model classes. */
    private final PartialRuleBases partialRuleBases;

    /** The rule bases of some rules (for tests); null when this rule base was not built from the model classes. */
    PartialRuleBases partialRuleBases() {
        return partialRuleBases;
    }

    /** What the rules read, read from the rule base when a parameter what-if first asks (shared by its copies). */
    private final Once<RuleDependencies> dependencies;

    /** Which parameters each rule reads and whose requirements it consumes (see {@link RuleDependencies}). */
    RuleDependencies dependencies() {
        return dependencies.get();
    }

    /** The sector of a rule, by name; null when it is not a rule of this rule base. */
    Sector sectorOfRule(String rule) {
        return sectorOfRule.get(rule);
    }

    /** The compiled rule base (shared; do not modify). */
    public KieBase kieBase() {
        return kieBase;
    }

    private static final List<String> REQUIRED_METADATA = List.of("sector", "standard", "level", "typology",
            "source", "status");

    private static List<RuleInfo> describe(KieBase kieBase, Catalogue catalogue) {
        List<RuleInfo> list = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> m = r.getMetaData();
                String where = p.getName() + " rule \"" + r.getName() + "\"";
                boolean complete = true;
                for (String key : REQUIRED_METADATA) {
                    String value = RuleInfo.metadata(m, key);
                    if (value == null || value.isBlank()) {
                        problems.add(Problem.of(where, "has no @" + key + " metadata"));
                        complete = false;
                    }
                }
                if (!complete) {
                    continue;
                }
                try {
                    Sector sector = Sector.fromId(RuleInfo.metadata(m, "sector"));
                    Level level = Level.fromId(RuleInfo.metadata(m, "level"));
                    String typology = RuleInfo.metadata(m, "typology");
                    Optional<Typology> t = catalogue.typology(typology);
                    if (t.isEmpty()) {
                        problems.add(Problem.of(where, "names typology " + typology + ", which is not in the"
                                + " catalogue"));
                        continue;
                    }
                    if (t.get().sector() != sector) {
                        problems.add(Problem.of(where, "is a " + sector.id() + " rule but typology " + typology
                                + " belongs to " + t.get().sector().id()));
                        continue;
                    }
                    list.add(new RuleInfo(r.getName(), p.getName(), sector, RuleInfo.metadata(m, "standard"), level,
                            typology, new Provenance(RuleInfo.metadata(m, "source"),
                            Provenance.Status.fromId(RuleInfo.metadata(m, "status")))));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(where, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        list.sort(Comparator.comparing(RuleInfo::sector).thenComparing(RuleInfo::level)
                .thenComparing(RuleInfo::name));
        return List.copyOf(list);
    }

    /**
     * Evaluates the standards.
     *
     * @param territory the territory at the plan year (see {@link Territory#projectedTo(int)}), never null
     * @param inventory the current supply, validated against the same territory and catalogue; never null
     * @param options never null
     * @return deficits per unit and roll-ups, never null
     * @throws InputException when an establishment names a typology or unit unknown here, or a sum of supply or
     *     requirements overflows
     * @throws RuleException when a rule cannot be honoured on a unit (its condition or consequence throws, e.g. a
     *     divisor of 0 or a quantity above {@link Requirement#MAX_QUANTITY}; it requires a typology no catalogue
     *     defines or a unit outside the territory), or a rule session passes the fire limit (a runaway rule set:
     *     the message names the rules that inserted and fired most); a territory without units evaluates to no line
     */
    public Evaluation evaluate(Territory territory, Inventory inventory, EvaluationOptions options) {
        try {
            return evaluateExactly(territory, inventory, options);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private Evaluation evaluateExactly(Territory territory, Inventory inventory, EvaluationOptions options) {
        Compared c = compared(territory, inventory, options);
        return new Evaluation(territory.year(), options.sectors(), rolledUpAndSorted(territory, c.lines()),
                c.redundancies(), c.counted(), inventory.sources());
    }

    /** The compared lines of an evaluation and what it keeps of the supply count. */
    private record Compared(List<DeficitLine> lines, List<Redundancy> redundancies, int counted) {
    }

    /**
     * Counts the supply, fires the rules and compares. Neither the count nor the requirements outlive this call: at
     * 100 x Ecuador they are about a fifth of the heap, which the roll-ups and the sort then need.
     */
    private Compared compared(Territory territory, Inventory inventory, EvaluationOptions options) {
        Counted counted = countedAndFired(territory, inventory, options);
        Supply supply = counted.supply();
        return new Compared(supply.compareTaking(counted.requirements(), parameterStatus), supply.redundancies(),
                supply.counted());
    }

    /** The supply count of an evaluation and the requirements of every sector of its options, in order. */
    record Counted(Supply supply, List<Requirement> requirements) {
    }

    /**
     * Counts the supply and fires the rules of the options' sectors. Neither reads the other (no rule sees supply, and
     * the count reads no requirement), so with more than one thread the rules fire on their pool while this thread
     * counts: the count (placing every record, the redundancy search) no longer waits for the rules. Errors come as
     * they did in sequence: the count's first; the rules' only when the count succeeded.
     */
    Counted countedAndFired(Territory territory, Inventory inventory, EvaluationOptions options) {
        if (options.threads() == 1) {
            Supply supply = supply(territory, inventory, options);
            return new Counted(supply, requirements(territory, options, options.sectors()));
        }
        FutureTask<List<Requirement>> firing = new FutureTask<>(() -> requirements(territory, options,
                options.sectors()));
        Thread waiter = new Thread(firing, "desconcentra-fire");
        waiter.setDaemon(true);
        waiter.start();
        Supply supply;
        try {
            supply = supply(territory, inventory, options);
        } catch (RuntimeException | Error e) {
            // The rules' outcome no longer matters, but they finish before the count's error is thrown.
            awaitQuietly(firing);
            throw e;
        }
        return new Counted(supply, resultOf(firing));
    }

    private static void awaitQuietly(FutureTask<?> task) {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a task made, or its exception as if thrown here. */
    private static <T> T resultOf(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A what-if session: the territory, inventory and options evaluated once, with the supply count, the
     * requirements and the lines kept, so that re-evaluating with other parameters ({@link WhatIf#withParameters}) or
     * another version of the inventory ({@link WhatIf#withInventory}) runs again only what the change touches. Every
     * result is the one {@link #evaluate} gives for the same inputs, line for line.
     *
     * @throws InputException as {@link #evaluate}
     * @throws RuleException as {@link #evaluate}
     */
    public WhatIf whatIf(Territory territory, Inventory inventory, EvaluationOptions options) {
        try {
            return new WhatIf(this, territory, inventory, options);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    static InputException overflow() {
        return new InputException(Problem.of("inventory", "the supply or the requirements add up to more than a"
                + " count can hold (" + Long.MAX_VALUE + "): a capacity, staff or population figure is far too"
                + " large"));
    }

    /** The usable supply of the options' sectors, located and counted. */
    Supply supply(Territory territory, Inventory inventory, EvaluationOptions options) {
        return Supply.count(territory, catalogue, inventory, options, placements(territory));
    }

    /** The same supply with the establishments of some typologies counted again (see {@link Supply#recounted}). */
    Supply recounted(Supply supply, Territory territory, Inventory inventory, java.util.Set<String> touched,
                     EvaluationOptions options, boolean searchAgain,
                     Map<String, Map<Establishment, Placements.Located>> located) {
        return supply.recounted(inventory, touched, options, searchAgain, located);
    }

    /** The order requirements are compared in, so the lines and their comparison reasons do not depend on threads. */
    static final Comparator<Requirement> REQUIREMENT_ORDER = Comparator.comparing(Requirement::unitCode)
            .thenComparing(Requirement::sector).thenComparing(Requirement::typology)
            .thenComparing(Requirement::measure).thenComparing(Requirement::rule)
            .thenComparingLong(Requirement::quantity);

    /**
     * The requirements of the rules of {@code fired} (among the options' sectors), with the parameters of all the
     * options' sectors, in {@link #REQUIREMENT_ORDER}.
     */
    List<Requirement> requirements(Territory territory, EvaluationOptions options, Set<Sector> fired) {
        Set<Sector> firing = EnumSet.noneOf(Sector.class);
        firing.addAll(fired);
        List<Parameter> parameters = catalogue.parameters(options.sectors());
        java.util.function.Predicate<String> fires = firing(firing);
        return PartSorted.merged(eachPartition(partitions(territory, options), options, units -> {
            List<Requirement> required = fireOne(kieBase, units, parameters, options, fires);
            required.removeIf(r -> !firing.contains(r.sector()));
            return PartSorted.of(required);
        }));
    }

    /**
     * The requirements of one rule session in {@link #REQUIREMENT_ORDER}, sorted on the thread that fired them while
     * they are still in its cache, and the run of each unit in them (a session's units are its own: no other session
     * has requirements of them). At 100 x Ecuador sorting all the requirements at once, each read again from memory,
     * was 6 % of the engine's samples, a tenth of it a hash look-up of each one's unit bucket.
     *
     * @param units the unit of each run, in order
     * @param ends where each run ends (exclusive)
     */
    record PartSorted(List<Requirement> requirements, UnitCode[] units, int[] ends) {
        static PartSorted of(List<Requirement> requirements) {
            List<Requirement> sorted = inRequirementOrder(requirements);
            List<UnitCode> units = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                UnitCode u = sorted.get(i).unitCode();
                if (i == 0 || u != units.get(units.size() - 1)) {
                    if (i > 0) {
                        ends.add(i);
                    }
                    units.add(u);
                }
            }
            if (!sorted.isEmpty()) {
                ends.add(sorted.size());
            }
            return new PartSorted(sorted, units.toArray(new UnitCode[0]),
                    ends.stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * The requirements of these sessions in {@link #REQUIREMENT_ORDER}: {@link #inRequirementOrder} of all of
         * them, without reading them again. Unit codes order by level, then value: the runs are put in order by
         * level and, within one, kept in the sessions' order when it is already the codes' (checked pair by pair),
         * else sorted. Two runs whose units compare equal (one unit in two sessions, or two units that tie) leave it
         * to {@link #inRequirementOrder} over everything.
         */
        static List<Requirement> merged(List<PartSorted> parts) {
            record Run(UnitCode unit, List<Requirement> of, int start, int end) {
            }
            List<List<Run>> byLevel = new ArrayList<>();
            for (int l = 0; l < Level.values().length; l++) {
                byLevel.add(new ArrayList<>());
            }
            int total = 0;
            for (PartSorted p : parts) {
                int start = 0;
                for (int i = 0; i < p.units().length; i++) {
                    byLevel.get(p.units()[i].level().ordinal()).add(new Run(p.units()[i], p.requirements(), start,
                            p.ends()[i]));
                    start = p.ends()[i];
                }
                total += p.requirements().size();
            }
            List<Requirement> out = new ArrayList<>(total);
            for (List<Run> runs : byLevel) {
                boolean ordered = true;
                for (int i = 1; i < runs.size() && ordered; i++) {
                    ordered = runs.get(i - 1).unit().compareTo(runs.get(i).unit()) < 0;
                }
                if (!ordered) {
                    runs.sort((a, b) -> a.unit().compareTo(b.unit()));
                    for (int i = 1; i < runs.size(); i++) {
                        if (runs.get(i - 1).unit().compareTo(runs.get(i).unit()) == 0) {
                            List<Requirement> all = new ArrayList<>(total);
                            parts.forEach(p -> all.addAll(p.requirements()));
                            return inRequirementOrder(all);
                        }
                    }
                }
                for (Run r : runs) {
                    out.addAll(r.of().subList(r.start(), r.end()));
                }
            }
            return out;
        }
    }

    /** {@link #REQUIREMENT_ORDER} after the unit: the keys a unit's own requirements are sorted by. */
    private static final Comparator<Requirement> WITHIN_UNIT = (a, b) -> {
        int c = withinUnit(a.sector(), a.typology(), a.measure(), a.rule(), b.sector(), b.typology(), b.measure(),
                b.rule());
        return c != 0 ? c : Long.compare(a.quantity(), b.quantity());
    };

    /**
     * The keys both orders compare after the unit, written out (a {@code Comparator} chain is several times slower
     * under the launcher's C1-only compilation): sector, typology, measure, rule.
     */
    private static int withinUnit(Sector sa, String ta, Measure ma, String ra, Sector sb, String tb, Measure mb,
                                  String rb) {
        int c = sa.compareTo(sb);
        if (c != 0) {
            return c;
        }
        c = ta.compareTo(tb);
        if (c != 0) {
            return c;
        }
        c = ma.compareTo(mb);
        return c != 0 ? c : ra.compareTo(rb);
    }

    /**
     * {@link #REQUIREMENT_ORDER}, its keys written out: what a what-if merging requirement lists compares by (a
     * comparator chain is several times slower under C1 alone).
     */
    static int compareRequirements(Requirement a, Requirement b) {
        int c = a.unitCode() == b.unitCode() ? 0 : a.unitCode().compareTo(b.unitCode());
        return c != 0 ? c : WITHIN_UNIT.compare(a, b);
    }

    /**
     * These requirements in the order a stable sort by {@link #REQUIREMENT_ORDER} gives them, computed as a bucket
     * sort: the units' codes (about 1,300 on Ecuador, against tens of thousands of requirements) are sorted once, each
     * requirement goes to its unit's bucket in the order it came, and each bucket is sorted stably by the other keys.
     * Comparing unit codes was most of the sort's time (the plan years sort every year's requirements). Two codes
     * compare equal only when they are equal (a code type per level, each a record of its value), so the result is
     * exactly the stable sort's.
     */
    static List<Requirement> inRequirementOrder(List<Requirement> requirements) {
        return inUnitOrder(requirements, Requirement::unitCode, Comparator.naturalOrder(), WITHIN_UNIT,
                REQUIREMENT_ORDER);
    }

    /**
     * These items in the order a stable sort by {@code whole} gives them, as a bucket sort: the distinct units sorted
     * once by {@code unitOrder}, each item appended to its unit's bucket in the order it came, each bucket sorted
     * stably by {@code within} (the keys of {@code whole} after the unit). When two distinct units tie in
     * {@code unitOrder}, the items are sorted by {@code whole} itself.
     */
    private static <T> List<T> inUnitOrder(List<T> items, java.util.function.Function<T, UnitCode> unit,
                                           Comparator<UnitCode> unitOrder, Comparator<T> within,
                                           Comparator<T> whole) {
        Map<UnitCode, List<T>> byUnit = new HashMap<>();
        // Items of one unit often come together (a unit's lines of one component, its roll-ups): its bucket is then
        // not looked up again. Same code object, same bucket.
        UnitCode last = null;
        List<T> bucket = null;
        for (T item : items) {
            UnitCode u = unit.apply(item);
            if (bucket == null || u != last) {
                bucket = byUnit.computeIfAbsent(u, x -> new ArrayList<>());
                last = u;
            }
            bucket.add(item);
        }
        List<UnitCode> units = new ArrayList<>(byUnit.keySet());
        units.sort(unitOrder);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < units.size(); i++) {
            if (i > 0 && unitOrder.compare(units.get(i - 1), units.get(i)) == 0) {
                out = new ArrayList<>(items);
                out.sort(whole);
                return out;
            }
            List<T> theirs = byUnit.get(units.get(i));
            theirs.sort(within);
            out.addAll(theirs);
        }
        return out;
    }

    /** {@link DeficitLine#ORDER} after the unit: the keys a unit's own lines are sorted by. */
    private static final Comparator<DeficitLine> LINE_WITHIN_UNIT = (a, b) -> {
        int c = withinUnit(a.sector(), a.typology(), a.measure(), a.rule(), b.sector(), b.typology(), b.measure(),
                b.rule());
        return c != 0 ? c : a.scope().compareTo(b.scope());
    };

    /** {@link DeficitLine#ORDER}'s unit keys: the level's depth, then the code's value. */
    private static final Comparator<UnitCode> LINE_UNIT_ORDER = (a, b) -> {
        int c = Integer.compare(a.level().depth(), b.level().depth());
        return c != 0 ? c : a.value().compareTo(b.value());
    };

    /**
     * {@link DeficitLine#ORDER}, its keys written out (unit, then the keys within it): what a what-if splicing lines
     * searches by.
     */
    static final Comparator<DeficitLine> LINE_ORDER = (a, b) -> {
        int c = a.code() == b.code() ? 0 : LINE_UNIT_ORDER.compare(a.code(), b.code());
        return c != 0 ? c : LINE_WITHIN_UNIT.compare(a, b);
    };

    /**
     * These lines in the order a stable sort by {@link DeficitLine#ORDER} gives them, computed as a bucket sort like
     * {@link #inRequirementOrder}: the distinct units (about 1,300 on Ecuador, against tens of thousands of lines)
     * sorted once by depth and code, each line appended to its unit's bucket in the order it came, each bucket sorted
     * stably by the other keys. The comparator chain of the full sort was a fifth of each plan year's time. When two
     * distinct units tie on depth and code (codes of two levels at one depth never share a value, but nothing
     * enforces it here), the lines are sorted by {@link DeficitLine#ORDER} itself.
     */
    static List<DeficitLine> inLineOrder(List<DeficitLine> lines) {
        return inUnitOrder(lines, DeficitLine::code, LINE_UNIT_ORDER, LINE_WITHIN_UNIT, DeficitLine.ORDER);
    }

    /** Standard, comparison, requirement and roll-up lines of these requirements against this supply, sorted. */
    List<DeficitLine> lines(Territory territory, Supply supply, List<Requirement> requirements) {
        return rolledUpAndSorted(territory, supply.compare(requirements, parameterStatus));
    }

    /** The weakest status of each standard's parameters, by standard id (see {@link Supply#parameterStatus}). */
    Map<String, Provenance.Status> parameterStatus() {
        return parameterStatus;
    }

    /** These compared lines with their roll-ups, sorted. */
    static List<DeficitLine> rolledUpAndSorted(Territory territory, List<DeficitLine> compared) {
        List<DeficitLine> lines = new ArrayList<>(compared);
        lines.addAll(rollUps(territory, lines));
        return inLineOrder(lines);
    }

    /**
     * The standard and comparison lines of these requirements against this supply, sorted: those of {@link #lines}
     * without the requirement and roll-up lines (the sort is stable, so filtering before it keeps their order).
     */
    List<DeficitLine> comparedLines(Supply supply, List<Requirement> requirements) {
        List<DeficitLine> lines = new ArrayList<>(supply.compare(requirements, parameterStatus));
        lines.removeIf(l -> !l.isCompared());
        return inLineOrder(lines);
    }

    private volatile Placements placements;

    /**
     * The units and placements of the last territory evaluated, reused for the same census data at another year (see
     * {@link Placements#isOn}): a cold evaluation of a projected year locates no record again.
     */
    Placements placements(Territory t) {
        Placements c = placements;
        if (c == null || !c.isOn(t)) {
            c = new Placements(t);
            placements = c;
        }
        return c;
    }

    /** Units per rule session: sessions stay small whatever the country's size, so firing grows linearly. */
    static final int UNITS_PER_SESSION = 256;

    /**
     * Runs the rules over every partition and returns the requirements, in no particular order.
     *
     * @throws RuleException when a rule cannot be honoured on a unit, or a session passes the fire limit
     */
    List<Requirement> fire(Territory territory, EvaluationOptions options, Set<Sector> firedSectors) {
        // An enum set: the agenda filter asks it for every match, the filter below for every requirement.
        Set<Sector> fired = EnumSet.noneOf(Sector.class);
        fired.addAll(firedSectors);
        List<Requirement> all = fire(kieBase, partitions(territory, options), options,
                catalogue.parameters(options.sectors()),
                firing(fired));
        all.removeIf(r -> !fired.contains(r.sector()));
        return all;
    }

    /**
     * The requirements of the named rules alone (those of the options' sectors), fired in every partition's session
     * with only these parameters, in {@link #REQUIREMENT_ORDER}: a parameter what-if fires again only the rules a
     * changed parameter moves (see {@link RuleDependencies}). A rule of the session reading a parameter left out
     * never matches, so its part of the network is not evaluated.
     *
     * @throws RuleException as {@link #fire}
     */
    List<Requirement> requirementsOfRules(Territory territory, EvaluationOptions options, Set<String> rules,
                                          List<Parameter> parameters) {
        return requirementsOfRules(partitions(territory, options), options, rules, parameters);
    }

    /**
     * {@link #requirementsOfRules(Territory, EvaluationOptions, Set, List)} over the territory's partitions made
     * beforehand ({@link #partitions(Territory, EvaluationOptions)}: a what-if keeps them).
     */
    List<Requirement> requirementsOfRules(List<List<UnitFact>> partitions, EvaluationOptions options,
                                          Set<String> rules, List<Parameter> parameters) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        sectors.addAll(options.sectors());
        Set<String> fired = new java.util.HashSet<>();
        for (String rule : rules) {
            Sector s = sectorOfRule.get(rule);
            if (s != null && sectors.contains(s)) {
                fired.add(rule);
            }
        }
        // A rule base of these rules alone when the rules are few: no unit goes through the other rules' networks.
        KieBase base = partialRuleBases == null ? kieBase : partialRuleBases.of(fired).orElse(kieBase);
        List<Requirement> all = fire(base, partitions, options, parameters, fired::contains);
        all.removeIf(r -> !sectors.contains(r.sector()));
        return inRequirementOrder(all);
    }

    /** The rules of these sectors, by name: which may fire in a session. */
    private java.util.function.Predicate<String> firing(Set<Sector> fired) {
        return rule -> {
            Sector s = sectorOfRule.get(rule);
            return s != null && fired.contains(s);
        };
    }

    /** Runs the rules {@code fires} names over every partition and returns the requirements, in no particular order. */
    private List<Requirement> fire(KieBase base, List<List<UnitFact>> partitions, EvaluationOptions options,
                                   List<Parameter> parameters, java.util.function.Predicate<String> fires) {
        List<Requirement> all = new ArrayList<>();
        for (List<Requirement> part : eachPartition(partitions, options, units -> fireOne(base, units, parameters,
                options, fires))) {
            all.addAll(part);
        }
        return all;
    }

    /**
     * What {@code task} makes of each partition's units, in the partitions' order, on the options' threads; the
     * first partition's failure, in that order, is thrown.
     */
    private <T> List<T> eachPartition(List<List<UnitFact>> partitions, EvaluationOptions options,
                                      java.util.function.Function<List<UnitFact>, T> task) {
        List<T> all = new ArrayList<>();
        ExecutorService pool = options.threads() == 1 || partitions.size() < 2 ? null : Executors.newFixedThreadPool(
                Math.min(options.threads(), partitions.size()), r -> {
                    Thread t = new Thread(r, "desconcentra-rules");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (List<UnitFact> units : partitions) {
                if (pool == null) {
                    all.add(task.apply(units));
                } else {
                    futures.add(pool.submit(() -> task.apply(units)));
                }
            }
            for (Future<T> f : futures) {
                all.add(resultOf(f));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return all;
    }

    /** The territory's unit facts in the sessions' groups for these options (see below); a new list each time. */
    static List<List<UnitFact>> partitions(Territory territory, EvaluationOptions options) {
        return partitions(territory, options.partitionByZone());
    }

    /**
     * The unit facts in session-sized groups: the nation and the zones together, and each district with its circuits,
     * districts packed up to {@link #UNITS_PER_SESSION} units (a district is never split). Rules only relate a unit
     * to itself and its own requirements, so any grouping gives the same requirements; {@code partitioned = false}
     * puts everything in one session. A territory without units has no partition.
     */
    private static List<List<UnitFact>> partitions(Territory t, boolean partitioned) {
        List<List<UnitFact>> out = new ArrayList<>();
        List<UnitFact> zones = new ArrayList<>();
        List<UnitFact> batch = new ArrayList<>();
        if (!t.zones().isEmpty()) {
            // The nation sits with the zones: a few standards are planned nationally (macro-regional prisons).
            zones.add(UnitFact.of(t.nation().code(), t.nation().name(), t.demographics(t.nation().code())));
        }
        for (Zone z : t.zones()) {
            zones.add(UnitFact.of(z.code(), z.name(), t.demographics(z.code())));
            for (UnitCode d : t.children(z.code())) {
                List<UnitFact> district = new ArrayList<>();
                district.add(UnitFact.of(d, t.unit(d).name(), t.demographics(d)));
                for (UnitCode c : t.children(d)) {
                    district.add(UnitFact.of(c, t.unit(c).name(), t.demographics(c)));
                }
                if (partitioned && !batch.isEmpty() && batch.size() + district.size() > UNITS_PER_SESSION) {
                    out.add(batch);
                    batch = new ArrayList<>();
                }
                batch.addAll(district);
            }
        }
        if (!partitioned) {
            batch.addAll(zones);
            zones = List.of();
        }
        for (List<UnitFact> part : List.of(batch, zones)) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * Fires the rules in one session over these units and the parameters, and checks what they required.
     *
     * @throws RuleException naming the rule and unit when a rule cannot be honoured
     */
    private List<Requirement> fireOne(List<UnitFact> units, List<Parameter> parameters, EvaluationOptions options,
                                      Set<Sector> fired) {
        // Only the rules of the sectors fired run: another sector's rule can neither slow nor break them.
        return fireOne(kieBase, units, parameters, options, firing(fired));
    }

    /**
     * {@link #fireOne(List, List, EvaluationOptions, Set)} firing only the rules {@code fires} names, in a session
     * of {@code base} (this engine's rule base, or one holding only some of its rules).
     */
    private List<Requirement> fireOne(KieBase base, List<UnitFact> units, List<Parameter> parameters,
                                      EvaluationOptions options, java.util.function.Predicate<String> fires) {
        try {
            List<Requirement> required = RuleSession.fire(base, units, parameters, options.fireLimit(), fires,
                    this::check);
            // What a rule names as supply, widened by the substitutions of the standards (substitutions.csv); equal
            // inputs texts of the session shared.
            Map<String, String> texts = new HashMap<>();
            required.replaceAll(r -> r.withSupply(catalogue.countedSupply(r.supply(), r.measure()), texts));
            return required;
        } catch (RuleException e) {
            throw firstAlone(base, units, parameters, options, fires).orElse(e);
        } catch (RuleSession.ConditionFailure e) {
            throw firstAlone(base, units, parameters, options, fires).orElseGet(() -> conditionFailure(base, e,
                    units.size() == 1 ? units.get(0).code() : null));
        }
    }

    /**
     * The failure of the first unit, in session order, that fails when fired alone: which match of a session fails
     * first depends on the agenda, so this names the same unit whatever the agenda did (and names the unit of a
     * failed condition, which has no match). Only run once a session has failed.
     */
    private Optional<RuleException> firstAlone(KieBase base, List<UnitFact> units, List<Parameter> parameters,
                                               EvaluationOptions options, java.util.function.Predicate<String> fires) {
        if (units.size() < 2) {
            return Optional.empty();
        }
        for (UnitFact u : units) {
            try {
                RuleSession.fire(base, List.of(u), parameters, options.fireLimit(), fires, this::check);
            } catch (RuleException first) {
                return Optional.of(first);
            } catch (RuleSession.ConditionFailure first) {
                return Optional.of(conditionFailure(base, first, u.code()));
            }
        }
        return Optional.empty();
    }

    private RuleException conditionFailure(KieBase base, RuleSession.ConditionFailure e, UnitCode unit) {
        return new RuleException(RuleSession.ruleOf(e, base).orElse(null), unit, "a rule condition failed: "
                + e.getMessage());
    }

    /** Refuses a requirement the rest of the evaluation could not honour: an unknown typology or unit. */
    private void check(Requirement r, java.util.Set<UnitCode> units) {
        if (!units.contains(r.unitCode())) {
            throw new RuleException(r.rule(), r.unitCode(), "requires " + r.typology() + " of unit "
                    + r.unitCode().value() + ", which is not a unit being evaluated");
        }
        // A hash look-up rather than the catalogue's sorted map: this runs for every requirement of every session.
        Sector sector = sectorOfTypology.get(r.typology());
        if (sector == null) {
            throw new RuleException(r.rule(), r.unitCode(), "requires typology " + r.typology() + ", which no"
                    + " typologies.csv defines");
        }
        if (sector != r.sector()) {
            throw new RuleException(r.rule(), r.unitCode(), "is a " + r.sector().id() + " rule but requires"
                    + " typology " + r.typology() + " of " + sector.id());
        }
        // Most requirements count their own typology only, just found defined.
        boolean ownOnly = r.supply().size() == 1 && r.supply().contains(r.typology());
        if (!ownOnly && !definedSupply.contains(r.supply())) {
            for (String s : new java.util.TreeSet<>(r.supply())) {
                if (catalogue.typology(s).isEmpty()) {
                    throw new RuleException(r.rule(), r.unitCode(), "counts supply of typology " + s + ", which no"
                            + " typologies.csv defines");
                }
            }
            definedSupply.add(r.supply());
        }
    }

    /** Supply sets whose every typology the catalogue defines: checked once each, not for every requirement. */
    private final Set<Set<String>> definedSupply = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Sums of compared lines into one roll-up line. */
    private static final class Sum {
        final long[] n = new long[6];
        Assessment assessment;
        /**
         * The sources cited, sorted, unmodifiable: the lines summed mostly cite one shared list, so a merged copy is
         * made only when they differ (not a set per roll-up line).
         */
        List<String> sources;
        Provenance.Status status;
        DeficitLine sample;

        void add(long required, long usable, long repair, long deficit, long surplus, long units, Assessment a,
                 List<String> cited, Provenance.Status s, DeficitLine line) {
            n[0] = Math.addExact(n[0], required);
            n[1] = Math.addExact(n[1], usable);
            n[2] = Math.addExact(n[2], repair);
            n[3] = Math.addExact(n[3], deficit);
            n[4] = Math.addExact(n[4], surplus);
            n[5] = Math.addExact(n[5], units);
            assessment = a.and(assessment);
            if (sources == null) {
                sources = cited;
            } else if (sources != cited && !sources.equals(cited)) {
                java.util.TreeSet<String> union = new java.util.TreeSet<>(sources);
                union.addAll(cited);
                sources = List.copyOf(union);
            }
            status = status == null ? s : Provenance.Status.weakest(status, s);
            if (sample == null) {
                sample = line;
            }
        }
    }

    /**
     * The roll-up lines of these lines' compared ones: per unit above them and per sector, typology, measure and
     * rule, the sums of the lines below. Each such key is summed on its own, so the roll-ups of some rules are those
     * of their lines alone.
     */
    static List<DeficitLine> rollUps(Territory territory, List<DeficitLine> lines) {
        record Key(UnitCode code, Sector sector, String typology, Measure measure, String rule) {
            // Written out: the generated methods go through method handles, which C1 alone does not inline.
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && sector == k.sector && measure == k.measure && code.equals(k.code)
                        && typology.equals(k.typology) && rule.equals(k.rule);
            }

            @Override
            public int hashCode() {
                return (((code.hashCode() * 31 + sector.ordinal()) * 31 + typology.hashCode()) * 31
                        + measure.ordinal()) * 31 + rule.hashCode();
            }
        }
        // Level by level, deepest first: the compared lines of a level and the sums already made at it go into
        // their parents, so a parent adds circuit lines and district comparison lines alike, once. The sums are kept
        // in the order their lines come (a linked map), so the line a roll-up takes its standard and sources from
        // follows the lines' order, never the keys' hash codes.
        List<Map<Key, Sum>> byDepth = new ArrayList<>();
        List<List<DeficitLine>> compared = new ArrayList<>();
        for (int d = 0; d <= 3; d++) {
            byDepth.add(new java.util.LinkedHashMap<>());
            compared.add(new ArrayList<>());
        }
        for (DeficitLine l : lines) {
            if (l.isCompared()) {
                compared.get(l.level().depth()).add(l);
            }
        }
        Map<UnitCode, UnitCode> parents = new HashMap<>();
        java.util.function.Function<UnitCode, UnitCode> parentOf = c -> parents.computeIfAbsent(c,
                x -> territory.parent(x).orElse(null));
        List<DeficitLine> out = new ArrayList<>();
        for (int d = 3; d >= 0; d--) {
            for (DeficitLine l : compared.get(d)) {
                UnitCode p = parentOf.apply(l.code());
                if (p != null) {
                    byDepth.get(p.level().depth()).computeIfAbsent(new Key(p, l.sector(), l.typology(), l.measure(),
                            l.rule()), x -> new Sum()).add(l.required(), l.usableSupply(), l.repairSupply(),
                            l.deficit(), l.surplus(), 1, l.assessment(), l.sources(), l.status(), l);
                }
            }
            for (Map.Entry<Key, Sum> e : byDepth.get(d).entrySet()) {
                Key k = e.getKey();
                Sum sum = e.getValue();
                DeficitLine l = sum.sample;
                long[] n = sum.n;
                out.add(new DeficitLine(DeficitLine.Scope.ROLLUP, k.code(), territory.unit(k.code()).name(),
                        k.sector(), k.typology(), k.measure(), n[0], n[1], n[2], n[3], n[4], k.rule(),
                        l.standard(), l.provenance(), DeficitLine.unitsSummed(n[5]), l.supply(), sum.assessment,
                        k.code(), "", sum.sources, sum.status));
                UnitCode p = parentOf.apply(k.code());
                if (p != null) {
                    byDepth.get(p.level().depth()).computeIfAbsent(new Key(p, k.sector(), k.typology(), k.measure(),
                            k.rule()), x -> new Sum()).add(n[0], n[1], n[2], n[3], n[4], n[5], sum.assessment,
                            sum.sources, sum.status, l);
                }
            }
            // This level's sums are all in lines now: at 100 x Ecuador the district sums alone are ~100 MB.
            byDepth.set(d, null);
            compared.set(d, null);
        }
        return out;
    }

    /**
     * The ideal unit of a level: what the rules require of a unit of that level with the given people and no supply.
     * Used by {@code desconcentra ideal}.
     *
     * @return the requirements sorted by sector, typology, measure and rule; never null
     * @throws RuleException when a rule cannot be honoured on this unit
     */
    public List<Requirement> ideal(UnitFact unit, Set<Sector> sectors) {
        return requirements(List.of(unit), sectors);
    }

    /**
     * What the rules require of each of these units, fired together in one session with the parameters of the
     * sectors; used to probe a rule set with made-up units.
     *
     * @param units units with distinct codes (rules match a unit's requirements by code), at least one
     * @return the requirements sorted by unit, sector, typology, measure and rule; never null
     * @throws IllegalArgumentException when two units share a code
     * @throws RuleException when a rule cannot be honoured on one of them, or the session passes the fire limit
     */
    public List<Requirement> requirements(List<UnitFact> units, Set<Sector> sectors) {
        Preconditions.check(!units.isEmpty(), "at least one unit is needed");
        Preconditions.check(units.stream().map(UnitFact::code).distinct().count() == units.size(),
                "units must have distinct codes");
        List<Requirement> out = new ArrayList<>(fireOne(units, catalogue.parameters(sectors),
                EvaluationOptions.DEFAULTS.withSectors(sectors), sectors));
        out.removeIf(r -> !sectors.contains(r.sector()));
        out.sort(Comparator.comparing(Requirement::unitCode).thenComparing(Requirement::sector)
                .thenComparing(Requirement::typology).thenComparing(Requirement::measure)
                .thenComparing(Requirement::rule));
        return out;
    }

    /**
     * Where an establishment may lie: the circuits its record allows and the finest planning unit holding them all
     * (see {@link Placement}). Its supply counts within that unit, and a requirement below it is compared with it at
     * that unit. Never decided by the establishment's id, a hash or a draw.
     *
     * @throws InputException when a code of its record is unknown to the territory
     */
    public Placement locate(Territory t, Establishment e) {
        return Placement.of(t, e);
    }
}
