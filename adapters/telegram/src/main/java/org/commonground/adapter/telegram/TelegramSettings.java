package org.commonground.adapter.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How to reach the bot on the Bot API: its token, the server's base URL (Telegram's own, a
 * self-hosted Bot API server, or a fake in tests) and how long one long poll waits. The token is
 * a secret: it never appears in {@link #toString()} or in an error message from here.
 */
public record TelegramSettings(String token, URI apiUrl, Duration pollTimeout) {

    public static final URI TELEGRAM = URI.create("https://api.telegram.org");
    public static final Duration LONGEST_POLL = Duration.ofSeconds(50);

    private static final Pattern TOKEN = Pattern.compile("\\d{1,18}:[A-Za-z0-9_-]{20,}");

    public TelegramSettings {
        if (token == null || !TOKEN.matcher(token.strip()).matches()) {
            throw new IllegalArgumentException("The Telegram token does not look like one from BotFather: "
                    + "digits, a colon, then letters, digits, '-' and '_'.");
        }
        token = token.strip();
        String scheme = apiUrl == null || apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || apiUrl.getHost() == null
                || !(apiUrl.getRawPath() == null || apiUrl.getRawPath().isEmpty() || apiUrl.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("The Telegram API URL must be a server's address with no path, "
                    + "such as https://api.telegram.org or http://127.0.0.1:8081, not " + apiUrl);
        }
        if (pollTimeout.isNegative() || pollTimeout.compareTo(LONGEST_POLL) > 0) {
            throw new IllegalArgumentException("A Telegram poll may wait 0 to 50 seconds, not " + pollTimeout);
        }
    }

    /** The bot's own user id: the part of the token before the colon. */
    public long botId() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    TelegramUrl telegramUrl() {
        boolean https = apiUrl.getScheme().equalsIgnoreCase("https");
        int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme().toLowerCase(Locale.ROOT), apiUrl.getHost(), port, false);
    }

    /** The text with the token taken out, for messages that may quote a request's address. */
    String redact(String text) {
        return text == null ? null : text.replace(token, "<token>");
    }

    @Override
    public String toString() {
        return "TelegramSettings[bot " + botId() + " at " + apiUrl + ", polls of " + pollTimeout.toSeconds() + " s]";
    }
}
