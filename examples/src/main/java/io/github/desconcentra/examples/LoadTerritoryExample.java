package io.github.desconcentra.examples;

import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Outline;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.Zone;
import io.github.desconcentra.territory.io.TerritoryCsv;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.nio.file.Path;

/**
 * Load a territory (the embedded one, or a folder given as argument), walk its hierarchies, project it, and use its
 * parish boundaries: a district's outline and the parish of a point.
 */
public final class LoadTerritoryExample {
    private LoadTerritoryExample() {
    }

    /** {@code LoadTerritoryExample [FOLDER]}. */
    public static void main(String[] args) {
        Territory t = args.length > 0 ? TerritoryCsv.load(Path.of(args[0])) : ReferenceTerritory.territory();
        System.out.println(t);
        for (Zone z : t.zones()) {
            System.out.printf("%s: %d districts, %,d people%n", z.code(), t.children(z.code()).size(),
                    t.population(z.code()));
        }
        if (args.length == 0) {
            ParishCode quito = ParishCode.of("170150");
            System.out.println("Quito's urban seat is split among " + t.circuitsHolding(quito).size()
                    + " circuits of districts " + t.districtsHolding(quito));
            DistrictCode sigchos = DistrictCode.of("05D05");
            Territory in2030 = t.projectedTo(2030);
            System.out.println("Sigchos in 2030: " + in2030.demographics(sigchos) + ", age groups from "
                    + in2030.ageBasis(sigchos));
            t.boundaries().ifPresent(map -> {
                Outline outline = map.outline(sigchos);
                System.out.printf("Sigchos' outline: %s of %d points, exact: %s%n", outline.geometry()
                        .getGeometryType(), outline.geometry().getNumPoints(), outline.exact());
                System.out.println("A school at -0.7045, -78.8912 is in parish "
                        + map.parishAt(new Coordinates(-0.7045, -78.8912)).map(ParishCode::value).orElse("none"));
            });
        }
    }
}
