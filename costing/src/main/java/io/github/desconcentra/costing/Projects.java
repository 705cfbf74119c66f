package io.github.desconcentra.costing;

import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The projects that would close the gap of every plan year, ranked, and the gap lines that cannot become projects.
 *
 * <p>How the gap becomes projects ({@link #of}):
 * <ul>
 *   <li><b>Build.</b> A deficit on the typology's cost basis becomes one project per new establishment; a deficit of
 *   places (hospital beds, prison places) becomes establishments of the typology's capacity, the last one holding
 *   the rest. Project N of a unit and typology is needed in every year whose deficit reaches it (more than
 *   {@code (N - 1) × capacity}); the size of the last one is set by the largest deficit of the plan years. A new
 *   establishment brings its nominal staff, paid (with its maintenance) from its opening.</li>
 *   <li><b>Refurbish or replace.</b> The usable establishments needing repair that the standard counts on
 *   ({@code min(repair supply, required)}), one project each (or capacity-sized for places); replaced at the cost of
 *   a new one when the repair share is above the policy's threshold. A refurbishment takes one year (none when the
 *   typology builds in none), a replacement the typology's build years; neither adds recurrent cost.</li>
 *   <li><b>Staff.</b> A staff deficit is first met by the staff that the new establishments counted by its line
 *   (in the unit or below) bring; what remains is a staffing package for the existing establishments, at the salary
 *   of the line's typology. A package is needed from the year the remainder appears; a later increase is a package
 *   of its own, needed from its year.</li>
 * </ul>
 * When several rules require the same typology of the same unit, the largest deficit counts. Lines whose supply was
 * not assessed, and lines of typologies without a unit cost, become no project: they are listed with the reason.
 *
 * @param firstYear first plan year
 * @param lastYear last plan year
 * @param demand how each year's demand is known
 * @param ranked every project, in priority order ({@link #PRIORITY})
 * @param notPlanned gap lines that became no project, with the reason; one per unit, typology and measure
 */
public record Projects(int firstYear, int lastYear, Map<Integer, String> demand, List<Project> ranked,
                       List<NotPlanned> notPlanned) {

    /**
     * A gap line that became no project.
     *
     * @param gap the line, as in the first year it appeared
     * @param year that year
     * @param reason why, in words
     */
    public record NotPlanned(Gap gap, int year, String reason) {
    }

    /**
     * Priority order: score descending, then the people left unserved descending, the first year needed, unit code,
     * sector, typology, action, and the project's number.
     */
    public static final Comparator<Project> PRIORITY = Comparator.comparing(Project::priority,
                    Comparator.comparing(Priority::score).reversed()
                            .thenComparing(Comparator.comparingLong(Priority::peopleUnserved).reversed()))
            .thenComparingInt(Project::firstNeeded)
            .thenComparing(p -> p.unit().value()).thenComparing(Project::sector).thenComparing(Project::typology)
            .thenComparing(Project::action).thenComparingInt(p -> p.id().length()).thenComparing(Project::id);

    /** Copies. */
    public Projects {
        demand = java.util.Collections.unmodifiableMap(new TreeMap<>(demand));
        ranked = List.copyOf(ranked);
        notPlanned = List.copyOf(notPlanned);
    }

    private enum Kind { BUILD, REPAIR, STAFF }

    private record Key(UnitCode unit, String sector, String typology, Kind kind) {
    }

    /** A gap line's unit, typology and measure. */
    private record Where(UnitCode unit, String typology, String measure) {
    }

    /** A part of a need: the quantity above {@code lower}, up to {@code lower + size}. */
    private record Chunk(long lower, long size, SortedSet<Integer> neededIn) {
    }

    /**
     * Builds the projects of a gap series.
     *
     * @param series the gap of every plan year, never null
     * @param costs unit costs, never null
     * @param policy price year and repair-or-replace threshold, never null
     * @param sizes capacity and staff of one new establishment per typology (a typology without one is built as a
     *     single project of its whole deficit and brings no staff)
     * @param priority the ranking, never null
     * @throws IllegalArgumentException when the costs cannot be restated with the policy
     */
    public static Projects of(GapSeries series, UnitCosts costs, CostPolicy policy, Collection<TypologySize> sizes,
                              PriorityPolicy priority) {
        Preconditions.check(costs.problemsWith(policy).isEmpty(), "%s", String.join("; ",
                costs.problemsWith(policy)));
        return new Builder(series, costs, policy, sizes, priority).build();
    }

    private static final class Builder {
        private final GapSeries series;
        private final UnitCosts costs;
        private final CostPolicy policy;
        private final Map<String, TypologySize> sizes = new HashMap<>();
        private final PriorityPolicy priority;
        private final int years;
        /** Per key, the quantity needed each year and the line that sets it. */
        private final Map<Key, long[]> need = new LinkedHashMap<>();
        private final Map<Key, Gap[]> lineOf = new HashMap<>();
        /** Per key of a repair, its deficit plus the units needing repair, for the share unmet. */
        private final Map<Key, long[]> atRisk = new HashMap<>();
        /**
         * Per unit, typology and measure, the first gap line that became no project (the years in order): named and
         * sorted by name once built, not for every line of every year.
         */
        private final Map<Where, NotPlanned> notPlanned = new LinkedHashMap<>();
        /** Staff lines per year. */
        private final List<List<Gap>> staffLines = new ArrayList<>();

        Builder(GapSeries series, UnitCosts costs, CostPolicy policy, Collection<TypologySize> sizes,
                PriorityPolicy priority) {
            this.series = Preconditions.requireNonNull(series, "gap series");
            this.costs = Preconditions.requireNonNull(costs, "unit costs");
            this.policy = Preconditions.requireNonNull(policy, "cost policy");
            sizes.forEach(s -> this.sizes.put(s.typology(), s));
            this.priority = Preconditions.requireNonNull(priority, "priority policy");
            this.years = series.years().size();
        }

        Projects build() {
            for (int i = 0; i < years; i++) {
                staffLines.add(new ArrayList<>());
                GapSeries.Year year = series.years().get(i);
                for (Gap g : year.gaps()) {
                    read(i, year.year(), g);
                }
            }
            Map<Key, List<Chunk>> chunks = new LinkedHashMap<>();
            need.forEach((k, q) -> {
                if (k.kind() != Kind.STAFF) {
                    chunks.put(k, chunks(q, capacity(k.typology())));
                }
            });
            staff(chunks);
            List<Project> projects = new ArrayList<>();
            for (Map.Entry<Key, List<Chunk>> e : chunks.entrySet()) {
                int n = 0;
                for (Chunk c : e.getValue()) {
                    projects.add(project(e.getKey(), ++n, c));
                }
            }
            projects.sort(PRIORITY);
            // By name, the first line of a name kept (as when each line was put by its name, in the same order).
            Map<String, NotPlanned> byName = new TreeMap<>();
            notPlanned.forEach((w, line) -> byName.putIfAbsent(w.unit().value() + "/" + w.typology() + "/"
                    + w.measure(), line));
            return new Projects(series.firstYear(), series.lastYear(), series.demand(), projects,
                    List.copyOf(byName.values()));
        }

        private void read(int i, int year, Gap g) {
            if (g.assessment() != SupplyAssessment.ASSESSED) {
                notPlanned.computeIfAbsent(new Where(g.unit(), g.typology(), g.measure()), w -> new NotPlanned(g, year,
                        g.assessment() == SupplyAssessment.NOT_ASSESSED ? CostCalculator.NOT_ASSESSED
                                : CostCalculator.PARTLY_ASSESSED));
                return;
            }
            UnitCost uc = costs.of(g.typology()).orElse(null);
            if (uc == null) {
                if (g.deficit() > 0 || g.repairSupply() > 0) {
                    notPlanned.computeIfAbsent(new Where(g.unit(), g.typology(), g.measure()), w -> new NotPlanned(g,
                            year, "no unit cost for typology " + g.typology()));
                }
                return;
            }
            if (g.measure().equals("staff")) {
                staffLines.get(i).add(g);
                return;
            }
            if (!g.measure().equals(uc.basis().id())) {
                return;
            }
            put(new Key(g.unit(), g.sector(), g.typology(), Kind.BUILD), i, g.deficit(), g);
            long toRepair = Math.min(g.repairSupply(), g.required());
            Key repair = new Key(g.unit(), g.sector(), g.typology(), Kind.REPAIR);
            if (put(repair, i, toRepair, g)) {
                atRisk.computeIfAbsent(repair, k -> new long[years])[i] = Math.min(g.required(),
                        g.deficit() + toRepair);
            }
        }

        /** Records a need when it is the largest of its key that year; true when it was recorded. */
        private boolean put(Key k, int i, long quantity, Gap g) {
            long[] q = need.computeIfAbsent(k, x -> new long[years]);
            Gap[] lines = lineOf.computeIfAbsent(k, x -> new Gap[years]);
            if (lines[i] != null && quantity <= q[i]) {
                return false;
            }
            q[i] = quantity;
            lines[i] = g;
            return true;
        }

        private long capacity(String typology) {
            UnitCost uc = costs.of(typology).orElseThrow();
            if (uc.basis() == UnitCost.Basis.ESTABLISHMENTS) {
                return 1;
            }
            TypologySize s = sizes.get(typology);
            return s == null || s.capacity() == 0 ? 0 : s.capacity();
        }

        /** Capacity-sized parts of a need; {@code capacity} 0 makes one part of the largest need. */
        private List<Chunk> chunks(long[] q, long capacity) {
            long max = 0;
            for (long v : q) {
                max = Math.max(max, v);
            }
            List<Chunk> out = new ArrayList<>();
            long step = capacity == 0 ? Math.max(1, max) : capacity;
            for (long lower = 0; lower < max; lower += step) {
                out.add(new Chunk(lower, Math.min(step, max - lower), neededAbove(q, lower)));
            }
            return out;
        }

        /** One part per increase of the running largest need. */
        private List<Chunk> increments(long[] q) {
            List<Chunk> out = new ArrayList<>();
            long max = 0;
            for (long v : q) {
                if (v > max) {
                    out.add(new Chunk(max, v - max, neededAbove(q, max)));
                    max = v;
                }
            }
            return out;
        }

        private SortedSet<Integer> neededAbove(long[] q, long lower) {
            SortedSet<Integer> ys = new TreeSet<>();
            for (int i = 0; i < q.length; i++) {
                if (q[i] > lower) {
                    ys.add(series.firstYear() + i);
                }
            }
            return ys;
        }

        private long staffOf(String typology, long size) {
            TypologySize s = sizes.get(typology);
            if (s == null) {
                return 0;
            }
            UnitCost uc = costs.of(typology).orElseThrow();
            if (uc.basis() == UnitCost.Basis.ESTABLISHMENTS || s.capacity() == 0) {
                return Math.multiplyExact(s.staff(), uc.basis() == UnitCost.Basis.ESTABLISHMENTS ? size : 1);
            }
            return BigDecimal.valueOf(s.staff()).multiply(BigDecimal.valueOf(size))
                    .divide(BigDecimal.valueOf(s.capacity()), 0, RoundingMode.HALF_EVEN).longValueExact();
        }

        /** The staffing packages: each staff line's deficit less the staff its new establishments bring. */
        private void staff(Map<Key, List<Chunk>> chunks) {
            Territory territory = series.years().get(0).territory();
            Map<Key, long[]> residual = new LinkedHashMap<>();
            for (int i = 0; i < years; i++) {
                int year = series.firstYear() + i;
                Map<UnitCode, List<Gap>> linesAt = new HashMap<>();
                staffLines.get(i).forEach(g -> linesAt.computeIfAbsent(g.unit(), u -> new ArrayList<>()).add(g));
                Map<Gap, Long> brought = new HashMap<>();
                for (Map.Entry<Key, List<Chunk>> e : chunks.entrySet()) {
                    Key k = e.getKey();
                    if (k.kind() != Kind.BUILD || sizes.get(k.typology()) == null) {
                        continue;
                    }
                    long staff = 0;
                    for (Chunk c : e.getValue()) {
                        if (c.neededIn().contains(year)) {
                            staff = Math.addExact(staff, staffOf(k.typology(), c.size()));
                        }
                    }
                    if (staff == 0) {
                        continue;
                    }
                    List<UnitCode> within = new ArrayList<>();
                    within.add(k.unit());
                    within.addAll(territory.ancestors(k.unit()));
                    for (UnitCode u : within) {
                        for (Gap line : linesAt.getOrDefault(u, List.of())) {
                            if (line.supplyTypologies().contains(k.typology())) {
                                brought.merge(line, staff, Math::addExact);
                            }
                        }
                    }
                }
                for (Gap line : staffLines.get(i)) {
                    long rest = Math.max(0, line.deficit() - brought.getOrDefault(line, 0L));
                    Key k = new Key(line.unit(), line.sector(), line.typology(), Kind.STAFF);
                    long[] q = residual.computeIfAbsent(k, x -> new long[years]);
                    Gap[] lines = lineOf.computeIfAbsent(k, x -> new Gap[years]);
                    if (lines[i] == null || rest > q[i]) {
                        q[i] = rest;
                        lines[i] = line;
                    }
                }
            }
            residual.forEach((k, q) -> {
                need.put(k, q);
                chunks.put(k, increments(q));
            });
        }

        private Project project(Key k, int n, Chunk c) {
            int first = c.neededIn().first();
            int i = first - series.firstYear();
            Gap line = lineOf.get(k)[i];
            GapSeries.Year year = series.years().get(i);
            UnitCost uc = costs.of(k.typology()).orElseThrow();
            int py = policy.priceYear();
            PriceIndex ix = policy.priceIndex();
            Money newUnit = ix.restate(uc.newUnit(), uc.priceYear(), py);
            Money zero = Money.zero(Money.USD);
            Action action;
            long staff = 0;
            Money capex;
            Money opex = zero;
            int build;
            long deficit = line.deficit();
            switch (k.kind()) {
                case BUILD -> {
                    action = Action.BUILD;
                    staff = staffOf(k.typology(), c.size());
                    capex = newUnit.multipliedBy(c.size());
                    opex = ix.restate(uc.maintenance(), uc.priceYear(), py).multipliedBy(c.size())
                            .plus(ix.restate(uc.salaryPerStaff(), uc.salaryPriceYear(), py).multipliedBy(staff));
                    build = uc.buildYears();
                }
                case REPAIR -> {
                    boolean replace = uc.repairShare().compareTo(policy.replaceAboveShare()) > 0;
                    action = replace ? Action.REPLACE : Action.REFURBISH;
                    capex = (replace ? newUnit : ix.restate(uc.repair(), uc.priceYear(), py)).multipliedBy(c.size());
                    build = replace ? uc.buildYears() : Math.min(1, uc.buildYears());
                    deficit = atRisk.get(k)[i];
                }
                default -> {
                    action = Action.HIRE;
                    staff = c.size();
                    capex = zero;
                    opex = ix.restate(uc.salaryPerStaff(), uc.salaryPriceYear(), py).multipliedBy(c.size());
                    build = 0;
                }
            }
            long required = line.required();
            long people = year.territory().population(k.unit());
            long served = BigDecimal.valueOf(people).multiply(BigDecimal.valueOf(c.size()))
                    .divide(BigDecimal.valueOf(required), 0, RoundingMode.HALF_EVEN).longValueExact();
            long metBefore = Math.min(deficit, c.lower());
            BigDecimal share = BigDecimal.valueOf(deficit - metBefore).divide(BigDecimal.valueOf(required), 4,
                    RoundingMode.HALF_EVEN);
            BigDecimal weight = priority.weight(k.unit());
            BigDecimal score = priority.score(share, people, served, weight, capex.plus(opex));
            Priority p = new Priority(score, first, required, deficit, metBefore, share, people, served, weight);
            String id = k.unit().value() + "/" + k.typology() + "/" + action.id() + "/" + n;
            return new Project(id, k.unit(), k.sector(), k.typology(), action, c.size(), staff, capex, opex, build,
                    c.neededIn(), served, p, line.rule(), line.sources(), line.status());
        }
    }

    /** The number of plan years. */
    public int years() {
        return lastYear - firstYear + 1;
    }
}
