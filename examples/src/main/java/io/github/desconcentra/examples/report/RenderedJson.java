package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.SerializableString;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A JSON value already rendered as UTF-8, given to a generator's {@code writeRawValue} to be copied as it is (the
 * generator writes the separator before it and counts it as the value). Only the generator's raw UTF-8 calls are
 * answered; the others are not for such a value.
 */
final class RenderedJson implements SerializableString {
    private final byte[] utf8;

    RenderedJson(byte[] utf8) {
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
        return new UnsupportedOperationException("a rendered JSON value is copied as UTF-8 bytes, not read as text");
    }
}
