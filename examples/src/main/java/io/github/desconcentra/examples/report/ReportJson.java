package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.io.UncheckedIOException;
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

    /**
     * Writes the document field by field through a generator on a buffered stream, in the order of its sections: no
     * tree and no whole-file string is made.
     */
    static void write(Figures f, Instant timestamp, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).setPrettyPrinter(new ReportPrettyPrinter())) {
                write(new JsonStream(g), f, timestamp);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.write('\n');
        }
    }

    private static void write(JsonStream j, Figures f, Instant timestamp) {
        RunResult run = f.run;
        Territory t = run.territory();
        j.startObject();
        j.object("metadata");
        j.put("library", "desconcentra");
        j.put("version", Version.get());
        j.put("territory", run.territoryLabel());
        j.put("year", t.year());
        j.put("priceYear", run.costs().priceYear());
        j.put("currency", "USD");
        j.put("inventory", run.inventoryLabel());
        j.object("inventoryRecords");
        j.put("read", run.inventory().read());
        j.put("accepted", run.inventory().establishments().size());
        j.put("excluded", run.inventory().excluded().size());
        j.put("rejected", run.inventory().rejected().size());
        j.array("files");
        for (io.github.desconcentra.standards.Inventory.FileAccount a : run.inventory().files()) {
            j.startObject().put("file", a.file()).put("source", a.source()).put("read", a.read())
                    .put("accepted", a.accepted()).put("excluded", a.excluded()).put("rejected", a.rejected()).end();
        }
        j.end().end();
        j.array("sampleSectors");
        run.sampleSectors().forEach(j::add);
        j.end();
        j.array("inventorySources");
        // The sources' format is shared with sources.json (InventorySources.write): a few small objects, made there.
        run.inventory().sources().forEach(x -> j.addTree(io.github.desconcentra.standards.InventorySources.fill(
                MAPPER.createObjectNode(), x)));
        j.end();
        j.object("inputs");
        run.inputs().forEach(j::put);
        j.end();
        j.object("parameters");
        run.parameters().forEach(j::put);
        j.end();
        if (timestamp != null) {
            j.put("timestamp", timestamp.toString());
        }
        j.end();
        j.object("standards");
        standards(j, run);
        j.end();
        j.object("national");
        national(j, f);
        j.end();
        j.object("uncertainty");
        UncertaintySection.json(j, f);
        j.end();
        j.array("zones");
        for (Zone z : t.zones()) {
            j.startObject();
            j.put("code", z.code().value()).put("name", z.name()).put("population", t.population(z.code()))
                    .put("districts", t.children(z.code()).size())
                    .put("circuits", t.children(z.code()).stream().mapToInt(d -> t.children(d).size()).sum());
            j.put("capex", money(f.capex(z.code()))).put("opexPerYear", money(f.opex(z.code())));
            j.object("capexBySector");
            Figures.sectorIds().forEach(s -> j.put(s, money(f.capex(z.code(), s))));
            j.end().end();
        }
        j.end();
        // Rendered by the reports' first stage when there is one; else written here as they are made.
        Map<String, RenderedJson> rendered = f.renderedJsonIfAhead();
        for (String name : RENDERED) {
            if (rendered != null) {
                j.putRendered(name, rendered.get(name));
            } else {
                j.fieldName(name);
                value(j, f, name);
            }
        }
        j.object("plan");
        plan(j, f);
        j.end();
        j.array("assumptions");
        assumptions(j, f);
        j.end();
        j.end();
    }

    /**
     * The top-level fields of report.json that need no plan, in the file's order (they stand between {@code zones}
     * and {@code plan}): rendered by the reports' first stage when there is one, and copied into the file.
     */
    static final java.util.List<String> RENDERED = java.util.List.of("dataCoverage", "deficits", "costs",
            "idealWhereSupplyUnknown");

    /**
     * Renders the {@link #RENDERED} fields' values as report.json holds them: at the depth of a top-level field, with
     * the same generator settings and printer (the separator before the value is the generator's, when copied).
     */
    static Map<String, RenderedJson> render(Figures f) {
        Map<String, RenderedJson> out = new java.util.HashMap<>();
        for (String name : RENDERED) {
            out.put(name, render(name, j -> value(j, f, name)));
        }
        return out;
    }

    /** Writes the value of one of the {@link #RENDERED} fields. */
    private static void value(JsonStream j, Figures f, String name) {
        switch (name) {
            case "dataCoverage" -> {
                j.startObject();
                coverage(j, f);
                j.end();
            }
            case "deficits" -> deficits(j, f);
            case "costs" -> costs(j, f);
            case "idealWhereSupplyUnknown" -> idealWhereSupplyUnknown(j, f);
            default -> throw new IllegalArgumentException(name);
        }
    }

    /**
     * Renders one top-level field's value as report.json holds it (the report's generator settings and printer, at the
     * depth of a top-level field), for {@link JsonStream#putRendered}.
     */
    static RenderedJson render(String name, java.util.function.Consumer<JsonStream> value) {
        RenderedJson.Bytes bytes = new RenderedJson.Bytes();
        try (JsonGenerator g = MAPPER.createGenerator(bytes, JsonEncoding.UTF8)
                .setPrettyPrinter(new ReportPrettyPrinter())) {
            g.writeStartObject();
            g.writeFieldName(name);
            g.flush();
            bytes.clear();
            value.accept(new JsonStream(g));
            g.flush();
            // The generator wrote the separator before the value; it writes it again where the value is copied.
            return bytes.after(FIELD_VALUE_SEPARATOR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the report's printer writes between a field's name and its value. */
    private static final byte[] FIELD_VALUE_SEPARATOR = " : ".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static void deficits(JsonStream j, Figures f) {
        RunResult run = f.run;
        j.startArray();
        // The engine shares one sources list among the lines citing the same sources: each is joined once.
        Map<java.util.List<String>, String> sourcesText = new java.util.IdentityHashMap<>();
        for (DeficitLine l : run.evaluation().lines()) {
            boolean unknown = l.assessment() == io.github.desconcentra.standards.Assessment.NOT_ASSESSED
                    || l.scope() == DeficitLine.Scope.REQUIREMENT;
            j.startObject().put("scope", l.scope().id()).put("level", l.level().id())
                    .put("code", l.code().value()).put("name", l.name()).put("sector", l.sector().id())
                    .put("typology", l.typology()).put("measure", l.measure().id()).put("required", l.required());
            if (unknown) {
                j.putNull("usableSupply").putNull("repairSupply").putNull("deficit").putNull("surplus")
                        .putNull("coverage");
            } else {
                j.put("usableSupply", l.usableSupply()).put("repairSupply", l.repairSupply())
                        .put("deficit", l.deficit()).put("surplus", l.surplus()).put("coverage", l.coverage());
            }
            j.put("assessment", l.assessment().id()).put("comparedAt", l.comparedAt().value())
                    .put("comparison", l.comparison())
                    .put("sources", sourcesText.computeIfAbsent(l.sources(), k -> l.sourcesText()))
                    .put("rule", l.rule()).put("standard", l.standard())
                    .put("standardStatus", l.provenance().status().id()).put("status", l.status().id())
                    .put("inputs", l.inputs()).end();
        }
        j.end();
    }

    private static void costs(JsonStream j, Figures f) {
        RunResult run = f.run;
        j.startArray();
        for (CostLine c : run.costs().lines()) {
            j.startObject().put("scope", c.scope()).put("level", c.level().id()).put("code", c.unit().value())
                    .put("sector", c.sector()).put("typology", c.typology()).put("action", c.action())
                    .put("quantity", c.quantity()).put("capex", money(c.capex()))
                    .put("opexPerYear", money(c.opexPerYear())).put("rule", c.rule()).put("sources", c.sources())
                    .put("status", c.statusId()).end();
        }
        j.end();
    }

    private static void idealWhereSupplyUnknown(JsonStream j, Figures f) {
        RunResult run = f.run;
        j.startArray();
        for (CostLine c : run.costs().idealWhereUnknown()) {
            j.startObject().put("scope", c.scope()).put("level", c.level().id()).put("code", c.unit().value())
                    .put("sector", c.sector()).put("typology", c.typology()).put("action", c.action())
                    .put("quantity", c.quantity()).put("capex", money(c.capex()))
                    .put("opexPerYear", money(c.opexPerYear())).put("rule", c.rule()).put("status", c.statusId())
                    .end();
        }
        j.end();
    }

    static BigDecimal money(Money m) {
        return m.amount();
    }

    private static void standards(JsonStream j, RunResult run) {
        j.array("rules");
        for (RuleInfo r : run.engine().rules()) {
            j.startObject().put("name", r.name()).put("sector", r.sector().id()).put("standard", r.standard())
                    .put("level", r.level().id()).put("typology", r.typology()).put("source", r.provenance().source())
                    .put("status", r.provenance().status().id()).end();
        }
        j.end();
        j.array("parameters");
        for (Parameter p : run.engine().catalogue().parameters()) {
            j.startObject().put("standard", p.standard()).put("name", p.name()).put("value", p.value())
                    .put("unit", p.unit()).put("source", p.provenance().source())
                    .put("status", p.provenance().status().id()).end();
        }
        j.end();
        j.array("typologies");
        for (Typology t : run.engine().catalogue().typologies().values()) {
            j.startObject().put("code", t.code()).put("sector", t.sector().id()).put("nameEs", t.nameEs())
                    .put("nameEn", t.nameEn()).put("level", t.level().id()).put("capacity", t.capacity())
                    .put("source", t.provenance().source()).put("status", t.provenance().status().id()).end();
        }
        j.end();
        j.array("unitCosts");
        for (UnitCost c : run.unitCosts().all().values()) {
            j.startObject().put("typology", c.typology()).put("basis", c.basis().id())
                    .put("capex", money(c.capex())).put("equipment", money(c.equipment()))
                    .put("priceYear", c.priceYear()).put("source", c.provenance().source())
                    .put("status", c.provenance().status().id()).end();
        }
        j.end();
    }

    private static void national(JsonStream j, Figures f) {
        Territory t = f.run.territory();
        UnitCode nation = t.nation().code();
        j.put("population", t.population(nation));
        j.put("zones", t.zones().size()).put("districts", t.districts().size()).put("circuits", t.circuits().size());
        j.put("capex", money(f.run.costs().nationalCapex()));
        j.put("opexPerYear", money(f.run.costs().nationalOpex()));
        j.array("sectors");
        for (Sector s : Sector.values()) {
            j.startObject().put("sector", s.id());
            for (Measure m : Measure.values()) {
                j.put("deficit" + Character.toUpperCase(m.id().charAt(0)) + m.id().substring(1),
                        f.nationalDeficit.get(s).get(m));
            }
            j.put("capex", money(f.capex(nation, s.id()))).put("opexPerYear", money(f.opex(nation, s.id())));
            for (Measure m : Measure.values()) {
                String name = Character.toUpperCase(m.id().charAt(0)) + m.id().substring(1);
                j.put("upperBoundDeficit" + name, f.upperBound.get(s).get(m));
                j.put("requiredWhereSupplyUnknown" + name, f.unknownRequired.get(s).get(m));
            }
            j.put("idealCapexWhereSupplyUnknown", money(f.idealCapex(s.id())))
                    .put("idealOpexPerYearWhereSupplyUnknown", money(f.idealOpex(s.id()))).end();
        }
        j.end();
        j.object("publishedFigures");
        BigDecimal capex = f.run.costs().nationalCapex().amount();
        j.put("seedSixSectorsUsd", PublishedFigures.SEED_SIX_SECTORS).put("seedStatus", "unverified");
        j.put("ratioToSeed", PublishedFigures.ratio(capex, PublishedFigures.SEED_SIX_SECTORS, 4));
        j.put("press2012InvestmentUsd", PublishedFigures.PRESS_2012_INVESTMENT);
        j.put("ratioToPress2012Investment", PublishedFigures.ratio(capex, PublishedFigures.PRESS_2012_INVESTMENT, 4));
        j.put("press2012RecurrentUsdPerYear", PublishedFigures.PRESS_2012_RECURRENT);
        j.put("ratioToPress2012Recurrent", PublishedFigures.ratio(f.run.costs().nationalOpex().amount(),
                PublishedFigures.PRESS_2012_RECURRENT, 4));
        j.end();
    }

    private static void plan(JsonStream j, Figures f) {
        Plan plan = f.run.plan();
        PlanOutcomes out = f.outcomes();
        j.put("planner", plan.planner()).put("firstYear", plan.budget().firstYear())
                .put("lastYear", plan.budget().lastYear());
        j.array("notes");
        plan.notes().forEach(j::add);
        j.end();
        Map<Integer, Money> capex = f.capexPerYear();
        Map<Integer, Money> recurrent = f.recurrentPerYear();
        j.array("years");
        for (Map.Entry<Integer, ? extends Map<String, Money>> e : f.spendBySector().entrySet()) {
            int y = e.getKey();
            j.startObject().put("year", y).put("demand", plan.demand().get(y))
                    .put("ceiling", money(plan.budget().total().get(y))).put("capex", money(capex.get(y)))
                    .put("recurrent", money(recurrent.get(y))).put("gapClosed", out.closedByYear().get(y));
            j.object("spendBySector");
            Figures.sectorIds().forEach(s -> j.put(s, money(e.getValue().getOrDefault(s, Money.zero(Money.USD)))));
            j.end().end();
        }
        j.end();
        j.put("fundedProjects", plan.funded().size()).put("unfundedProjects", plan.unfunded().size())
                .put("fundedCapex", money(out.fundedCapex())).put("recurrentCommitted", money(out.recurrentCommitted()))
                .put("peopleServed", out.peopleServed()).put("peopleInGap", out.peopleInGap())
                .put("districtGini", out.districtGini());
        j.object("gapClosedBySector");
        closed(j, out.closedBySector());
        j.end();
        j.object("gapClosedByZone");
        closed(j, out.closedByZone());
        j.end();
        j.object("sectorsWithNothing");
        out.sectorsWithNothing().forEach(j::put);
        j.end();
        j.array("biggestUnfunded");
        out.biggestUnfunded(10).forEach(i -> j.startObject().put("project", i.id()).put("capex", money(i.capex()))
                .put("opexPerYear", money(i.opexPerYear())).put("reason", i.reason()).end());
        j.end();
        j.array("funded");
        for (Plan.Funded p : plan.funded()) {
            j.startObject().put("start", p.start()).put("opening", p.opening()).put("project", p.project().id())
                    .put("quantity", p.project().quantity()).put("staff", p.project().staff())
                    .put("capex", money(p.project().capex())).put("opexPerYear", money(p.project().opexPerYear()))
                    .put("peopleServed", p.project().peopleServed())
                    .put("priority", p.project().priority().score())
                    .put("priorityInputs", p.project().priority().inputs()).end();
        }
        j.end();
        j.array("unfunded");
        for (Plan.Unfunded u : plan.unfunded()) {
            j.startObject().put("project", u.project().id()).put("capex", money(u.project().capex()))
                    .put("opexPerYear", money(u.project().opexPerYear()))
                    .put("peopleServed", u.project().peopleServed())
                    .put("priority", u.project().priority().score())
                    .put("priorityInputs", u.project().priority().inputs()).put("reason", u.reason()).end();
        }
        j.end();
        j.array("notPlanned");
        plan.notPlanned().forEach(n -> j.startObject().put("code", n.gap().unit().value())
                .put("sector", n.gap().sector()).put("typology", n.gap().typology()).put("measure", n.gap().measure())
                .put("year", n.year()).put("reason", n.reason()).end());
        j.end();
    }

    /** Sector by zone and by district: assessed, partly assessed or not assessed, with the sources. */
    private static void coverage(JsonStream j, Figures f) {
        for (var level : java.util.List.of(Map.entry("zones", f.zoneCoverage()), Map.entry("districts",
                f.districtCoverage()))) {
            j.object(level.getKey());
            level.getValue().forEach((unit, bySector) -> {
                j.object(unit.value());
                bySector.forEach((sector, c) -> {
                    j.object(sector.id()).put("assessment", c.assessment().id());
                    j.array("sources");
                    c.sources().forEach(j::add);
                    j.end().end();
                });
                j.end();
            });
            j.end();
        }
    }

    private static void closed(JsonStream j, Map<String, ? extends Map<Integer, BigDecimal>> rows) {
        rows.forEach((k, v) -> {
            j.object(k);
            v.forEach((y, x) -> j.put(Integer.toString(y), x));
            j.end();
        });
    }

    private static void assumptions(JsonStream j, Figures f) {
        for (Assumption x : Assumption.all(f.run)) {
            j.startObject().put("kind", x.kind()).put("id", x.id())
                    .put("status", x.provenance().status().id()).put("source", x.provenance().source());
            UncertaintySection.json(j, x, f);
            j.end();
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
