package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.SerializableString;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON value already rendered as UTF-8, in pieces of at most {@link #PIECE} bytes (no array as large as the value,
 * none copied to grow): the first given to a generator's {@code writeRawValue} (the generator writes the separator
 * before it and counts it as the value), the others to {@code writeRaw}, each copied as it is.
 */
final class RenderedJson {
    /** The size of a piece. */
    static final int PIECE = 1 << 16;
    private final List<Piece> pieces;

    private RenderedJson(List<Piece> pieces) {
        this.pieces = pieces;
    }

    /** The pieces, in order; at least one. */
    List<? extends SerializableString> pieces() {
        return pieces;
    }

    /** The bytes written into it, in pieces: what a generator writes, from which a value is then cut. */
    static final class Bytes extends OutputStream {
        private final List<byte[]> full = new ArrayList<>();
        private byte[] current = new byte[PIECE];
        private int used;

        @Override
        public void write(int b) {
            makeRoom();
            current[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                makeRoom();
                int n = Math.min(len, PIECE - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        /** Starts a new piece when the current one is full. */
        private void makeRoom() {
            if (used == PIECE) {
                full.add(current);
                current = new byte[PIECE];
                used = 0;
            }
        }

        /** Forgets what was written so far (what came before the value). */
        void clear() {
            full.clear();
            used = 0;
        }

        /**
         * The bytes written since {@link #clear()}, without the {@code prefix} they must start with.
         *
         * @throws IllegalStateException when they do not start with it
         */
        RenderedJson after(byte[] prefix) {
            List<byte[]> all = new ArrayList<>(full);
            all.add(Arrays.copyOf(current, used));
            byte[] first = all.get(0);
            if (first.length < prefix.length || !Arrays.equals(first, 0, prefix.length, prefix, 0, prefix.length)) {
                throw new IllegalStateException("the rendered value does not start with \"" + new String(prefix,
                        java.nio.charset.StandardCharsets.UTF_8) + "\"");
            }
            all.set(0, Arrays.copyOfRange(first, prefix.length, first.length));
            return new RenderedJson(all.stream().map(Piece::new).toList());
        }
    }

    /** One piece, answering only the generator's raw UTF-8 calls; the others are not for such a value. */
    private static final class Piece implements SerializableString {
        private final byte[] utf8;

        Piece(byte[] utf8) {
            this.utf8 = utf8;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (utf8.length > buffer.length - offset) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws java.io.IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (utf8.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public String getValue() {
            throw notText();
        }

        @Override
        public int charLength() {
            throw notText();
        }

        @Override
        public char[] asQuotedChars() {
            throw notText();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw notText();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw notText();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw notText();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            throw notText();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw notText();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw notText();
        }

        private static UnsupportedOperationException notText() {
            return new UnsupportedOperationException("a rendered JSON value is copied as UTF-8 bytes, not read as"
                    + " text");
        }
    }
}
