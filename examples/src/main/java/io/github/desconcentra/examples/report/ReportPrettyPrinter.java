package io.github.desconcentra.examples.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's default pretty printer (what {@code SerializationFeature.INDENT_OUTPUT} gives: {@code " : "} between a
 * field and its value, each object entry on its own line indented by two spaces a level, array values separated by
 * {@code ", "}), writing exactly the same bytes with less work per token: the separators and each level's line break
 * and indentation are made once and written as raw UTF-8 bytes, where the default printer copies a separator string
 * into a character buffer and encodes it character by character, twice per object entry (the separator, then the line
 * break and indentation). report.json has some 700,000 object entries.
 */
final class ReportPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    /** Levels whose separators are made in advance; deeper ones are written as the default printer writes them. */
    private static final int LEVELS = 32;

    private final SerializableString fieldValueSeparator;
    private final SerializableString arrayValueSeparator;
    /** The object entry separator, line break and indentation of each level. */
    private final SerializableString[] entrySeparators = new SerializableString[LEVELS];

    ReportPrettyPrinter() {
        super();
        if (!(_arrayIndenter instanceof FixedSpaceIndenter) || !_spacesInObjectEntries) {
            throw new IllegalStateException("Jackson's default pretty printer changed: " + _arrayIndenter + ", "
                    + _spacesInObjectEntries);
        }
        Lines lines = new Lines();
        indentObjectsWith(lines);
        fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        arrayValueSeparator = new SerializedString(_arrayValueSeparator + " ");
        for (int level = 0; level < LEVELS; level++) {
            entrySeparators[level] = new SerializedString(_objectEntrySeparator + lines.text[level].getValue());
        }
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new ReportPrettyPrinter();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (_nesting < LEVELS) {
            g.writeRaw(entrySeparators[_nesting]);
        } else {
            super.writeObjectEntrySeparator(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(arrayValueSeparator);
    }

    /**
     * The default object indenter ({@link DefaultIndenter#SYSTEM_LINEFEED_INSTANCE}: the system's line break, two
     * spaces a level) with each level's text made once.
     */
    private static final class Lines implements Indenter, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final SerializableString[] text = new SerializableString[LEVELS];

        Lines() {
            for (int level = 0; level < LEVELS; level++) {
                text[level] = new SerializedString(DefaultIndenter.SYS_LF + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level < LEVELS) {
                g.writeRaw(text[level]);
            } else {
                DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
