package io.github.desconcentra.territory.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one way Desconcentra reads JSON: Jackson with read constraints (document size, nesting, string and number
 * length), strict duplicate-key detection, no trailing tokens, and no polymorphic default typing (documents are read
 * as trees and mapped by hand). Internal.
 */
public final class JsonLimits {
    /** The largest JSON document read, in bytes (512 MiB). */
    public static final long MAX_DOCUMENT = 512L * 1024 * 1024;
    /** The deepest nesting accepted. */
    public static final int MAX_NESTING = 64;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING = 100_000;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER = 100;

    private JsonLimits() {
    }

    /**
     * Reads one JSON document as a tree, turning a syntax error into a problem at its line.
     *
     * @param name the file name used in messages
     * @param in the document; closed by this method
     * @throws InputException naming the file (and line) when the document is not JSON or cannot be read
     */
    public static JsonNode readTree(ObjectMapper mapper, String name, InputStream in) {
        try (in) {
            return mapper.readTree(in);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new Problem(name, line, "", "", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.of(name, "cannot be read: " + e.getMessage()));
        } catch (NumberFormatException e) {
            // Jackson reports a number it cannot hold (an exponent beyond an int) this way, not as a parse error.
            throw new InputException(Problem.of(name, "is not valid JSON: a number is out of range: " + e.getMessage()));
        }
    }

    /** A new mapper with the limits. */
    public static JsonMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxDocumentLength(MAX_DOCUMENT)
                                .maxNestingDepth(MAX_NESTING)
                                .maxStringLength(MAX_STRING)
                                .maxNumberLength(MAX_NUMBER)
                                .build())
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
