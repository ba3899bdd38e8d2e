package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/**
 * A request body as Discord reads it: JSON, or multipart/form-data with the JSON in a
 * {@code payload_json} part and files in the others. Malformed bodies get Discord's errors.
 */
record FormData(JsonNode json, String jsonText, List<Upload> files) {
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile(";\\s*(name|filename)=\"([^\"]*)\"");

    static FormData of(RecordedRequest request) {
        ByteString body = request.getBody();
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        if (body != null && type != null && type.type().equals("multipart")) {
            return multipart(body, type);
        }
        String text = body == null ? "" : body.utf8();
        return new FormData(parse(text), text.isBlank() ? null : text, List.of());
    }

    /** The JSON text the request carried, or null when it carried none or could not be read. */
    static String payloadOf(RecordedRequest request) {
        try {
            return of(request).jsonText();
        } catch (ApiError unreadable) {
            return null;
        }
    }

    private static FormData multipart(ByteString body, MediaType type) {
        String boundary = type.parameter("boundary");
        if (!type.subtype().equals("form-data") || boundary == null) {
            throw ApiError.of(400, 50109, "The request body contains invalid JSON.");
        }
        String payload = null;
        List<Upload> files = new ArrayList<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                    String name = parameter(disposition, "name");
                    String filename = parameter(disposition, "filename");
                    byte[] data = part.body().readByteArray();
                    if ("payload_json".equals(name) && filename == null) {
                        payload = new String(data, StandardCharsets.UTF_8);
                    } else if (name != null && filename != null) {
                        files.add(new Upload(name, filename, part.headers().get("Content-Type"), data));
                    }
                }
            }
        } catch (IOException e) {
            throw ApiError.of(400, 50109, "The request body contains invalid JSON.");
        }
        return new FormData(payload == null ? MissingNode.getInstance() : parse(payload), payload, files);
    }

    private static String parameter(String disposition, String name) {
        Matcher matcher = DISPOSITION_PARAMETER.matcher(disposition);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return null;
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, 50109, "The request body contains invalid JSON.");
        }
    }
}
