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
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read with Apache Commons CSV: UTF-8 (strict: malformed bytes are a problem, not replaced), an optional
 * byte-order mark, a header row, RFC 4180 quoting. Header problems (missing, duplicate or unknown columns) and
 * parse problems are collected, each naming the file and the physical line. Internal.
 */
public final class CsvTable {
    /** The largest input file read, in bytes (512 MiB): larger ones are refused, not read into memory. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    /** The most data rows read from one file. */
    public static final int MAX_ROWS = 5_000_000;
    /** The longest cell accepted, in characters. */
    public static final int MAX_CELL = 10_000;

    /**
     * One data row: the physical line where it starts (1-based, counting blank lines and line breaks inside quoted
     * values, as an editor shows it) and its cells by column name. A cell written with a leading single quote before
     * a formula character ({@code '=}, {@code '+}, {@code '-}, {@code '@}), as {@link CsvOutput} writes text, is
     * read without the quote, so written files read back unchanged.
     */
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
        CSVParser parser = null;
        try (Reader reader = new BufferedReader(new InputStreamReader(new Limited(in, MAX_BYTES), decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(false).build();
            parser = CSVParser.parse(reader, format);
            try (CSVParser p = parser) {
                header = List.copyOf(p.getHeaderNames());
                long headerLine = Math.max(1, p.getCurrentLineNumber() - lineBreaks(header));
                if (!checkHeader(file, headerLine, header, required, optional, alsoAllowed, problems)) {
                    return new CsvTable(file, header, List.of());
                }
                Map<String, Integer> columns = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    columns.put(header.get(i), i);
                }
                for (CSVRecord r : p) {
                    // The record's own array, not toList(): that collects a stream into a new list per record.
                    String[] values = r.values();
                    // The parser counts physical lines up to the end of the record; the record starts as many lines
                    // earlier as its quoted values hold line breaks (blank lines before it are already counted).
                    long line = p.getCurrentLineNumber() - lineBreaks(values);
                    if (rows.size() >= MAX_ROWS) {
                        problems.add(new Problem(file, line, "", "", "has more than " + MAX_ROWS + " rows, the most"
                                + " a file may have; split it"));
                        break;
                    }
                    if (values.length != header.size()) {
                        problems.add(new Problem(file, line, "", "", "has " + values.length + " cells, the header has "
                                + header.size() + " columns (wrong delimiter or unquoted comma?)"));
                        continue;
                    }
                    String[] cells = new String[header.size()];
                    boolean tooLong = false;
                    for (int i = 0; i < header.size(); i++) {
                        String v = values[i];
                        if (v.length() > MAX_CELL) {
                            problems.add(new Problem(file, line, header.get(i), v.substring(0, 20) + "...", "cell has "
                                    + v.length() + " characters, more than the " + MAX_CELL + " allowed"));
                            tooLong = true;
                        }
                        cells[i] = CsvOutput.restore(v);
                    }
                    if (tooLong) {
                        continue;
                    }
                    rows.add(new Row(line, new RowCells(header, columns, cells)));
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(problem(file, lineNear(parser, rows), e.getCause()));
        } catch (IOException e) {
            problems.add(problem(file, lineNear(parser, rows), e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(file, lineNear(parser, rows), "", "", "cannot be parsed as CSV near this line: "
                    + rootMessage(e)));
        }
        return new CsvTable(file, header, List.copyOf(rows));
    }

    /**
     * The cells of a row as an unmodifiable map in column order: the row's values over the table's one column index,
     * rather than a hash map per row (reading the reference territory builds some 60,000 rows).
     */
    private static final class RowCells extends AbstractMap<String, String> {
        private final List<String> header;
        private final Map<String, Integer> columns;
        private final String[] values;

        RowCells(List<String> header, Map<String, Integer> columns, String[] values) {
            this.header = header;
            this.columns = columns;
            this.values = values;
        }

        @Override
        public String get(Object column) {
            Integer i = columns.get(column);
            return i == null ? null : values[i];
        }

        @Override
        public boolean containsKey(Object column) {
            return columns.containsKey(column);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(header.get(i), values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
        }
    }

    /** An input stream that throws {@link TooLarge} past a number of bytes. */
    static final class Limited extends java.io.FilterInputStream {
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private long left;

        Limited(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new TooLarge();
                }
            }
            return n;
        }
    }

    /** The physical line where parsing stopped, or an estimate when the parser could not even read the header. */
    private static long lineNear(CSVParser parser, List<Row> rows) {
        // The parser counts the line ends it has read: the line it stopped on is the next one.
        return parser != null ? parser.getCurrentLineNumber() + 1 : rows.size() + 1L;
    }

    /** The line breaks inside values (quoted newlines): CR LF, CR or LF each count once, as the parser counts. */
    static long lineBreaks(List<String> values) {
        return lineBreaks(values.toArray(new String[0]));
    }

    /** The line breaks inside values, as {@link #lineBreaks(List)} counts them. */
    static long lineBreaks(String[] values) {
        long n = 0;
        for (String v : values) {
            // Nearly every value holds no line break: String.indexOf finds that without a loop over its chars.
            if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n')) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Problem problem(String file, long line, Throwable e) {
        if (e instanceof Limited.TooLarge) {
            return Problem.of(file, "is larger than " + MAX_BYTES + " bytes, the most a file may be");
        }
        if (e instanceof CharacterCodingException) {
            return new Problem(file, line, "", "", "is not valid UTF-8 near this line: " + e.getMessage());
        }
        return new Problem(file, line, "", "", "cannot be parsed as CSV near this line: " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof CharacterCodingException ? "invalid UTF-8" : String.valueOf(t.getMessage());
    }

    private static boolean checkHeader(String file, long line, List<String> header, List<String> required,
                                       List<String> optional, Predicate<String> alsoAllowed,
                                       List<Problem> problems) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                problems.add(new Problem(file, line, h, h, "column appears twice in the header"));
                ok = false;
            }
            if (!required.contains(h) && !optional.contains(h) && (alsoAllowed == null || !alsoAllowed.test(h))) {
                problems.add(new Problem(file, line, h, h, "unknown column (expected " + String.join(", ", required)
                        + (optional.isEmpty() ? "" : "; optional " + String.join(", ", optional)) + ")"));
                ok = false;
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(new Problem(file, line, r, "", "required column is missing (header is "
                        + String.join(",", header) + ")"));
                ok = false;
            }
        }
        return ok;
    }
}
