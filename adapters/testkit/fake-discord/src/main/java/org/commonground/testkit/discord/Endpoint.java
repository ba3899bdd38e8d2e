package org.commonground.testkit.discord;

/** Answers the requests of one route. Discord errors are thrown as {@link ApiError}. */
@FunctionalInterface
interface Endpoint {
    RestReply handle(RestCall call);
}
