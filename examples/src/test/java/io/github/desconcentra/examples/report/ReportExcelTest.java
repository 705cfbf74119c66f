package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.desconcentra.examples.SigchosRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExcelTest {
    /** The core properties as fastexcel 0.19 writes them, dated with the wall clock. */
    private static final String WRITTEN = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T19:58:01Z</dcterms:created>"
            + "</cp:coreProperties>";

    @Test
    void theWorkbookIsDatedWithTheRunsTimestampToTheSecond() {
        assertEquals(WRITTEN.replace("2026-11-30T19:58:01Z", "2024-03-05T07:08:09Z"),
                ReportExcel.coreProperties(WRITTEN, Instant.parse("2024-03-05T07:08:09.750Z")));
    }

    @Test
    void withoutATimestampTheWorkbookHoldsNoCreationTime() {
        assertEquals(WRITTEN.replace("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T19:58:01Z"
                + "</dcterms:created>", ""), ReportExcel.coreProperties(WRITTEN, null));
    }

    @Test
    void corePropertiesWithoutACreationTimeAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReportExcel.coreProperties("<cp:coreProperties/>", null));
        assertEquals("the workbook's core properties hold no creation time: <cp:coreProperties/>", e.getMessage());
    }

    @Test
    void aWorkbookBegunBeforeThePlanEndsAsTheWorkbookWrittenAtOnce(@TempDir Path dir) throws Exception {
        RunResult run = SigchosRun.make();
        Messages m = Messages.of(ReportOptions.ENGLISH);
        Instant created = Instant.parse("2026-12-01T13:00:00Z");
        ReportExcel.write(new Figures(run), m, created, dir.resolve("at-once.xlsx"));
        Figures f = new Figures(costedOnly(run));
        ReportExcel.Begun begun = ReportExcel.begin(f, m, ReportExcel.summaryAhead(f, m, run.territoryLabel(),
                run.plan().budget().lastYear()), true, dir);
        f.complete(run);
        begun.end(f, m, created, dir.resolve("begun.xlsx"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("at-once.xlsx")), Files.readAllBytes(dir.resolve(
                "begun.xlsx")));
        assertEquals(List.of("at-once.xlsx", "begun.xlsx"), files(dir), "no temporary file is left");
    }

    @Test
    void aWorkbookBegunForAnotherPlanYearIsRefusedAndLeavesNothing(@TempDir Path dir) throws Exception {
        RunResult run = SigchosRun.make();
        Messages m = Messages.of(ReportOptions.ENGLISH);
        Figures f = new Figures(costedOnly(run));
        ReportExcel.Begun begun = ReportExcel.begin(f, m, ReportExcel.summaryAhead(f, m, run.territoryLabel(),
                run.plan().budget().lastYear() + 1), true, dir);
        f.complete(run);
        assertFalse(begun.fits(ReportExcel.summaryAhead(f, m, run.territoryLabel(), run.plan().budget().lastYear())));
        assertTrue(begun.fits(ReportExcel.summaryAhead(f, m, run.territoryLabel(), run.plan().budget().lastYear()
                + 1)));
        assertThrows(IllegalStateException.class, () -> begun.end(f, m, null, dir.resolve("report.xlsx")));
        assertEquals(List.of(), files(dir));
    }

    private static RunResult costedOnly(RunResult run) {
        return new CostedRun(run.territory(), run.inventory(), run.sampleSectors(), run.evaluation(), run.costs())
                .withoutPlan();
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
