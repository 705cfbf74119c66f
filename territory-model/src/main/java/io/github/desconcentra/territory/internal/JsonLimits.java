package io.github.desconcentra.territory.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
