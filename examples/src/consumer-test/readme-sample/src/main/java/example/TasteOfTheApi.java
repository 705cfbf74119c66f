package example;

import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventoryIo;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.AgeBasis;
import io.github.desconcentra.territory.Boundaries;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.Demographics;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryValidator;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ValidationReport;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The README's "A taste of the API", as an embedder's program: the code between the markers is the README's code
 * block (a test of the main build checks they are the same). Run from this folder, which holds {@code my-territory/}
 * and {@code inventory.csv}.
 */
public final class TasteOfTheApi {
    private TasteOfTheApi() {
    }

    public static void main(String[] args) {
        // README: begin
        Territory ecuador = ReferenceTerritory.territory();              // validated, immutable, indexed
        Territory in2030 = ecuador.projectedTo(2030);                     // INEC canton projections

        DistrictCode quitoCentre = DistrictCode.of("17D05");
        long people = in2030.population(quitoCentre);
        List<UnitCode> circuits = in2030.children(quitoCentre);          // 17D05C01, 17D05C02, ...
        List<CircuitCode> holding = in2030.circuitsHolding(ParishCode.of("170150")); // Quito's urban seat: 44 circuits
        List<CircuitCode> condado = in2030.circuitsHolding(ParishCode.of("170110"));  // its urban parish El Condado: 3
        List<CircuitCode> tarqui = in2030.circuitsHolding(ParishCode.of("090112"), DistrictCode.of("09D06")); // narrowed
        Demographics d = in2030.demographics(circuits.get(0));           // total, 0-2, 1-2, 3-4, 5-17, 5-14, 15-17, 65+
        Set<AgeBasis> how = in2030.ageBasis(circuits.get(0));            // [CENSUS_STRUCTURE]: INEC 2022, interpolated
        System.out.printf("%s: %d people in 2030 in %d circuits; 170150 is in %d circuits, 170110 in %d, 090112 in %d"
                + " of 09D06%n", quitoCentre.value(), people, circuits.size(), holding.size(), condado.size(),
                tarqui.size());
        System.out.println(circuits.get(0).value() + ": " + d.total() + " people, " + d.schoolAge5to17()
                + " of school age, known by " + how);

        Boundaries map = ecuador.boundaries().orElseThrow();              // parish polygons, read on first use
        Outline zone9 = map.outline(ZoneCode.of("Z9"));                   // JTS geometry dissolved from its parishes
        Optional<ParishCode> where = map.parishAt(new Coordinates(-0.2201, -78.5123));   // 170150, Quito
        System.out.println("Z9 outline: " + zone9.geometry().getGeometryType() + "; (-0.2201, -78.5123) is in parish "
                + where.map(ParishCode::value).orElse("none"));

        Territory mine = TerritoryCsv.load(Path.of("my-territory"));    // every problem at once, with file:line
        ValidationReport report = TerritoryValidator.validate(mine.data());
        System.out.println("my territory: " + mine.circuits().size() + " circuits, " + report.errors().size()
                + " errors, " + report.warnings().size() + " warnings");

        StandardsEngine standards = StandardsEngine.embedded();           // precompiled Drools rules
        Inventory supply = InventoryIo.read(Path.of("inventory.csv"), in2030, standards.catalogue());
        Evaluation gap = standards.evaluate(in2030, supply, EvaluationOptions.DEFAULTS.withThreads(2));
        gap.lines().stream().filter(line -> line.code().equals(circuits.get(0)))
                .forEach(line -> System.out.println(line.code().value() + " " + line.typology() + " "
                        + line.measure().id() + " deficit " + line.deficit() + " (" + line.rule() + ")"));
        // README: end
    }
}
