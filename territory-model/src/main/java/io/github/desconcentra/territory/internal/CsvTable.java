package io.github.desconcentra.territory.internal;

import io.github.desconcentra.territory.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read with Apache Commons CSV: UTF-8 (strict: malformed bytes are a problem, not replaced), an optional
 * byte-order mark, a header row, RFC 4180 quoting. Header problems (missing, duplicate or unknown columns) and
 * parse problems are collected, each naming the file and line. Internal.
 */
public final class CsvTable {
    /** One data row: its 1-based line number and its cells by column name. */
    public record Row(long line, Map<String, String> cells) {
        /** The cell of a column, trimmed; empty when the column is absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }

        /** True when the row has the column. */
        public boolean has(String column) {
            return cells.containsKey(column);
        }
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** The file name used in messages. */
    public String file() {
        return file;
    }

    /** The columns in file order. */
    public List<String> header() {
        return header;
    }

    /** The data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a CSV file. Problems go to {@code problems}; the table returned holds the rows that could be parsed
     * (none when the header is unusable).
     *
     * @param file name for messages
     * @param in the bytes; closed by this method
     * @param required columns that must be present
     * @param optional columns that may be present
     * @param alsoAllowed further columns accepted by name (e.g. year columns); may be null
     */
    public static CsvTable read(String file, InputStream in, List<String> required, List<String> optional,
                                Predicate<String> alsoAllowed, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (Reader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(false).build();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                header = List.copyOf(parser.getHeaderNames());
                if (!checkHeader(file, header, required, optional, alsoAllowed, problems)) {
                    return new CsvTable(file, header, List.of());
                }
                for (CSVRecord r : parser) {
                    long line = r.getRecordNumber() + 1;
                    if (r.size() != header.size()) {
                        problems.add(new Problem(file, line, "", "", "has " + r.size() + " cells, the header has "
                                + header.size() + " columns (wrong delimiter or unquoted comma?)"));
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        cells.put(header.get(i), r.get(i));
                    }
                    rows.add(new Row(line, Collections.unmodifiableMap(cells)));
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, rows.size() + 2L, "", "", "is not valid UTF-8 near this line: "
                    + e.getMessage()));
        } catch (UncheckedIOException e) {
            problems.add(new Problem(file, rows.size() + 2L, "", "", "cannot be parsed as CSV near this line: "
                    + rootMessage(e)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(file, rows.size() + 2L, "", "", "cannot be parsed as CSV near this line: "
                    + rootMessage(e)));
        }
        return new CsvTable(file, header, List.copyOf(rows));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof CharacterCodingException ? "invalid UTF-8" : String.valueOf(t.getMessage());
    }

    private static boolean checkHeader(String file, List<String> header, List<String> required,
                                       List<String> optional, Predicate<String> alsoAllowed,
                                       List<Problem> problems) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                problems.add(new Problem(file, 1, h, h, "column appears twice in the header"));
                ok = false;
            }
            if (!required.contains(h) && !optional.contains(h) && (alsoAllowed == null || !alsoAllowed.test(h))) {
                problems.add(new Problem(file, 1, h, h, "unknown column (expected " + String.join(", ", required)
                        + (optional.isEmpty() ? "" : "; optional " + String.join(", ", optional)) + ")"));
                ok = false;
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(new Problem(file, 1, r, "", "required column is missing (header is "
                        + String.join(",", header) + ")"));
                ok = false;
            }
        }
        return ok;
    }
}
