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
     * Writes a CSV file from raw rows: the header, then each record made into cells with {@link #cells(Object...)}.
     *
     * @param byteOrderMark whether the file starts with the UTF-8 byte-order mark ({@code EF BB BF}), which spreadsheet
     *                      programs such as Excel need to read the file as UTF-8 rather than the local code page
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<String> header, Rows rows, boolean byteOrderMark) throws IOException {
        write(file, header, byteOrderMark, p -> rows.into(values -> p.printRecord(cells(values))));
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
     * The one writing loop: Commons CSV prints into a plain string builder (not, a character at a time, into a
     * synchronised writer), which goes to the file, encoded, every {@link Chunks#SIZE} characters or so.
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
