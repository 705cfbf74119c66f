package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {
    @Test
    void formulaLeadingTextGetsALeadingQuoteAsOwaspRecommends() {
        assertEquals("'=HYPERLINK(\"http://x\"&A1,\"y\")", CsvOutput.neutralise("=HYPERLINK(\"http://x\"&A1,\"y\")"));
        assertEquals("'+cmd", CsvOutput.neutralise("+cmd"));
        assertEquals("'-2+3", CsvOutput.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", CsvOutput.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CsvOutput.neutralise("\t=1"));
        assertEquals("'\r=1", CsvOutput.neutralise("\r=1"));
        assertEquals("Centro de salud", CsvOutput.neutralise("Centro de salud"));
        assertEquals("a=b", CsvOutput.neutralise("a=b"));
        assertEquals("", CsvOutput.neutralise(""));
    }

    @Test
    void numbersStayNumbersAndTextIsNeutralised() {
        assertArrayEquals(new Object[] {"-12.50", "-3", "0.00001", "'-3", "", "-0.7"},
                CsvOutput.cells(new BigDecimal("-12.50"), -3L, new BigDecimal("1E-5"), "-3", null, -0.7));
    }

    @Test
    void writtenFilesReadBackUnchanged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.csv");
        CsvOutput.write(f, List.of("id", "name"), p -> p.printRecord(CsvOutput.cells("=1+1", "@x, \"quoted\"")));
        assertEquals("id,name\n'=1+1,\"'@x, \"\"quoted\"\"\"\n", Files.readString(f));
        List<io.github.desconcentra.territory.Problem> problems = new java.util.ArrayList<>();
        CsvTable t = CsvTable.read("x.csv", Files.newInputStream(f), List.of("id", "name"), List.of(), null,
                problems);
        assertEquals(List.of("=1+1", "@x, \"quoted\""), List.copyOf(t.rows().get(0).cells().values()));
    }
}
