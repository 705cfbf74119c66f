package io.github.desconcentra.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

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
}
