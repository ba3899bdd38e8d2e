package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Files uploaded with a message, checked as Discord checks them (at most 10, each within the 10 MiB a
 * bot may upload to a server without boosts) and turned into attachment objects. Each {@code files[n]}
 * part may be described by the payload's {@code attachments} entry with id n.
 */
final class Attachments {
    static final int MAX_FILES = 10;
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Attachments() {
    }

    static ArrayNode of(List<Upload> files, JsonNode payload, ChannelState channel, Snowflakes ids) {
        if (files.size() > MAX_FILES) {
            throw ApiError.invalidForm("files", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_FILES + " or fewer in length.");
        }
        JsonNode described = payload.path("attachments");
        for (int i = 0; i < described.size(); i++) {
            int index = described.get(i).path("id").asInt(-1);
            if (files.stream().noneMatch(file -> file.index() == index)) {
                throw ApiError.invalidForm("attachments." + i + ".id", "ATTACHMENT_NOT_FOUND",
                        "No file was uploaded for this attachment.");
            }
        }
        ArrayNode attachments = Json.array();
        for (Upload file : files) {
            if (file.data().length > MAX_BYTES) {
                throw ApiError.of(413, 40005, "Request entity too large");
            }
            attachments.add(attachment(file, description(described, file.index()), channel, ids.next()));
        }
        return attachments;
    }

    private static JsonNode description(JsonNode described, int index) {
        for (JsonNode entry : described) {
            if (index >= 0 && entry.path("id").asInt(-1) == index) {
                return entry;
            }
        }
        return Json.object();
    }

    private static ObjectNode attachment(Upload file, JsonNode description, ChannelState channel, long id) {
        String filename = description.path("filename").asText(file.filename());
        String path = "/attachments/" + Json.id(channel.id) + "/" + Json.id(id) + "/" + filename;
        ObjectNode json = Json.object().put("id", Json.id(id)).put("filename", filename)
                .put("size", file.data().length).put("url", "https://cdn.discordapp.com" + path)
                .put("proxy_url", "https://media.discordapp.net" + path);
        String type = contentType(file);
        if (type != null) {
            json.put("content_type", type);
        }
        if (!description.path("description").asText("").isEmpty()) {
            json.put("description", description.get("description").asText());
        }
        if ("image/png".equals(type) && file.data().length >= 24) {
            ByteBuffer header = ByteBuffer.wrap(file.data(), 16, 8);
            json.put("width", header.getInt()).put("height", header.getInt());
        }
        return json;
    }

    /** What Discord reports: the type the bytes show, else the one the name suggests, else the part's. */
    private static String contentType(Upload file) {
        byte[] data = file.data();
        if (data.length >= PNG.length && Arrays.equals(Arrays.copyOf(data, PNG.length), PNG)) {
            return "image/png";
        }
        String name = file.filename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        String claimed = file.contentType();
        return claimed == null || claimed.equals("application/octet-stream") ? null : claimed;
    }
}
