package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.examples.SigchosRun;
import org.junit.jupiter.api.Test;

class SummaryTextTest {
    @Test
    void theSummaryWithItsSectionsMadeAheadIsEverySectionWrittenInOrder() {
        RunResult run = SigchosRun.make();
        for (java.util.Locale language : ReportOptions.LANGUAGES) {
            Messages m = Messages.of(language);
            SummaryText.Out inOrder = new SummaryText.Out(m);
            Figures whole = new Figures(run);
            SummaryText.SECTIONS.forEach(p -> p.section().write(inOrder, whole));
            Figures ahead = new Figures(new CostedRun(run.territory(), run.inventory(), run.sampleSectors(),
                    run.evaluation(), run.costs()).withoutPlan());
            assertEquals(2, ahead.summaryAhead(m).size(), "the sections before and after the uncertainty");
            ahead.complete(run);
            assertEquals(inOrder.toString(), SummaryText.render(ahead, m), language.toString());
        }
    }
}
