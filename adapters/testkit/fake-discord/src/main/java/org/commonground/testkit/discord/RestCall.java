package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One REST request, matched to its route, with its JSON body parsed (a missing node when empty) and,
 * for a multipart upload, its files.
 */
final class RestCall {
    final Route route;
    final JsonNode body;
    final List<Upload> files;
    private final Map<String, String> parameters;
    private final HttpUrl url;

    RestCall(Route route, Map<String, String> parameters, HttpUrl url, JsonNode body, List<Upload> files) {
        this.route = route;
        this.parameters = parameters;
        this.url = url;
        this.body = body;
        this.files = List.copyOf(files);
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    /** A snowflake from the path; 0 when it is not one, which no entity has. */
    long id(String name) {
        return Json.parseId(parameters.get(name));
    }

    String query(String name) {
        return url.queryParameter(name);
    }
}
