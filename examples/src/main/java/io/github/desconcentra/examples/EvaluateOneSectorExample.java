package io.github.desconcentra.examples;

import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.reference.ReferenceTerritory;
import java.util.EnumSet;

/** Evaluate the health standards and print the lines of one district (Sigchos, a pilot "ideal" district). */
public final class EvaluateOneSectorExample {
    private EvaluateOneSectorExample() {
    }

    /** {@code EvaluateOneSectorExample [DISTRICT]}, default 05D05. */
    public static void main(String[] args) {
        Territory t = ReferenceTerritory.territory();
        DistrictCode district = DistrictCode.of(args.length > 0 ? args[0] : "05D05");
        Evaluation e = StandardsEngine.embedded().evaluate(t, Inventory.EMPTY,
                EvaluationOptions.DEFAULTS.withSectors(EnumSet.of(Sector.HEALTH)));
        for (DeficitLine l : e.lines()) {
            if (l.code().equals(district) || t.ancestors(l.code()).contains(district)) {
                System.out.printf("%-9s %-8s %-13s %-14s required %,7d deficit %,7d  %s%n", l.scope().id(),
                        l.code(), l.typology(), l.measure().id(), l.required(), l.deficit(), l.rule());
            }
        }
    }
}
