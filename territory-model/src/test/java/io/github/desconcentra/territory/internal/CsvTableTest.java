package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.desconcentra.territory.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static CsvTable read(String text, List<Problem> problems) {
        return CsvTable.read("f.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                List.of("id", "name"), List.of(), null, problems);
    }

    @Test
    void rowsCarryThePhysicalLineTheyStartOnAfterBlankLinesAndQuotedNewlines() {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = read("id,name\n\nA,one\n\n\nB,\"two\nlines\"\r\nC,\"three\r\n\r\nlines\"\nD,four", problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(3L, 6L, 8L, 11L), t.rows().stream().map(CsvTable.Row::line).toList());
        assertEquals("two\nlines", t.rows().get(1).get("name"));
    }

    @Test
    void headerAndRowProblemsNameThePhysicalLine() {
        List<Problem> problems = new ArrayList<>();
        read("\n\nid,nam\nA,one\n", problems);
        assertEquals("f.csv:3: nam: unknown column (expected id, name) (value \"nam\")", problems.get(0).toString());
        problems.clear();
        read("id,name\n\"A\nB\",x\n\nC,d,e\n", problems);
        assertEquals(List.of("f.csv:5: has 3 cells, the header has 2 columns (wrong delimiter or unquoted comma?)"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aParseErrorNamesTheLineWhereTheParserStopped() {
        List<Problem> problems = new ArrayList<>();
        read("id,name\nA,one\n\nB,\"two\"x\n", problems);
        assertEquals(4L, problems.get(0).line(), problems.toString());
    }

    @Test
    void formulaTextWrittenQuotedReadsBackAsWritten() {
        List<Problem> problems = new ArrayList<>();
        CsvTable t = read("id,name\n'=1+1,'@SUM(A1)\n'-,'x\n", problems);
        assertEquals(List.of("=1+1", "@SUM(A1)"), List.copyOf(t.rows().get(0).cells().values()));
        assertEquals(List.of("-", "'x"), List.copyOf(t.rows().get(1).cells().values()),
                "a quote before other text is kept");
    }
}
