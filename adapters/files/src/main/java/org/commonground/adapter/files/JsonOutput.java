package org.commonground.adapter.files;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Pretty-printed JSON, the same on every system: two spaces, "\n" line ends, "name": value. Written
 * as a stream, so fields come in the order the contract shows them.
 */
final class JsonOutput {

    /** What goes into the document. */
    interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    // The file's owner closes the writer; the generator only flushes it.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private JsonOutput() {
    }

    static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            // A pretty printer keeps the nesting as it writes: one per document.
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER));
            body.writeTo(json);
        }
        out.write('\n');
    }

    /** An enum constant by its name, as the contract writes categories, or null. */
    static void writeName(JsonGenerator json, String field, Enum<?> value) throws IOException {
        json.writeStringField(field, value == null ? null : value.name());
    }

    /** An instant in ISO-8601, or null. */
    static void writeTime(JsonGenerator json, String field, Instant value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }
}
