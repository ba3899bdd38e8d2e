package org.commonground.testkit.discord;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * Everything that reaches the port: WebSocket upgrades go to the gateway; REST calls under /api/v10
 * are authenticated, rate limited, answered by their route's endpoint and logged.
 */
final class HttpFront extends Dispatcher {
    private final MockWebServer server;
    private final Gateway gateway;
    private final RateLimits rateLimits;
    private final Map<Route, Endpoint> endpoints;
    private final String authorization;
    private final Journal<RecordedCall> calls;

    HttpFront(MockWebServer server, Gateway gateway, RateLimits rateLimits, Map<Route, Endpoint> endpoints,
            String token, Journal<RecordedCall> calls) {
        this.server = server;
        this.gateway = gateway;
        this.rateLimits = rateLimits;
        this.endpoints = endpoints;
        this.authorization = "Bot " + token;
        this.calls = calls;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        // MockWebServer queues every request for takeRequest(); the fake keeps its own bounded log instead.
        server.takeRequest(0, TimeUnit.NANOSECONDS);
        if (WebSocketUpgrade.requested(request)) {
            return gateway.upgrade(request);
        }
        Headers.Builder headers = new Headers.Builder().add("Via", "1.1 google");
        RestReply reply = answer(request, headers);
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        calls.add(new RecordedCall(request.getMethod(), request.getUrl().encodedPath()
                + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery()), body,
                reply.status(), FormData.payloadOf(request)));
        MockResponse.Builder response = new MockResponse.Builder().code(reply.status());
        if (reply.body() != null) {
            headers.add("Content-Type", "application/json");
        }
        response.headers(headers.build());
        return reply.body() == null ? response.build() : response.body(reply.body()).build();
    }

    private RestReply answer(RecordedRequest request, Headers.Builder headers) {
        List<String> segments = request.getUrl().pathSegments();
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v10")) {
            return ApiError.http(404).reply();
        }
        List<String> path = segments.subList(2, segments.size());
        Route.Match match = Route.match(request.getMethod(), path, true);
        if (match == null) {
            return ApiError.http(Route.match(request.getMethod(), path, false) == null ? 404 : 405).reply();
        }
        Route route = match.route();
        if (!route.interaction() && !authorization.equals(request.getHeaders().get("Authorization"))) {
            return ApiError.http(401).reply();
        }
        RateLimits.Admission admission = rateLimits.admit(route, route.majorParameter(match.parameters()));
        headers.addAll(admission.headers());
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        try {
            FormData form = FormData.of(request);
            if (!form.files().isEmpty() && route != Route.CREATE_MESSAGE) {
                throw ApiError.of(400, 0, "This fake takes file uploads on Create Message only");
            }
            return endpoints.get(route).handle(new RestCall(route, match.parameters(), request.getUrl(), form.json(),
                    form.files()));
        } catch (ApiError error) {
            return error.reply();
        }
    }
}
