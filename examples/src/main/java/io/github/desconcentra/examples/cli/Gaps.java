package io.github.desconcentra.examples.cli;

import io.github.desconcentra.costing.Gap;
import io.github.desconcentra.costing.SupplyAssessment;
import io.github.desconcentra.standards.Assessment;
import io.github.desconcentra.standards.DeficitLine;
import io.github.desconcentra.standards.Evaluation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts an evaluation's compared lines (standard lines, and comparison lines where supply is located only at a
 * coarser unit) to the costing module's gaps, with how far their supply is known, its sources and the weakest status.
 * Requirement-only lines are not gaps: their requirement is compared, and costed, on their comparison line.
 */
public final class Gaps {
    private Gaps() {
    }

    /** The gap lines of an evaluation. */
    public static List<Gap> of(Evaluation evaluation) {
        return of(evaluation.comparedLines());
    }

    /** The gaps of compared lines (standard and comparison lines), in their order. */
    public static List<Gap> of(List<DeficitLine> compared) {
        // Lines citing the same sources share one list: its text is joined once, not once per line (a plan evaluates
        // every year's lines).
        Map<List<String>, String> texts = new IdentityHashMap<>();
        Gap[] out = new Gap[compared.size()];
        for (int i = 0; i < out.length; i++) {
            DeficitLine l = compared.get(i);
            String sources = texts.get(l.sources());
            if (sources == null) {
                sources = l.sourcesText();
                texts.put(l.sources(), sources);
            }
            out[i] = new Gap(l.code(), l.sector().id(), l.typology(), l.measure().id(), l.required(), l.deficit(),
                    l.repairSupply(), l.rule(), l.supply(), assessment(l.assessment()), sources, l.status());
        }
        return List.of(out);
    }

    static SupplyAssessment assessment(Assessment a) {
        return switch (a) {
            case ASSESSED -> SupplyAssessment.ASSESSED;
            case PARTLY_ASSESSED -> SupplyAssessment.PARTLY_ASSESSED;
            case NOT_ASSESSED -> SupplyAssessment.NOT_ASSESSED;
        };
    }
}
