package org.commonground.testkit.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one Bot API call, read as the real API reads them: from the query string and
 * from a JSON or form-encoded body alike. Form values are text, so every reader also accepts
 * numbers written as text and objects written as JSON text.
 */
final class Params {

    static final String ATTACH = "attach://";

    private final ObjectNode values;
    private final Map<String, Multipart.Part> files;

    private Params(ObjectNode values, Map<String, Multipart.Part> files) {
        this.values = values;
        this.files = files;
    }

    static Params read(String rawQuery, String contentType, byte[] body) {
        ObjectNode values = Json.object();
        putForm(values, rawQuery);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new Params(values, Map.of());
        }
        Map<String, Multipart.Part> files = new HashMap<>();
        if (type.startsWith("application/json")) {
            putJson(values, new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            putForm(values, new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("multipart/form-data")) {
            for (Multipart.Part part : Multipart.parse(contentType, body)) {
                if (part.isFile()) {
                    files.put(part.name(), part);
                } else {
                    values.put(part.name(), part.text());
                }
            }
        }
        return new Params(values, files);
    }

    private static void putJson(ObjectNode values, String body) {
        try {
            JsonNode json = Json.parse(body);
            if (json.isObject()) {
                values.setAll((ObjectNode) json);
            }
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("can't parse JSON object");
        }
    }

    private static void putForm(ObjectNode values, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(decode(name), decode(value));
        }
    }

    private static String decode(String formPart) {
        return URLDecoder.decode(formPart, StandardCharsets.UTF_8);
    }

    /** The value as text, or null when absent; numbers and objects come back as their JSON text. */
    String text(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : Json.write(value);
    }

    /**
     * An uploaded file: the file part with this field's name, or the part a value of the form
     * {@code attach://<name>} points to, as clients that name their parts after the file send it.
     * Null when the value is not an upload (a file_id or a URL) or is absent.
     */
    Multipart.Part file(String name) {
        if (files.containsKey(name)) {
            return files.get(name);
        }
        String value = text(name);
        return value != null && value.startsWith(ATTACH) ? files.get(value.substring(ATTACH.length())) : null;
    }

    /** The value as a whole number, or null when absent or not a number. */
    Long integer(String name) {
        JsonNode value = values.get(name);
        if (value != null && value.isIntegralNumber()) {
            return value.asLong();
        }
        String text = text(name);
        if (text == null || !text.trim().matches("-?\\d{1,19}")) {
            return null;
        }
        return Long.parseLong(text.trim());
    }

    boolean flag(String name) {
        String text = text(name);
        return "true".equalsIgnoreCase(text) || "1".equals(text);
    }

    /** An object or array parameter, given as JSON or as JSON text; null when absent. */
    JsonNode structure(String name, String unparseableReason) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value;
        }
        try {
            JsonNode parsed = Json.parse(value.asText());
            if (parsed.isContainerNode()) {
                return parsed;
            }
        } catch (JsonProcessingException e) {
            // refused below, as a value of the wrong shape is
        }
        throw ApiError.badRequest(unparseableReason);
    }

    long chatId() {
        String text = text("chat_id");
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        Long id = integer("chat_id");
        if (id == null) {
            throw ApiError.badRequest("chat not found");
        }
        return id;
    }

    int messageId() {
        Long id = integer("message_id");
        if (id == null || id <= 0 || id > Integer.MAX_VALUE) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return id.intValue();
    }
}
