/**
 * A protocol-faithful fake of Discord for tests and benchmarks: the v10 REST API and the gateway on one
 * loopback port, following Discord's published shapes, codes and error bodies.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     FakeGuild guild = discord.guild("Network");
 *     FakeChannel general = guild.textChannel("general");
 *     Person alice = guild.member("alice");
 *     // JDABuilder ... setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
 *     //   .setSessionController(controller whose getGateway() returns discord.gatewayUrl())
 *     long asked = alice.post(general, "what matters to you?");
 *     discord.waitUntil(() -> !discord.sentMessages(general).isEmpty(), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
package org.commonground.testkit.discord;
