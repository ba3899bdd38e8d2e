package org.commonground.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import okhttp3.HttpUrl;

/** One REST request, matched to its route, with its JSON body parsed (a missing node when empty). */
final class RestCall {
    final Route route;
    final JsonNode body;
    private final Map<String, String> parameters;
    private final HttpUrl url;

    RestCall(Route route, Map<String, String> parameters, HttpUrl url, JsonNode body) {
        this.route = route;
        this.parameters = parameters;
        this.url = url;
        this.body = body;
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
