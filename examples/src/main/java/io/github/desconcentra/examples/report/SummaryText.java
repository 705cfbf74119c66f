package io.github.desconcentra.examples.report;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The short national summary printed by {@code run} and written to {@code summary.txt}, in the report's language:
 * every word from the {@link Messages} bundle, every number through {@link ReportNumbers}. The summary is a sequence
 * of sections ({@link #SECTIONS}), each a method that appends its lines; a new section is one more method and one
 * more entry. Reasons and notes the planner writes (unfunded.csv's {@code reason}) are quoted as written, in English.
 */
public final class SummaryText {
    /** How many of the biggest unfunded projects the summary lists. */
    static final int BIGGEST = 5;

    /** One part of the summary: appends its lines. */
    @FunctionalInterface
    interface Section {
        void write(Out out, Figures f);
    }

    /**
     * A section, and whether it needs only the territory, inventory, evaluation and costs (no plan, label or
     * uncertainty): those are made ahead, by the reports' first stage when there is one ({@link #ahead}).
     */
    record Part(Section section, boolean ahead) {
    }

    /** The sections, in the order they are printed. */
    static final List<Part> SECTIONS = List.of(new Part(SummaryText::header, false),
            new Part(SummaryText::inventory, true), new Part(SummaryText::territory, true),
            new Part(SummaryText::deficits, true), new Part(SummaryText::uncertainty, false),
            new Part(SummaryText::coverage, true), new Part(SummaryText::publishedFigures, true),
            new Part(SummaryText::plan, false));

    private SummaryText() {
    }

    static String render(Figures f, Messages messages) {
        Out out = new Out(messages);
        java.util.Iterator<String> ahead = f.summaryAhead(messages).iterator();
        boolean copied = false;
        for (Part p : SECTIONS) {
            if (!p.ahead()) {
                p.section().write(out, f);
                copied = false;
            } else if (!copied) {
                out.b.append(ahead.next());
                copied = true;
            }
        }
        return out.toString();
    }

    /** The text of each run of consecutive sections {@linkplain Part#ahead made ahead}, in order. */
    static List<String> ahead(Figures f, Messages messages) {
        List<String> runs = new java.util.ArrayList<>();
        Out out = null;
        for (Part p : SECTIONS) {
            if (p.ahead()) {
                if (out == null) {
                    out = new Out(messages);
                }
                p.section().write(out, f);
            } else if (out != null) {
                runs.add(out.toString());
                out = null;
            }
        }
        if (out != null) {
            runs.add(out.toString());
        }
        return runs;
    }

    /** The text being written, with the words and numbers of its language. */
    static final class Out {
        final Messages m;
        final ReportNumbers n;
        private final StringBuilder b = new StringBuilder();

        Out(Messages m) {
            this.m = m;
            this.n = m.numbers();
        }

        /** Appends a message as one line. */
        Out line(String key, Object... arguments) {
            return text(m.get(key, arguments));
        }

        /** Appends text already written as one line. */
        Out text(String line) {
            b.append(line).append('\n');
            return this;
        }

        Out blank() {
            b.append('\n');
            return this;
        }

        /** A money amount in millions with its currency, e.g. {@code USD 37.651,7 M}. */
        String millions(Money money) {
            return n.millions(money);
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    /** How sure the cost is: the interval of capex and opex and their widest drivers ({@link UncertaintySection}). */
    private static void uncertainty(Out o, Figures f) {
        UncertaintySection.summary(o, f);
    }

    private static void header(Out o, Figures f) {
        RunResult run = f.run;
        o.line("summary.title", run.territoryLabel(), Integer.toString(run.territory().year()),
                Integer.toString(run.costs().priceYear()), Money.USD.getCurrencyCode());
    }

    private static void inventory(Out o, Figures f) {
        RunResult run = f.run;
        Inventory inv = run.inventory();
        List<String> sources = inv.sources().stream().map(x -> x.status() == Provenance.Status.SAMPLE
                ? o.m.get("summary.inventory_sample_mark", x.citation()) : x.citation()).toList();
        o.line("summary.inventory", sources.isEmpty() ? o.m.get("summary.inventory_none") : String.join("; ",
                sources));
        String all = accounting(o, inv.read(), inv.establishments().size(), inv.excluded().size(),
                inv.rejected().size());
        o.line("summary.records", inv.rejected().isEmpty() ? all : o.m.get("summary.records_kept_going", all));
        for (Inventory.FileAccount a : inv.files()) {
            String counts = accounting(o, a.read(), a.accepted(), a.excluded(), a.rejected());
            o.text(String.format(Locale.ROOT, "  %-40s %s", a.file(), o.m.get("summary.file_source", counts,
                    a.source().isEmpty() ? o.m.get("summary.source_none") : a.source())));
        }
        if (!run.sampleSectors().isEmpty()) {
            o.line("summary.sample_note", String.join(", ", run.sampleSectors()));
        }
    }

    private static String accounting(Out o, long read, long accepted, long excluded, long rejected) {
        return o.m.get("summary.accounting", o.n.count(read), o.n.count(accepted), o.n.count(excluded),
                o.n.count(rejected));
    }

    private static void territory(Out o, Figures f) {
        Territory t = f.run.territory();
        o.line("summary.nation", o.n.count(t.zones().size()), o.n.count(t.districts().size()),
                o.n.count(t.circuits().size()), o.n.count(t.population(t.nation().code())));
        o.line("summary.age_groups", ageGroups(o, t)).blank();
    }

    private static void deficits(Out o, Figures f) {
        UnitCode nation = f.run.territory().nation().code();
        o.line("summary.deficits.assessed");
        sectorTable(o, f.nationalDeficit, s -> f.capex(nation, s.id()), s -> f.opex(nation, s.id()));
        o.text(String.format(Locale.ROOT, "%-" + sectorWidth(o) + "s %14s %14s %14s %18s %18s",
                o.m.get("summary.total"), "", "", "", o.n.millionsAmount(f.capex(nation)),
                o.n.millionsAmount(f.opex(nation))));
        o.blank().line("summary.deficits.partly");
        sectorTable(o, f.upperBound, null, null);
        o.blank().line("summary.deficits.unknown");
        sectorTable(o, f.unknownRequired, s -> f.idealCapex(s.id()), s -> f.idealOpex(s.id()));
    }

    /** The data-coverage view: sector by zone (A assessed, P partly, N not assessed) and the sources. */
    private static void coverage(Out o, Figures f) {
        o.blank().line("summary.coverage", o.m.get("assessment.legend"));
        int width = sectorWidth(o);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s",
                o.m.get("summary.column.sector")));
        f.zoneCoverage().keySet().forEach(z -> head.append(String.format(Locale.ROOT, " %3s", z.value())));
        o.text(head.toString());
        for (Sector s : Sector.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", o.m.sector(s)));
            for (var byZone : f.zoneCoverage().values()) {
                var c = byZone.get(s);
                row.append(String.format(Locale.ROOT, " %3s", c == null ? "-" : Figures.letter(c.assessment())));
            }
            o.text(row.toString());
        }
        o.line("summary.sources");
        for (InventorySource x : f.run.inventory().sources()) {
            o.text("  " + o.m.get("summary.source", x.citation(), o.m.status(x.status())));
        }
    }

    /** The national gap against the figures published before (seed and 2012 press). */
    private static void publishedFigures(Out o, Figures f) {
        BigDecimal capex = f.run.costs().nationalCapex().amount();
        BigDecimal opex = f.run.costs().nationalOpex().amount();
        o.blank().line("summary.comparison",
                ratio(o, capex, PublishedFigures.SEED_SIX_SECTORS), usd(o, PublishedFigures.SEED_SIX_SECTORS),
                ratio(o, capex, PublishedFigures.PRESS_2012_INVESTMENT), usd(o, PublishedFigures.PRESS_2012_INVESTMENT),
                ratio(o, opex, PublishedFigures.PRESS_2012_RECURRENT), usd(o, PublishedFigures.PRESS_2012_RECURRENT));
    }

    private static String ratio(Out o, BigDecimal amount, BigDecimal figure) {
        return o.n.decimal(PublishedFigures.ratio(amount, figure, 2), 2);
    }

    private static String usd(Out o, BigDecimal amount) {
        return o.millions(Money.of(amount, Money.USD));
    }

    private static void plan(Out o, Figures f) {
        Plan plan = f.run.plan();
        PlanOutcomes outcomes = f.outcomes();
        Budget budget = plan.budget();
        int first = budget.firstYear();
        int last = budget.lastYear();
        String planner = "summary.planner." + plan.planner();
        o.blank().line("summary.plan.title", Integer.toString(first), Integer.toString(last),
                o.m.has(planner) ? o.m.get(planner) : plan.planner(), demand(o.m, plan));
        o.line("summary.plan.ceiling", ceiling(o, budget), budget.hasRecurrentCeiling()
                ? o.m.get("summary.plan.recurrent_separate", o.millions(budget.recurrent().get(first)))
                : o.m.get("summary.plan.recurrent_shared"));
        if (plan.funded().isEmpty()) {
            if (budget.isZero()) {
                o.line("summary.plan.nothing_zero", Money.USD.getCurrencyCode() + " 0");
            } else {
                o.line("summary.plan.nothing_fits");
            }
        }
        o.line("summary.plan.funded", o.n.count(plan.funded().size()),
                o.n.count(plan.funded().size() + plan.unfunded().size()), o.millions(outcomes.fundedCapex()),
                o.millions(outcomes.recurrentCommitted()));
        o.line("summary.plan.people", Integer.toString(last), o.n.count(outcomes.peopleServed()),
                o.n.count(outcomes.peopleInGap()), o.n.percent(share(outcomes.peopleServed(),
                        outcomes.peopleInGap()), 1), o.n.decimal(outcomes.districtGini(),
                        Math.max(0, outcomes.districtGini().scale())));
        spending(o, f, plan, first, last);
        o.blank().line("summary.plan.closed");
        Map<String, Map<Integer, BigDecimal>> bySector = new LinkedHashMap<>();
        outcomes.closedBySector().forEach((s, v) -> bySector.put(sectorName(o.m, s), v));
        closedTable(o, first, last, o.m.get("summary.column.sector"), bySector, outcomes.closedByYear());
        closedTable(o, first, last, o.m.get("summary.column.zone"), outcomes.closedByZone(), null);
        unclosed(o, outcomes, last);
        biggestUnfunded(o, plan, outcomes);
        if (!plan.notPlanned().isEmpty()) {
            Map<String, Long> reasons = new TreeMap<>();
            plan.notPlanned().forEach(x -> reasons.merge(x.reason(), 1L, Long::sum));
            o.blank().line("summary.plan.not_planned", String.join("; ", reasons.entrySet().stream()
                    .map(e -> o.m.get("summary.plan.reason_count", o.n.count(e.getValue()), e.getKey())).toList()));
        }
        plan.notes().forEach(x -> o.line("summary.note", x));
        if (!o.m.language().equals(ReportOptions.ENGLISH) && (!plan.unfunded().isEmpty() || !plan.notes().isEmpty()
                || !plan.notPlanned().isEmpty())) {
            o.line("summary.planner_words");
        }
    }

    private static void spending(Out o, Figures f, Plan plan, int first, int last) {
        Budget budget = plan.budget();
        Map<Integer, Money> capex = f.capexPerYear();
        Map<Integer, Money> recurrent = f.recurrentPerYear();
        String title = o.m.get("summary.plan.spending", Money.USD.getCurrencyCode());
        o.blank().text(String.format(Locale.ROOT, "%s %-8s %10s %10s %10s", title, o.m.get("summary.column.year"),
                o.m.get("summary.column.ceiling"), o.m.get("summary.column.capex"),
                o.m.get("summary.column.recurrent")));
        for (int y = first; y <= last; y++) {
            o.text(String.format(Locale.ROOT, "%" + (title.length() + 9) + "d %10s %10s %10s", y,
                    o.n.millionsAmount(budget.total().get(y)), o.n.millionsAmount(capex.get(y)),
                    o.n.millionsAmount(recurrent.get(y))));
        }
    }

    private static void unclosed(Out o, PlanOutcomes outcomes, int last) {
        Map<String, String> nothing = outcomes.sectorsWithNothing();
        if (nothing.isEmpty()) {
            o.blank().line("summary.plan.every_sector", Integer.toString(last));
        } else {
            o.blank().line("summary.plan.unclosed", Integer.toString(last));
            nothing.forEach((s, r) -> o.text("  " + sectorName(o.m, s) + ": " + r));
        }
    }

    private static void biggestUnfunded(Out o, Plan plan, PlanOutcomes outcomes) {
        List<PlanOutcomes.Item> biggest = outcomes.biggestUnfunded(BIGGEST);
        if (!biggest.isEmpty()) {
            o.blank().line("summary.plan.biggest", o.n.count(plan.unfunded().size()));
            for (PlanOutcomes.Item i : biggest) {
                o.text(String.format(Locale.ROOT, "  %-32s %s", i.id(), o.m.get("summary.plan.biggest_item",
                        o.millions(i.capex()), o.millions(i.opexPerYear()), i.reason())));
            }
        }
    }

    /** The demand the plan meets, in words; a kind of demand this class does not know is quoted as given. */
    static String demand(Plan plan) {
        return demand(Messages.of(Locale.ENGLISH), plan);
    }

    static String demand(Messages m, Plan plan) {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        plan.demand().forEach((y, d) -> byKind.computeIfAbsent(demandWords(m, d), k -> new ArrayList<>()).add(y));
        List<String> parts = new ArrayList<>();
        byKind.forEach((d, ys) -> parts.add(byKind.size() == 1 ? d : m.get("summary.demand.years", d,
                ys.size() == 1 ? ys.get(0).toString() : ys.get(0) + "-" + ys.get(ys.size() - 1))));
        return String.join("; ", parts);
    }

    /** The words of one year's demand as the horizon states it: population of Y, projected Y, or held at Y. */
    private static String demandWords(Messages m, String d) {
        if (d.startsWith("projected")) {
            return m.get("summary.demand.projected");
        }
        if (d.matches("population of \\d+")) {
            return m.get("summary.demand.population", d.substring("population of ".length()));
        }
        if (d.matches("held at \\d+, the last projected year")) {
            return m.get("summary.demand.held", d.substring("held at ".length(), d.indexOf(',')));
        }
        return d;
    }

    private static String ceiling(Out o, Budget budget) {
        Money firstCeiling = budget.total().get(budget.firstYear());
        boolean same = budget.total().values().stream().allMatch(firstCeiling::equals);
        return same ? o.m.get("summary.plan.ceiling_per_year", o.millions(firstCeiling))
                : o.m.get("summary.plan.ceiling_over", o.millions(Money.total(Money.USD, budget.total().values())));
    }

    private static void closedTable(Out o, int first, int last, String what,
                                    Map<String, ? extends Map<Integer, BigDecimal>> rows,
                                    Map<Integer, BigDecimal> total) {
        int width = sectorWidth(o);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", what));
        for (int y = first; y <= last; y++) {
            head.append(String.format(Locale.ROOT, " %6d", y));
        }
        o.text(head.toString());
        rows.forEach((k, v) -> closedRow(o, width, k, v, first, last));
        if (total != null) {
            closedRow(o, width, o.m.get("summary.all"), total, first, last);
        }
    }

    private static void closedRow(Out o, int width, String name, Map<Integer, BigDecimal> v, int first, int last) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", name));
        for (int y = first; y <= last; y++) {
            row.append(String.format(Locale.ROOT, " %6s", o.n.percent(v.get(y), 0)));
        }
        o.text(row.toString());
    }

    /** The name of a sector given by its id, or the id when it names no sector. */
    private static String sectorName(Messages m, String id) {
        for (Sector s : Sector.values()) {
            if (s.id().equals(id)) {
                return m.sector(s);
            }
        }
        return id;
    }

    /** The width of the sector column: the longest sector name of the language. */
    private static int sectorWidth(Out o) {
        int w = o.m.get("summary.column.sector").length();
        for (Sector s : Sector.values()) {
            w = Math.max(w, o.m.sector(s).length());
        }
        return w;
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_EVEN);
    }

    /** A share as a percentage with one decimal and no sign, e.g. {@code 12.3} (report.html's tables). */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * One row per sector of establishments, places and staff, with capex and opex columns (millions) when their
     * functions are given (both or neither).
     */
    private static void sectorTable(Out o, Map<Sector, Map<Measure, Long>> counts, Function<Sector, Money> capex,
                                    Function<Sector, Money> opex) {
        boolean costs = capex != null;
        int width = sectorWidth(o);
        String head = String.format(Locale.ROOT, "%-" + width + "s %14s %14s %14s", o.m.get("summary.column.sector"),
                o.m.measure(Measure.ESTABLISHMENTS), o.m.measure(Measure.PLACES), o.m.measure(Measure.STAFF));
        String usd = Money.USD.getCurrencyCode();
        o.text(costs ? String.format(Locale.ROOT, "%s %18s %18s", head, o.m.get("summary.column.capex_millions", usd),
                o.m.get("summary.column.opex_millions", usd)) : head);
        for (Sector s : Sector.values()) {
            Map<Measure, Long> d = counts.get(s);
            String row = String.format(Locale.ROOT, "%-" + width + "s %14s %14s %14s", o.m.sector(s),
                    o.n.count(d.get(Measure.ESTABLISHMENTS)), o.n.count(d.get(Measure.PLACES)),
                    o.n.count(d.get(Measure.STAFF)));
            o.text(costs ? String.format(Locale.ROOT, "%s %18s %18s", row, o.n.millionsAmount(capex.apply(s)),
                    o.n.millionsAmount(opex.apply(s))) : row);
        }
    }

    /** Where the target groups come from, by number of parishes with people. */
    private static String ageGroups(Out o, Territory t) {
        Map<AgeBasis, Integer> parishes = new EnumMap<>(AgeBasis.class);
        for (Parish p : t.parishes()) {
            t.ageBasis(p.code()).forEach(basis -> parishes.merge(basis, 1, Integer::sum));
        }
        List<String> parts = new ArrayList<>();
        parishes.forEach((basis, count) -> parts.add(o.m.get(switch (basis) {
            case CENSUS_STRUCTURE -> "summary.age.census";
            case USER_SUPPLIED -> "summary.age.user";
            case ASSUMED_SHARES -> "summary.age.assumed";
        }, o.n.count(count))));
        if (t.year() != t.censusYear() && parishes.containsKey(AgeBasis.CENSUS_STRUCTURE)) {
            parts.add(o.m.get("summary.age.kept", Integer.toString(t.censusYear()), Integer.toString(t.year())));
        }
        return String.join("; ", parts);
    }
}
