package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.Range;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static List<Range> ranges(String rows, List<Problem> problems) {
        CsvTable t = CsvTable.read("r.csv", new ByteArrayInputStream(("value,low,high,range_source\n" + rows)
                .getBytes(StandardCharsets.UTF_8)), List.of("value"), List.of("low", "high", "range_source"), null,
                problems);
        Cells cells = new Cells("r.csv", problems);
        List<Range> out = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            Range r = cells.range(row, Cells.parseDecimal(row.get("value")), Cells::parseDecimal);
            out.add(r == null && !Cells.hasRange(row) ? new Range(BigDecimal.ZERO, BigDecimal.ZERO, "none") : r);
        }
        return out;
    }

    @Test
    void aRangeHoldsItsValueAndComesWhole() {
        List<Problem> problems = new ArrayList<>();
        List<Range> read = ranges("""
                0.3,0.2,0.5,a fifth to half
                0.3,,,
                0.3,0.4,0.5,too high
                0.3,0.5,0.2,upside down
                0.3,0.2,,no high
                """, problems);
        assertEquals(new Range(new BigDecimal("0.2"), new BigDecimal("0.5"), "a fifth to half"), read.get(0));
        assertEquals(new Range(BigDecimal.ZERO, BigDecimal.ZERO, "none"), read.get(1));
        assertEquals(Arrays.asList(null, null, null), read.subList(2, 5));
        assertEquals(List.of(
                new Problem("r.csv", 4, "value", "0.3", "must lie within its range, low 0.4 to high 0.5"),
                new Problem("r.csv", 5, "low", "0.5", "low must not be above high (0.2)"),
                new Problem("r.csv", 6, "high", "", "must not be empty")), problems);
    }
    private static String refusal(String v) {
        return assertThrows(IllegalArgumentException.class, () -> Cells.parseDecimal(v)).getMessage();
    }

    @Test
    void hugeAndTinyExponentsAreRefusedBeforeAnyArithmetic() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("has more than 34 decimal places", refusal("1e-999999"));
            assertEquals("must be below 10^18 in magnitude", refusal("1e999999"));
            assertEquals("must be below 10^18 in magnitude", refusal("1000000000000000000"));
            assertEquals("has more than 34 significant digits", refusal("1234567890123456.7890123456789012345"));
            assertEquals("is written with more than 100 characters", refusal("1".repeat(101)));
            assertEquals("must be a decimal number", refusal("1e-2147483649"));
        });
    }

    @Test
    void decimalsWithinTheBoundsAreReadExactly() {
        assertEquals(new BigDecimal("0.0416666666666667"), Cells.parseDecimal(" 0.0416666666666667 "));
        assertEquals(new BigDecimal("999999999999999999.99"), Cells.parseDecimal("999999999999999999.99"));
        assertEquals(new BigDecimal("1E-34"), Cells.parseDecimal("1e-34"));
    }

    @ParameterizedTest
    @CsvSource({"12,12", "12.0,12", "12.00,12", "1.2e1,12", "+7,7", "-0,0", "1000000000000,1000000000000"})
    void wholeNumbersMayBeWrittenWithAZeroFraction(String written, long value) {
        assertEquals(value, Cells.parseCount(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|must be a whole number", "abc|must be a whole number",
        "-3|must not be negative", "-3.0|must not be negative", "1000000000001|must not be above 1,000,000,000,000",
        "9000000000000000000|must not be above 1,000,000,000,000",
        "-99999999999999999999|must not be negative", "1e12.5|must be a whole number",
        "1e-999999|must be a whole number"})
    void countsOutsideTheBoundsAreRefusedWithTheReason(String written, String reason) {
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Cells.parseCount(written))
                .getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NaN|must be a finite number", "-Infinity|must be a finite number",
        "0x1p3|must be a number", "12f|must be a number", "1e309|must be below 10^18 in magnitude"})
    void coordinatesAreDecimalNumbers(String written, String reason) {
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Cells.parseFiniteDouble(written))
                .getMessage());
    }

    private static JsonNode json(String text) throws Exception {
        return JsonLimits.mapper().readTree(text);
    }

    @Test
    void jsonNumbersFollowTheSameBoundsAndAWholeValueCountsAsInCsv() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JsonFields f = new JsonFields("t.json", problems);
        JsonNode n = json("{\"a\": 12.0, \"b\": 12.5, \"c\": \"12\", \"d\": {\"x\": 1}, \"e\": [999], \"f\": 1e-999999,"
                + " \"g\": true, \"h\": 1e999999}");
        assertEquals(12L, f.count(n, "", "a"));
        assertEquals(null, f.count(n, "", "b"));
        assertEquals(null, f.count(n, "", "c"));
        assertEquals(null, f.count(n, "", "d"));
        assertEquals(null, f.count(n, "", "e"));
        assertEquals(null, f.optionalDecimal(n, "", "f"));
        assertEquals(null, f.optionalNumber(n, "", "g"));
        assertEquals(null, f.optionalNumber(n, "", "h"));
        assertEquals(List.of(
                "t.json: /b: must be a whole number (value \"12.5\")",
                "t.json: /c: must be a whole number, not a string (value \"\"12\"\")",
                "t.json: /d: must be a whole number, not an object (value \"{\"x\":1}\")",
                "t.json: /e: must be a whole number, not an array (value \"[999]\")",
                "t.json: /f: has more than 34 decimal places (value \"1E-999999\")",
                "t.json: /g: must be a finite number, not a boolean (value \"true\")",
                "t.json: /h: must be below 10^18 in magnitude (value \"1E+999999\")"),
                problems.stream().map(Problem::toString).toList());
    }
}
