package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class CsvOutputProperties {
    /** Characters that decide quoting (delimiter, quote, line ends, the first-character and last-character rules). */
    private static final String ALPHABET = "ab\u00e9,\"\n\r #!\t=-+@'$\u00ff\u20ac";
    private static final Gen<String> TEXT = lists().of(integers().between(0, ALPHABET.length() + 1))
            .ofSizeBetween(0, 7).map(ks -> {
                StringBuilder s = new StringBuilder();
                for (int k : ks) {
                    if (k == ALPHABET.length()) {
                        s.appendCodePoint(0x1F600);
                    } else if (k == ALPHABET.length() + 1) {
                        s.append('\u0001');
                    } else {
                        s.append(ALPHABET.charAt(k));
                    }
                }
                return s.toString();
            });
    /** Null, whole numbers (both widths, both signs, the extremes), decimals of every scale, doubles, text. */
    private static final Gen<Object> VALUE = integers().between(0, 8).zip(longs().all(), integers().between(-3, 12),
            TEXT, (kind, n, scale, text) -> switch (kind) {
                case 0 -> null;
                case 1 -> n;
                case 2 -> (int) (long) n;
                case 3 -> BigDecimal.valueOf(n, scale);
                case 4 -> BigDecimal.valueOf(n % 100_000, Math.max(0, scale));
                case 5 -> n % 7 == 0 ? Double.NaN : n % 7 == 1 ? Double.NEGATIVE_INFINITY : n / 1000.0;
                case 6 -> n == 0 ? Long.MIN_VALUE : n % 3 == 0 ? Long.MAX_VALUE : n % 1000;
                default -> text;
            });
    private static final Gen<List<List<Object>>> RECORDS = lists().of(lists().of(VALUE).ofSizeBetween(1, 6))
            .ofSizeBetween(0, 12);

    @Test
    void rowsArePrintedAsCommonsCsvPrintsTheirCells(@TempDir Path dir) {
        qt().withExamples(3_000).forAll(RECORDS, booleans().all()).checkAssert((records, bom) -> {
            try {
                Path fast = dir.resolve("fast.csv");
                Path reference = dir.resolve("reference.csv");
                List<String> header = List.of("id", "#name", "");
                CsvOutput.write(fast, header, sink -> {
                    for (List<Object> r : records) {
                        sink.record(r.toArray());
                    }
                }, bom);
                CsvOutput.write(reference, header, p -> {
                    for (List<Object> r : records) {
                        p.printRecord(CsvOutput.cells(r));
                    }
                });
                byte[] expected = Files.readAllBytes(reference);
                if (bom) {
                    byte[] withMark = new byte[expected.length + 3];
                    withMark[0] = (byte) 0xEF;
                    withMark[1] = (byte) 0xBB;
                    withMark[2] = (byte) 0xBF;
                    System.arraycopy(expected, 0, withMark, 3, expected.length);
                    expected = withMark;
                }
                assertArrayEquals(expected, Files.readAllBytes(fast), () -> records.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aFileLongerThanAChunkIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("long.csv");
        CsvOutput.write(f, List.of("n", "text"), sink -> {
            for (long i = 0; i < 20_000; i++) {
                sink.record(i, i % 2 == 0 ? "a,b" : "", null);
            }
        }, false);
        List<String> lines = Files.readAllLines(f);
        assertEquals(20_001, lines.size());
        assertEquals("0,\"a,b\",", lines.get(1));
        assertEquals("19999,,", lines.get(20_000));
    }
}
