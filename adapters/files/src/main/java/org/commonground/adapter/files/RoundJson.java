package org.commonground.adapter.files;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Theme;
import org.commonground.core.exchange.RoundExport;

/**
 * A round as JSON: the round, its replies in the order they arrived, and its themes. Authors are
 * numbers; a name appears only for a member who chose to be credited.
 */
final class RoundJson {

    private RoundJson() {
    }

    static void write(Writer out, RoundExport export) throws IOException {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            writeRound(json, export.round());
            json.writeArrayFieldStart("replies");
            for (RoundExport.Reply reply : export.replies()) {
                writeReply(json, reply);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("themes");
            for (Theme theme : export.themes()) {
                writeTheme(json, theme);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeRound(JsonGenerator json, Round round) throws IOException {
        json.writeObjectFieldStart("round");
        json.writeNumberField("id", round.id());
        json.writeStringField("prompt", round.prompt());
        JsonOutput.writeName(json, "category", round.category());
        JsonOutput.writeName(json, "status", round.status());
        JsonOutput.writeTime(json, "opened", round.openedAt());
        JsonOutput.writeTime(json, "closed", round.closedAt());
        json.writeEndObject();
    }

    private static void writeReply(JsonGenerator json, RoundExport.Reply reply) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", reply.id());
        json.writeStringField("text", reply.text());
        json.writeNumberField("author", reply.authorNumber());
        if (reply.credit() != null) {
            json.writeStringField("credit", reply.credit());
        }
        JsonOutput.writeName(json, "category", reply.category());
        json.writeBooleanField("confirmed", reply.confirmed());
        json.writeStringField("theme", reply.themeId());
        JsonOutput.writeTime(json, "created", reply.created());
        json.writeEndObject();
    }

    private static void writeTheme(JsonGenerator json, Theme theme) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", theme.id());
        JsonOutput.writeName(json, "category", theme.category());
        json.writeStringField("label", theme.label());
        json.writeNumberField("size", theme.size());
        json.writeNumberField("quote", theme.quoteId());
        json.writeArrayFieldStart("replies");
        for (long id : theme.contributionIds()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
