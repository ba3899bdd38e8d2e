package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestRateLimitTest {
    private FakeDiscord fake;
    private RawHttp http;
    private FakeChannel general;
    private FakeChannel random;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        http = new RawHttp(fake);
        FakeGuild guild = fake.guild("Network");
        general = guild.textChannel("general");
        random = guild.textChannel("random");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void everyAnswerCarriesTheBucketHeaders() {
        RawHttp.Reply reply = http.get("users/@me");

        assertThat(reply.header("X-RateLimit-Limit")).isNotNull();
        assertThat(reply.header("X-RateLimit-Remaining")).isNotNull();
        assertThat(reply.header("X-RateLimit-Reset")).isNotNull();
        assertThat(reply.header("X-RateLimit-Reset-After")).isNotNull();
        assertThat(reply.header("X-RateLimit-Bucket")).isNotNull();
        assertThat(reply.header("Via")).isEqualTo("1.1 google");
    }

    @Test
    void aRouteLimitIsCountedPerChannelAndAnsweredWith429() {
        fake.rateLimits().limit(Route.CREATE_MESSAGE, 2, Duration.ofSeconds(5));

        RawHttp.Reply first = send(general);
        RawHttp.Reply second = send(general);
        RawHttp.Reply third = send(general);
        RawHttp.Reply elsewhere = send(random);

        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("1");
        assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).matches("[1-5]");
        assertThat(third.header("X-RateLimit-Scope")).isEqualTo("user");
        assertThat(third.header("Via")).as("without Via, JDA assumes a Cloudflare ban").isEqualTo("1.1 google");
        assertThat(third.json().path("message").asText()).isEqualTo("You are being rate limited.");
        assertThat(third.json().path("retry_after").asDouble()).isBetween(0.0, 5.0);
        assertThat(third.json().path("global").asBoolean()).isFalse();
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(fake.rateLimits().rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void theGlobalLimitSparesInteractionRoutes() {
        fake.rateLimits().limitGlobally(Duration.ofSeconds(30));

        RawHttp.Reply limited = http.get("users/@me");
        RawHttp.Reply interaction = http.anonymous("POST", "interactions/1/token/callback", "{\"type\":4}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Global")).isEqualTo("true");
        assertThat(limited.header("X-RateLimit-Scope")).isEqualTo("global");
        assertThat(limited.json().path("global").asBoolean()).isTrue();
        assertThat(interaction.json().path("code").asInt()).isEqualTo(10062);
    }

    @Test
    void injectedFailuresHitTheNextCallsOfTheRouteOnly() {
        fake.rateLimits().failNext(Route.GET_CHANNEL, 2, 503);

        RawHttp.Reply first = http.get("channels/" + general.id());
        RawHttp.Reply second = http.get("channels/" + general.id());
        RawHttp.Reply third = http.get("channels/" + general.id());

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().path("message").asText()).isEqualTo("503: Service Unavailable");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.json().path("name").asText()).isEqualTo("general");
    }

    private RawHttp.Reply send(FakeChannel channel) {
        return http.call("POST", "channels/" + channel.id() + "/messages", "{\"content\":\"hello\"}");
    }
}
