package org.commonground.adapter.files;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import org.commonground.core.collate.Collation;
import org.commonground.core.exchange.ReplyRow;

/**
 * The {@code collate} command's output as the contract gives it: {@code contributions}, one per row
 * in row order, and {@code themes}, each with its size and up to three quotes.
 */
final class CollationJson {

    private static final int QUOTES = 3;

    private CollationJson() {
    }

    static void write(Writer out, List<ReplyRow> rows, Collation collation) throws IOException {
        List<Collation.Placed> placed = collation.placed();
        if (placed.size() != rows.size()) {
            throw new IllegalArgumentException("The collation places " + placed.size() + " replies but the file has "
                    + rows.size() + ".");
        }
        Map<String, String> textOf = new HashMap<>();
        rows.forEach(row -> textOf.putIfAbsent(row.id(), row.text()));
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("contributions");
            for (int i = 0; i < rows.size(); i++) {
                writeContribution(json, rows.get(i), placed.get(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("themes");
            for (Collation.ThemeDraft theme : collation.themes()) {
                writeTheme(json, theme, textOf);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeContribution(JsonGenerator json, ReplyRow row, Collation.Placed placed)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id());
        json.writeStringField("text", row.text());
        JsonOutput.writeName(json, "category", placed.category());
        json.writeNumberField("confidence", Math.round(placed.confidence() * 100) / 100.0);
        json.writeStringField("theme", placed.themeId());
        json.writeEndObject();
    }

    private static void writeTheme(JsonGenerator json, Collation.ThemeDraft theme, Map<String, String> textOf)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", theme.id());
        JsonOutput.writeName(json, "category", theme.category());
        json.writeStringField("label", theme.label());
        json.writeNumberField("size", theme.keys().size());
        json.writeArrayFieldStart("quotes");
        for (String key : QuoteOrder.of(theme.quoteKey(), theme.keys()).stream().limit(QUOTES).toList()) {
            String text = textOf.get(key);
            if (text == null) {
                throw new IllegalArgumentException(
                        "Theme " + theme.id() + " quotes '" + key + "', which is no row's id.");
            }
            json.writeString(text);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
