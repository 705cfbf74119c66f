package io.github.desconcentra.examples;

import io.github.desconcentra.costing.Budget;
import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.GapSeries;
import io.github.desconcentra.costing.Money;
import io.github.desconcentra.costing.Plan;
import io.github.desconcentra.costing.Planner;
import io.github.desconcentra.costing.PriorityPolicy;
import io.github.desconcentra.costing.Projects;
import io.github.desconcentra.costing.TypologySize;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.examples.cli.Gaps;
import io.github.desconcentra.examples.report.ReportOptions;
import io.github.desconcentra.examples.report.Reports;
import io.github.desconcentra.examples.report.RunResult;
import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.AgeShares;
import io.github.desconcentra.territory.Canton;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.Circuit;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Nation;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Parish;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.ParishKind;
import io.github.desconcentra.territory.ParishShare;
import io.github.desconcentra.territory.PopulationProjections;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Province;
import io.github.desconcentra.territory.ProvinceCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryData;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.ZoneCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports without the command line: a territory built in code (the canton of Sigchos, five parishes in four
 * circuits of one district, populations of the 2022 census), its own police and fire inventory declared complete
 * for the canton, evaluated, costed and planned for 2027-2031 at USD 2 million a year, and every report (summary, CSVs,
 * report.json, GeoJSON, report.html, report.xlsx) written with {@link Reports#write(RunResult, Path, ReportOptions)}
 * in English.
 */
public final class WriteAReportExample {
    private WriteAReportExample() {
    }

    /**
     * Writes the reports into the folder named by the first argument (default {@code sigchos-report}) and prints
     * the summary.
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "sigchos-report");
        RunResult run = sigchosRun();
        String summary = Reports.write(run, out, ReportOptions.defaults().withLanguage(ReportOptions.ENGLISH));
        System.out.print(summary);
        System.out.println("wrote " + String.join(", ", Reports.FILES) + " into " + out);
    }

    /** Sigchos evaluated for police and fire, costed and planned for 2027-2031 at USD 2 million a year. */
    static RunResult sigchosRun() {
        Territory sigchos = Territory.of(sigchos(), "Sigchos, built in code");
        StandardsEngine engine = StandardsEngine.embedded();
        Inventory inventory = inventory();
        EnumSet<Sector> sectors = EnumSet.of(Sector.POLICE, Sector.FIRE);
        Evaluation evaluation = engine.evaluate(sigchos, inventory, EvaluationOptions.DEFAULTS.withSectors(sectors));
        UnitCosts unitCosts = UnitCosts.defaults();
        List<Gap> gaps = Gaps.of(evaluation);
        CostReport costs = new CostCalculator(unitCosts, CostPolicy.DEFAULTS).cost(sigchos, gaps);
        List<TypologySize> sizes = engine.catalogue().typologies().values().stream()
                .map(t -> new TypologySize(t.code(), t.capacity(), t.staffTotal())).toList();
        // The demand of the census year held for every year of the plan: the example has no projections.
        GapSeries series = new GapSeries(java.util.stream.IntStream.rangeClosed(2027, 2031)
                .mapToObj(y -> new GapSeries.Year(y, sigchos, gaps, "population of 2022")).toList());
        Projects projects = Projects.of(series, unitCosts, CostPolicy.DEFAULTS, sizes, PriorityPolicy.DEFAULT);
        Plan plan = new Planner(PriorityPolicy.DEFAULT).plan(projects, Budget.perYear(Money.parse("2000000",
                Money.USD), 2027, 2031));
        return new RunResult("Sigchos, built in code", sigchos, "sigchos-brigade (2026)", inventory,
                List.of(), engine, unitCosts, evaluation, costs, plan, Map.of(), Map.of("sectors", "fire,police"));
    }

    /** The canton of Sigchos (Cotopaxi): 2022 census populations, circuits of district 05D05. */
    static TerritoryData sigchos() {
        CantonCode canton = CantonCode.of("0507");
        List<Parish> parishes = List.of(
                parish("050750", "SIGCHOS", ParishKind.URBAN_SEAT, -0.617782, -78.912172, 7560),
                parish("050751", "CHUGCHILLÁN", ParishKind.RURAL, -0.830785, -78.982344, 6075),
                parish("050752", "ISINLIVI", ParishKind.RURAL, -0.782737, -78.854841, 1945),
                parish("050753", "LAS PAMPAS", ParishKind.RURAL, -0.471081, -78.969481, 1850),
                parish("050754", "PALO QUEMADO", ParishKind.RURAL, -0.429687, -78.906269, 1030));
        DistrictCode district = DistrictCode.of("05D05");
        List<Circuit> circuits = List.of(
                circuit("05D05C01", "SIGCHOS", district, "050750"),
                circuit("05D05C02", "LAS PAMPAS, PALO QUEMADO", district, "050753", "050754"),
                circuit("05D05C03", "CHUGCHILLÁN", district, "050751"),
                circuit("05D05C04", "ISINLIVI", district, "050752"));
        return new TerritoryData(new Nation(NationCode.of("EC"), "Sigchos"), 2022,
                List.of(new Province(ProvinceCode.of("05"), "COTOPAXI")),
                List.of(new Canton(canton, "SIGCHOS", ProvinceCode.of("05"))), parishes,
                List.of(new Zone(ZoneCode.of("Z3"), "Zona 3", Set.of())),
                List.of(new District(district, "SIGCHOS", ZoneCode.of("Z3"), ParishCode.of("050750"))), circuits,
                List.of(), AgeShares.ECUADOR_2022_ASSUMED, PopulationProjections.NONE);
    }

    private static Parish parish(String code, String name, ParishKind kind, double lat, double lon, long people) {
        return new Parish(ParishCode.of(code), name, CantonCode.of("0507"), kind, new Coordinates(lat, lon), people,
                "cpv2022");
    }

    private static Circuit circuit(String code, String name, DistrictCode district, String... parishes) {
        return new Circuit(CircuitCode.of(code), name, district, java.util.Arrays.stream(parishes)
                .map(p -> new ParishShare(ParishCode.of(p), BigDecimal.ONE)).toList());
    }

    /** One community police unit in the seat and one fire station, declared every one the canton has. */
    static Inventory inventory() {
        InventorySource source = new InventorySource("sigchos-brigade", "Police and fire units of Sigchos",
                "the canton's own survey", "2026", Provenance.Status.SOURCED, List.of(
                new InventorySource.Coverage(Sector.POLICE, Set.of(), EnumSet.allOf(Measure.class),
                        Set.of(CantonCode.of("0507")), true, "every unit in the canton"),
                new InventorySource.Coverage(Sector.FIRE, Set.of(), EnumSet.allOf(Measure.class),
                        Set.of(CantonCode.of("0507")), true, "every station in the canton")), "an example");
        return new Inventory(List.of(
                new Establishment("UPC-SIGCHOS", Sector.POLICE, "UPC_A", ParishCode.of("050750"), null, null,
                        Condition.GOOD, 0, 16, "UPC Sigchos").withSource("sigchos-brigade"),
                new Establishment("BOMBEROS-SIGCHOS", Sector.FIRE, "ESTACION_BOMBEROS", ParishCode.of("050750"), null,
                        null, Condition.NEEDS_REPAIR, 0, 12, "Estación Sigchos").withSource("sigchos-brigade")),
                List.of(), List.of(), List.of(source), List.of());
    }
}
