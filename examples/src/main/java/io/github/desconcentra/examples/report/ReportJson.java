package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.PublishedFigures;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.PlanOutcomes;
import io.github.desconcentra.costing.PriceIndex;
import io.github.desconcentra.costing.UnitCost;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Parameter;
import io.github.desconcentra.standards.RuleInfo;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.Typology;
import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.AgeGroup;
import io.github.desconcentra.territory.AgeStructure;
import io.github.desconcentra.territory.CircuitPart;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Range;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code report.json}: run metadata (library version, input checksums, parameters), the standards with their
 * provenance, national and per-zone figures, every deficit, cost and plan line, and the assumptions. No wall-clock
 * time unless asked, so reruns are byte-identical.
 */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static ObjectNode build(Figures f, Instant timestamp) {
        RunResult run = f.run;
        Territory t = run.territory();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode meta = root.putObject("metadata");
        meta.put("library", "desconcentra");
        meta.put("version", Version.get());
        meta.put("territory", run.territoryLabel());
        meta.put("year", t.year());
        meta.put("priceYear", run.costs().priceYear());
        meta.put("currency", "USD");
        meta.put("inventory", run.inventoryLabel());
        ObjectNode records = meta.putObject("inventoryRecords");
        records.put("read", run.inventory().read());
        records.put("accepted", run.inventory().establishments().size());
        records.put("excluded", run.inventory().excluded().size());
        records.put("rejected", run.inventory().rejected().size());
        ArrayNode files = records.putArray("files");
        for (io.github.desconcentra.standards.Inventory.FileAccount a : run.inventory().files()) {
            files.addObject().put("file", a.file()).put("source", a.source()).put("read", a.read())
                    .put("accepted", a.accepted()).put("excluded", a.excluded()).put("rejected", a.rejected());
        }
        ArrayNode sample = meta.putArray("sampleSectors");
        run.sampleSectors().forEach(sample::add);
        ArrayNode sources = meta.putArray("inventorySources");
        run.inventory().sources().forEach(x -> io.github.desconcentra.standards.InventorySources.fill(
                sources.addObject(), x));
        ObjectNode inputs = meta.putObject("inputs");
        run.inputs().forEach(inputs::put);
        ObjectNode params = meta.putObject("parameters");
        run.parameters().forEach(params::put);
        if (timestamp != null) {
            meta.put("timestamp", timestamp.toString());
        }
        standards(root.putObject("standards"), run);
        national(root.putObject("national"), f);
        UncertaintySection.json(root.putObject("uncertainty"), f);
        ArrayNode zones = root.putArray("zones");
        for (Zone z : t.zones()) {
            ObjectNode o = zones.addObject();
            o.put("code", z.code().value()).put("name", z.name()).put("population", t.population(z.code()))
                    .put("districts", t.children(z.code()).size())
                    .put("circuits", t.children(z.code()).stream().mapToInt(d -> t.children(d).size()).sum());
            o.put("capex", money(f.capex(z.code()))).put("opexPerYear", money(f.opex(z.code())));
            ObjectNode by = o.putObject("capexBySector");
            Figures.sectorIds().forEach(s -> by.put(s, money(f.capex(z.code(), s))));
        }
        coverage(root.putObject("dataCoverage"), f);
        ArrayNode deficits = root.putArray("deficits");
        for (DeficitLine l : run.evaluation().lines()) {
            boolean unknown = l.assessment() == io.github.desconcentra.standards.Assessment.NOT_ASSESSED
                    || l.scope() == DeficitLine.Scope.REQUIREMENT;
            ObjectNode d = deficits.addObject().put("scope", l.scope().id()).put("level", l.level().id())
                    .put("code", l.code().value()).put("name", l.name()).put("sector", l.sector().id())
                    .put("typology", l.typology()).put("measure", l.measure().id()).put("required", l.required());
            if (unknown) {
                d.putNull("usableSupply").putNull("repairSupply").putNull("deficit").putNull("surplus")
                        .putNull("coverage");
            } else {
                d.put("usableSupply", l.usableSupply()).put("repairSupply", l.repairSupply())
                        .put("deficit", l.deficit()).put("surplus", l.surplus()).put("coverage", l.coverage());
            }
            d.put("assessment", l.assessment().id()).put("comparedAt", l.comparedAt().value())
                    .put("comparison", l.comparison()).put("sources", l.sourcesText())
                    .put("rule", l.rule()).put("standard", l.standard())
                    .put("standardStatus", l.provenance().status().id()).put("status", l.status().id())
                    .put("inputs", l.inputs());
        }
        ArrayNode costs = root.putArray("costs");
        for (CostLine c : run.costs().lines()) {
            costs.addObject().put("scope", c.scope()).put("level", c.level().id()).put("code", c.unit().value())
                    .put("sector", c.sector()).put("typology", c.typology()).put("action", c.action())
                    .put("quantity", c.quantity()).put("capex", money(c.capex()))
                    .put("opexPerYear", money(c.opexPerYear())).put("rule", c.rule()).put("sources", c.sources())
                    .put("status", c.statusId());
        }
        ArrayNode ideal = root.putArray("idealWhereSupplyUnknown");
        for (CostLine c : run.costs().idealWhereUnknown()) {
            ideal.addObject().put("scope", c.scope()).put("level", c.level().id()).put("code", c.unit().value())
                    .put("sector", c.sector()).put("typology", c.typology()).put("action", c.action())
                    .put("quantity", c.quantity()).put("capex", money(c.capex()))
                    .put("opexPerYear", money(c.opexPerYear())).put("rule", c.rule()).put("status", c.statusId());
        }
        plan(root.putObject("plan"), f);
        assumptions(root.putArray("assumptions"), f);
        return root;
    }

    /** Writes the document through a generator on a buffered stream: no whole-file string is made. */
    static void write(Figures f, Instant timestamp, Path file) throws IOException {
        ObjectNode root = build(f, timestamp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                MAPPER.writeTree(g, root);
            }
            out.write('\n');
        }
    }

    static BigDecimal money(Money m) {
        return m.amount();
    }

    private static void standards(ObjectNode o, RunResult run) {
        ArrayNode rules = o.putArray("rules");
        for (RuleInfo r : run.engine().rules()) {
            rules.addObject().put("name", r.name()).put("sector", r.sector().id()).put("standard", r.standard())
                    .put("level", r.level().id()).put("typology", r.typology()).put("source", r.provenance().source())
                    .put("status", r.provenance().status().id());
        }
        ArrayNode params = o.putArray("parameters");
        for (Parameter p : run.engine().catalogue().parameters()) {
            params.addObject().put("standard", p.standard()).put("name", p.name()).put("value", p.value())
                    .put("unit", p.unit()).put("source", p.provenance().source())
                    .put("status", p.provenance().status().id());
        }
        ArrayNode typologies = o.putArray("typologies");
        for (Typology t : run.engine().catalogue().typologies().values()) {
            typologies.addObject().put("code", t.code()).put("sector", t.sector().id()).put("nameEs", t.nameEs())
                    .put("nameEn", t.nameEn()).put("level", t.level().id()).put("capacity", t.capacity())
                    .put("source", t.provenance().source()).put("status", t.provenance().status().id());
        }
        ArrayNode costs = o.putArray("unitCosts");
        for (UnitCost c : run.unitCosts().all().values()) {
            costs.addObject().put("typology", c.typology()).put("basis", c.basis().id()).put("capex", money(c.capex()))
                    .put("equipment", money(c.equipment())).put("priceYear", c.priceYear())
                    .put("source", c.provenance().source()).put("status", c.provenance().status().id());
        }
    }

    private static void national(ObjectNode o, Figures f) {
        Territory t = f.run.territory();
        UnitCode nation = t.nation().code();
        o.put("population", t.population(nation));
        o.put("zones", t.zones().size()).put("districts", t.districts().size()).put("circuits", t.circuits().size());
        o.put("capex", money(f.run.costs().nationalCapex()));
        o.put("opexPerYear", money(f.run.costs().nationalOpex()));
        ArrayNode sectors = o.putArray("sectors");
        for (Sector s : Sector.values()) {
            ObjectNode so = sectors.addObject().put("sector", s.id());
            for (Measure m : Measure.values()) {
                so.put("deficit" + Character.toUpperCase(m.id().charAt(0)) + m.id().substring(1),
                        f.nationalDeficit.get(s).get(m));
            }
            so.put("capex", money(f.capex(nation, s.id()))).put("opexPerYear", money(f.opex(nation, s.id())));
            for (Measure m : Measure.values()) {
                String name = Character.toUpperCase(m.id().charAt(0)) + m.id().substring(1);
                so.put("upperBoundDeficit" + name, f.upperBound.get(s).get(m));
                so.put("requiredWhereSupplyUnknown" + name, f.unknownRequired.get(s).get(m));
            }
            so.put("idealCapexWhereSupplyUnknown", money(f.idealCapex(s.id())))
                    .put("idealOpexPerYearWhereSupplyUnknown", money(f.idealOpex(s.id())));
        }
        ObjectNode seed = o.putObject("publishedFigures");
        BigDecimal capex = f.run.costs().nationalCapex().amount();
        seed.put("seedSixSectorsUsd", PublishedFigures.SEED_SIX_SECTORS).put("seedStatus", "unverified");
        seed.put("ratioToSeed", PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS, 4));
        seed.put("press2012InvestmentUsd", PublishedFigures.PRESS_2012_INVESTMENT);
        seed.put("ratioToPress2012Investment", PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT, 4));
        seed.put("press2012RecurrentUsdPerYear", PublishedFigures.PRESS_2012_RECURRENT);
        seed.put("ratioToPress2012Recurrent", PublishedFigures.ratio(f.run.costs().nationalOpex().amount(),
                PublishedFigures.PRESS_2012_RECURRENT, 4));
    }

    private static void plan(ObjectNode o, Figures f) {
        Plan plan = f.run.plan();
        PlanOutcomes out = f.outcomes;
        o.put("planner", plan.planner()).put("firstYear", plan.budget().firstYear())
                .put("lastYear", plan.budget().lastYear());
        ArrayNode notes = o.putArray("notes");
        plan.notes().forEach(notes::add);
        Map<Integer, Money> capex = plan.capexPerYear();
        Map<Integer, Money> recurrent = plan.recurrentPerYear();
        ArrayNode years = o.putArray("years");
        for (Map.Entry<Integer, ? extends Map<String, Money>> e : f.spendBySector.entrySet()) {
            int y = e.getKey();
            ObjectNode yo = years.addObject().put("year", y).put("demand", plan.demand().get(y))
                    .put("ceiling", money(plan.budget().total().get(y))).put("capex", money(capex.get(y)))
                    .put("recurrent", money(recurrent.get(y))).put("gapClosed", out.closedByYear().get(y));
            ObjectNode by = yo.putObject("spendBySector");
            Figures.sectorIds().forEach(s -> by.put(s, money(e.getValue().getOrDefault(s, Money.zero(Money.USD)))));
        }
        o.put("fundedProjects", plan.funded().size()).put("unfundedProjects", plan.unfunded().size())
                .put("fundedCapex", money(out.fundedCapex())).put("recurrentCommitted", money(out.recurrentCommitted()))
                .put("peopleServed", out.peopleServed()).put("peopleInGap", out.peopleInGap())
                .put("districtGini", out.districtGini());
        closed(o.putObject("gapClosedBySector"), out.closedBySector());
        closed(o.putObject("gapClosedByZone"), out.closedByZone());
        ObjectNode nothing = o.putObject("sectorsWithNothing");
        out.sectorsWithNothing().forEach(nothing::put);
        ArrayNode biggest = o.putArray("biggestUnfunded");
        out.biggestUnfunded(10).forEach(i -> biggest.addObject().put("project", i.id()).put("capex", money(i.capex()))
                .put("opexPerYear", money(i.opexPerYear())).put("reason", i.reason()));
        ArrayNode funded = o.putArray("funded");
        for (Plan.Funded p : plan.funded()) {
            funded.addObject().put("start", p.start()).put("opening", p.opening()).put("project", p.project().id())
                    .put("quantity", p.project().quantity()).put("staff", p.project().staff())
                    .put("capex", money(p.project().capex())).put("opexPerYear", money(p.project().opexPerYear()))
                    .put("peopleServed", p.project().peopleServed())
                    .put("priority", p.project().priority().score())
                    .put("priorityInputs", p.project().priority().inputs());
        }
        ArrayNode unfunded = o.putArray("unfunded");
        for (Plan.Unfunded u : plan.unfunded()) {
            unfunded.addObject().put("project", u.project().id()).put("capex", money(u.project().capex()))
                    .put("opexPerYear", money(u.project().opexPerYear()))
                    .put("peopleServed", u.project().peopleServed())
                    .put("priority", u.project().priority().score())
                    .put("priorityInputs", u.project().priority().inputs()).put("reason", u.reason());
        }
        ArrayNode notPlanned = o.putArray("notPlanned");
        plan.notPlanned().forEach(n -> notPlanned.addObject().put("code", n.gap().unit().value())
                .put("sector", n.gap().sector()).put("typology", n.gap().typology()).put("measure", n.gap().measure())
                .put("year", n.year()).put("reason", n.reason()));
    }

    /** Sector by zone and by district: assessed, partly assessed or not assessed, with the sources. */
    private static void coverage(ObjectNode o, Figures f) {
        for (var level : java.util.List.of(Map.entry("zones", f.zoneCoverage), Map.entry("districts",
                f.districtCoverage))) {
            ObjectNode units = o.putObject(level.getKey());
            level.getValue().forEach((unit, bySector) -> {
                ObjectNode u = units.putObject(unit.value());
                bySector.forEach((sector, c) -> {
                    ObjectNode x = u.putObject(sector.id()).put("assessment", c.assessment().id());
                    ArrayNode src = x.putArray("sources");
                    c.sources().forEach(src::add);
                });
            });
        }
    }

    private static void closed(ObjectNode o, Map<String, ? extends Map<Integer, BigDecimal>> rows) {
        rows.forEach((k, v) -> {
            ObjectNode r = o.putObject(k);
            v.forEach((y, x) -> r.put(Integer.toString(y), x));
        });
    }

    private static void assumptions(ArrayNode a, Figures f) {
        for (Assumption x : Assumption.all(f.run)) {
            UncertaintySection.json(a.addObject().put("kind", x.kind()).put("id", x.id())
                    .put("status", x.provenance().status().id()).put("source", x.provenance().source()), x, f);
        }
    }

    /**
     * A figure whose status is not "sourced".
     *
     * @param range how far it could plausibly be, null when none is given
     * @param input its id as a sensitivity input ({@link Uncertainty#costInput}, {@link Uncertainty#parameterInput}),
     *              null when it is none
     */
    record Assumption(String kind, String id, Provenance provenance, Range range, String input) {
        Assumption(String kind, String id, Provenance provenance) {
            this(kind, id, provenance, null, null);
        }

        static java.util.List<Assumption> all(RunResult run) {
            java.util.List<Assumption> list = new java.util.ArrayList<>();
            run.engine().rules().stream().filter(r -> r.provenance().isAssumption())
                    .forEach(r -> list.add(new Assumption("rule", r.name(), r.provenance())));
            run.engine().catalogue().parameters().stream().filter(p -> p.provenance().isAssumption())
                    .forEach(p -> list.add(new Assumption("parameter", p.standard() + "/" + p.name() + " = "
                            + p.value().toPlainString() + " " + p.unit(), p.provenance(), p.range(),
                            Uncertainty.parameterInput(p.standard(), p.name()))));
            run.engine().catalogue().typologies().values().stream().filter(t -> t.provenance().isAssumption())
                    .forEach(t -> list.add(new Assumption("typology", t.code(), t.provenance())));
            run.engine().catalogue().substitutions().stream().filter(x -> x.provenance().isAssumption())
                    .forEach(x -> list.add(new Assumption("substitution", x.typology() + " stands in for "
                            + String.join(", ", new TreeSet<>(x.standsInFor())), x.provenance())));
            run.engine().catalogue().minimumSet().stream().filter(m -> m.provenance().isAssumption())
                    .forEach(m -> list.add(new Assumption("minimum set", m.level().id() + ": " + m.item(),
                            m.provenance())));
            run.unitCosts().all().values().forEach(c -> c.figures().forEach((item, f) -> {
                if (f.provenance().isAssumption()) {
                    list.add(new Assumption("unit cost", c.typology() + " " + item.id() + " = "
                            + c.value(item).toPlainString() + priceYear(c, item), f.provenance(), f.range(),
                            Uncertainty.costInput(c.typology(), item.id())));
                }
            }));
            PriceIndex index = PriceIndex.DEFAULT;
            if (index.provenance().isAssumption()) {
                list.add(new Assumption("price index", "every cost restated to one price year (" + index.coverage()
                        + "); range: the share of the index's change", index.provenance(), PriceIndex.GROWTH_RANGE,
                        Uncertainty.PRICE_INDEX_GROWTH));
            }
            list.addAll(territoryAssumptions(run.territory()));
            list.addAll(ageAssumptions(run.territory()));
            return list;
        }

        private static String priceYear(UnitCost c, UnitCost.Item item) {
            return switch (item) {
                case CAPEX, EQUIPMENT -> " USD of " + c.priceYear();
                case SALARY_PER_STAFF -> " USD of " + c.salaryPriceYear() + " a year";
                default -> "";
            };
        }

        /**
         * The territory's own estimates: the people of a parish split among circuits, apportioned by the shares the
         * territory gives (the census counts a parish as a whole), and a population projected past the census.
         */
        static java.util.List<Assumption> territoryAssumptions(Territory t) {
            java.util.List<Assumption> list = new java.util.ArrayList<>();
            long split = t.parishes().stream().filter(p -> t.partsOf(p.code()).size() > 1).count();
            if (split > 0) {
                long circuits = t.parishes().stream().filter(p -> t.partsOf(p.code()).size() > 1)
                        .flatMap(p -> t.partsOf(p.code()).stream()).map(CircuitPart::circuit)
                        .distinct().count();
                list.add(new Assumption("territory", split + " parishes split among " + circuits + " circuits",
                        Provenance.estimated("the people of a parish held by several circuits are apportioned by the"
                                + " circuits' shares of the parish (the census counts the parish as a whole; the"
                                + " reference shares are SENPLADES' 2001/2010 populations, see docs/DATA.md)")));
            }
            if (t.year() != t.censusYear()) {
                list.add(new Assumption("territory", "population of " + t.year() + " projected from the census of "
                        + t.censusYear(), Provenance.estimated("each parish scaled by its canton's projection"
                        + " (INEC estimates and projections, revision 2024)")));
            }
            return list;
        }

        /**
         * How the target groups were formed: the interpolation of the census structures, any structure that is not a
         * census count, the assumed shares only where a parish with people fell back to them, and the projection's
         * constant structure.
         */
        static java.util.List<Assumption> ageAssumptions(Territory t) {
            java.util.List<Assumption> list = new java.util.ArrayList<>();
            java.util.Map<Provenance, java.util.List<String>> byProvenance = new java.util.TreeMap<>(
                    java.util.Comparator.comparing(Provenance::source).thenComparing(Provenance::status));
            long censusParishes = 0;
            long shareParishes = 0;
            for (io.github.desconcentra.territory.Parish p : t.parishes()) {
                java.util.Set<AgeBasis> basis = t.ageBasis(p.code());
                if (basis.contains(AgeBasis.CENSUS_STRUCTURE)) {
                    censusParishes++;
                    t.ageStructure(p.code()).ifPresent(s -> byProvenance.computeIfAbsent(s.provenance(),
                            k -> new java.util.ArrayList<>()).add(p.code().value()));
                } else if (basis.contains(AgeBasis.ASSUMED_SHARES)) {
                    shareParishes++;
                }
            }
            if (censusParishes > 0) {
                String groups = java.util.Arrays.stream(AgeGroup.values()).filter(AgeStructure::interpolates)
                        .map(AgeGroup::id).collect(java.util.stream.Collectors.joining(", "));
                list.add(new Assumption("age groups", groups + " of " + censusParishes + " parishes",
                        Provenance.estimated("interpolated from each parish's five-year age groups: "
                                + AgeStructure.METHOD)));
            }
            byProvenance.forEach((p, parishes) -> {
                if (p.isAssumption()) {
                    list.add(new Assumption("age structure", parishes.size() <= 5 ? String.join(" ", parishes)
                            : parishes.size() + " parishes", p));
                }
            });
            if (shareParishes > 0) {
                for (AgeGroup g : AgeGroup.values()) {
                    Provenance p = t.data().ageShares().provenance().get(g);
                    if (p.isAssumption()) {
                        list.add(new Assumption("age share", g.id() + " = " + t.data().ageShares().share(g)
                                .toPlainString() + " for " + shareParishes + " parishes without an age structure", p));
                    }
                }
            }
            if (t.year() != t.censusYear() && censusParishes > 0) {
                list.add(new Assumption("age structure", "census " + t.censusYear() + " structure kept in " + t.year(),
                        Provenance.assumed("each parish's census age structure is scaled to its projected population;"
                                + " ageing is not projected (no age-specific projections)")));
            }
            return list;
        }
    }
}
