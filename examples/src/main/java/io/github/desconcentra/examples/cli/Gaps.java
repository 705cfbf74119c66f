package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import java.util.List;

/** Adapts an evaluation's standard lines to the costing module's gaps. */
final class Gaps {
    private Gaps() {
    }

    static List<Gap> of(Evaluation evaluation) {
        return evaluation.lines(DeficitLine.Scope.STANDARD).stream()
                .map(l -> new Gap(l.code(), l.sector().id(), l.typology(), l.measure().id(), l.required(), l.deficit(),
                        l.repairSupply(), l.rule(), l.supply(), true))
                .toList();
    }
}
