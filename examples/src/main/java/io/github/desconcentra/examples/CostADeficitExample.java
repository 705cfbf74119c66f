package io.github.desconcentra.examples;

import io.github.desconcentra.costing.CostCalculator;
import io.github.desconcentra.costing.CostLine;
import io.github.desconcentra.costing.CostPolicy;
import io.github.desconcentra.costing.CostReport;
import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.UnitCosts;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.List;

/** Cost a deficit written by hand: a district missing two type-C health centres and 40 health professionals. */
public final class CostADeficitExample {
    private CostADeficitExample() {
    }

    /** Prints the cost lines of the district. */
    public static void main(String[] args) {
        Territory t = ReferenceTerritory.territory();
        DistrictCode d = DistrictCode.of("22D01");
        List<Gap> gaps = List.of(
                new Gap(d, "health", "CS_C", "establishments", 3, 2, 1, "A district needs a health centre type C"),
                new Gap(d, "health", "EQUIPO_SALUD", "staff", 120, 40, 0, "WHO density"));
        CostReport report = new CostCalculator(UnitCosts.defaults(), CostPolicy.DEFAULTS.withPriceYear(2024))
                .cost(t, gaps);
        for (CostLine l : report.lines()) {
            System.out.printf("%-8s %-8s %-7s %-13s %-9s %3d  capex %s  opex/yr %s%n", l.scope(), l.unit(),
                    l.sector(), l.typology(), l.action(), l.quantity(), l.capex(), l.opexPerYear());
        }
    }
}
