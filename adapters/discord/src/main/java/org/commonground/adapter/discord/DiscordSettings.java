package org.commonground.adapter.discord;

/**
 * How to reach Discord.
 *
 * @param restUrl        the REST API's base, ending in {@code /api/v10/}; another for a proxy or a test server
 * @param gatewayUrl     the gateway's WebSocket address
 * @param messageContent whether to ask for the privileged Message Content intent; when Discord refuses
 *                       it, the bot carries on without
 * @param convenorRole   the name or id of a role whose members may use the convenor commands, or
 *                       {@code null} for those who can manage the server only
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, boolean messageContent,
                              String convenorRole) {

    public static final String DISCORD_REST = "https://discord.com/api/v10/";
    public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A Discord bot token is needed: set COMMONGROUND_DISCORD_TOKEN.");
        }
        restUrl = restUrl == null || restUrl.isBlank() ? DISCORD_REST : restUrl;
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DISCORD_GATEWAY : gatewayUrl;
        convenorRole = convenorRole == null || convenorRole.isBlank() ? null : convenorRole.strip();
    }

    /** Everything but the token, which never reaches a log. */
    @Override
    public String toString() {
        return "DiscordSettings[restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", messageContent="
                + messageContent + ", convenorRole=" + convenorRole + "]";
    }
}
