package org.commonground.testkit.telegram;

/**
 * One request the fake served: the Bot API method as the client spelled it, the HTTP method,
 * content type and raw body, and the HTTP status it answered with.
 */
public record LoggedRequest(String method, String httpMethod, String contentType, String body, int status) {

    /** Whether this was a call of the named Bot API method; method names are case-insensitive. */
    public boolean is(String apiMethod) {
        return method.equalsIgnoreCase(apiMethod);
    }
}
