package io.github.desconcentra.territory.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Desconcentra writes CSV (and the text cells of any spreadsheet): UTF-8, RFC 4180 quoting, {@code \n}
 * line ends, and text cells that a spreadsheet will not run as a formula. As OWASP recommends against CSV
 * injection, a text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading single quote ({@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}), which spreadsheets
 * show as text. Numbers are written as numbers: a negative amount stays {@code -12.50}. {@link CsvTable} reads such a
 * quoted cell back without the quote, so written files read back unchanged. Internal.
 */
public final class CsvOutput {
    /** RFC 4180 with {@code \n} line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private CsvOutput() {
    }

    /** True when a spreadsheet would take text beginning like this for a formula (or strip it into one). */
    public static boolean isFormulaLeading(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * A text cell made safe for spreadsheets: formula-leading text gets a leading single quote; anything else is
     * returned as is. For text only: numbers are written with {@link #cells(Object...)} and stay numbers.
     *
     * @param text may be null (returned as the empty string)
     */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        return isFormulaLeading(text) ? "'" + text : text;
    }

    /** The inverse of {@link #neutralise}: a cell {@code '=...} read back as {@code =...}; anything else as is. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaLeading(cell.substring(1, 2))
                ? cell.substring(1) : cell;
    }

    /**
     * The cells of one record: numbers ({@link Number}) are written in plain decimal notation and never quoted;
     * everything else is text ({@code toString()}), neutralised; null is an empty cell.
     */
    public static Object[] cells(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = cell(values[i]);
        }
        return out;
    }

    /** {@link #cells(Object...)} of a list. */
    public static Object[] cells(List<?> values) {
        return cells(values.toArray());
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : neutralise(v.toString());
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return neutralise(v.toString());
    }

    /** Something that prints the records of one file. */
    public interface Records {
        /** Prints records; header already printed. */
        void print(CSVPrinter printer) throws IOException;
    }

    /** Receives the records of a table one at a time: numbers as numbers, text as text, null for an empty cell. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one record, raw: the sink makes the cells (CSV text, or typed spreadsheet cells). */
        void record(Object... values) throws IOException;
    }

    /**
     * The records of a table given to any sink, so that one definition of a file's rows serves the CSV file and a
     * spreadsheet sheet alike.
     */
    @FunctionalInterface
    public interface Rows {
        /** Gives every record, in order, to the sink. */
        void into(Sink sink) throws IOException;
    }

    /**
     * Writes a CSV file from raw rows: the header, then each record made into cells as {@link #cells(Object...)} makes
     * them, printed as Commons CSV prints them in {@link #FORMAT} (the same bytes: {@code CsvOutputProperties} checks
     * it), but straight into a character buffer: no cell strings, argument arrays or chunk copies per record.
     *
     * @param byteOrderMark whether the file starts with the UTF-8 byte-order mark ({@code EF BB BF}), which spreadsheet
     *                      programs such as Excel need to read the file as UTF-8 rather than the local code page
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<String> header, Rows rows, boolean byteOrderMark) throws IOException {
        try (Writer w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            Text text = new Text(w);
            if (byteOrderMark) {
                text.put('\uFEFF');
            }
            text.record(header.toArray());
            rows.into(text::record);
            text.drain();
        }
    }

    /**
     * Writes a CSV file: the header, then the records (each printed with {@link #cells(Object...)}).
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<String> header, Records records) throws IOException {
        write(file, header, false, records);
    }

    /**
     * The writing loop of {@link Records}: Commons CSV prints into a plain string builder (not, a character at a time,
     * into a synchronised writer), which goes to the file, encoded, every {@link Chunks#SIZE} characters or so.
     */
    private static void write(Path file, List<String> header, boolean byteOrderMark, Records records)
            throws IOException {
        try (Writer w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            Chunks text = new Chunks(w);
            if (byteOrderMark) {
                text.append('\uFEFF');
            }
            CSVPrinter p = new CSVPrinter(text, FORMAT);
            p.printRecord(cells(header));
            records.print(p);
            text.drain();
        }
    }

    /**
     * Records printed into a character array that goes to a writer (encoded from the array, not copied into a string)
     * whenever it holds a {@link Chunks#SIZE} characters or more. Each value becomes the cell {@link #cell} makes of
     * it, quoted as {@link #FORMAT} quotes (Commons CSV's minimal quoting): a cell that is empty and first in its
     * record, begins with a character up to {@code #}, holds a comma, a double quote, a line feed or a carriage
     * return, or ends with a character up to a space, is enclosed in double quotes with its double quotes doubled.
     */
    private static final class Text {
        private final Writer out;
        private char[] buffer = new char[Chunks.SIZE + 1024];
        private int size;

        Text(Writer out) {
            this.out = out;
        }

        void record(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put(',');
                }
                value(values[i], i == 0);
            }
            put('\n');
            if (size >= Chunks.SIZE) {
                drain();
            }
        }

        private void value(Object v, boolean first) {
            if (v == null) {
                if (first) {
                    put('"');
                    put('"');
                }
            } else if (v instanceof Long || v instanceof Integer) {
                whole(((Number) v).longValue());
            } else if (v instanceof BigDecimal d && d.scale() == 0 && d.precision() < 19) {
                whole(d.longValue());
            } else if (v instanceof Number) {
                text(cell(v), first);
            } else {
                text(neutralise(v.toString()), first);
            }
        }

        private void text(String s, boolean first) {
            int length = s.length();
            boolean quote;
            if (length == 0) {
                quote = first;
            } else {
                quote = s.charAt(0) <= '#' || s.charAt(length - 1) <= ' ';
                for (int i = 0; i < length && !quote; i++) {
                    char c = s.charAt(i);
                    quote = c == ',' || c == '"' || c == '\n' || c == '\r';
                }
            }
            if (!quote) {
                append(s, 0, length);
                return;
            }
            put('"');
            int start = 0;
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) == '"') {
                    append(s, start, i + 1);
                    start = i;
                }
            }
            append(s, start, length);
            put('"');
        }

        private void whole(long value) {
            if (value == Long.MIN_VALUE) {
                String s = Long.toString(value);
                append(s, 0, s.length());
                return;
            }
            if (value < 0) {
                put('-');
                value = -value;
            }
            ensure(19);
            int digits = 1;
            for (long x = value; x >= 10; x /= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                buffer[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
        }

        private void append(String s, int from, int to) {
            ensure(to - from);
            s.getChars(from, to, buffer, size);
            size += to - from;
        }

        void put(char c) {
            ensure(1);
            buffer[size++] = c;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        void drain() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }
    }

    /** Text gathered in a string builder and written to a writer whenever it holds a chunk's worth. */
    private static final class Chunks implements Appendable {
        /** Characters gathered before they are encoded and written. */
        static final int SIZE = 1 << 15;
        private final StringBuilder text = new StringBuilder(SIZE + 1024);
        private final Writer out;

        Chunks(Writer out) {
            this.out = out;
        }

        @Override
        public Appendable append(CharSequence csq) throws IOException {
            text.append(csq);
            return drainWhenFull();
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            text.append(csq, start, end);
            return drainWhenFull();
        }

        @Override
        public Appendable append(char c) throws IOException {
            text.append(c);
            return drainWhenFull();
        }

        private Appendable drainWhenFull() throws IOException {
            if (text.length() >= SIZE) {
                drain();
            }
            return this;
        }

        void drain() throws IOException {
            out.append(text);
            text.setLength(0);
        }
    }
}
