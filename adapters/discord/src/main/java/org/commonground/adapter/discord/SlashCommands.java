package org.commonground.adapter.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.commonground.core.intake.ReplyText;

/**
 * The slash commands the bot registers: for rounds, and for open spaces. The convenor commands are hidden by default from everyone who
 * cannot manage the server; a server's admins may open them to a role in the server's settings.
 */
final class SlashCommands {

    static final String SHARE = "share";
    static final String CREDIT = "credit";
    static final String ASK = "ask";
    static final String ANSWER = "answer";
    static final String CHOICE = "choice";
    static final String CATEGORY = "category";
    static final String PROMPT = "prompt";
    static final String TEXT = "text";

    /** The open-space commands: each takes the rest of the line as a person would type it. */
    private static final Map<String, String> OPEN_SPACE = new LinkedHashMap<>();

    static {
        OPEN_SPACE.put("propose", "Propose a session: Title | what it is about");
        OPEN_SPACE.put("withdraw", "Withdraw your session: its number");
        OPEN_SPACE.put("retitle", "Give your session a new title: its number, then the title");
        OPEN_SPACE.put("notes", "Notes from your session: its number, then the notes");
        OPEN_SPACE.put("remind", "on for a message before your sessions, off to stop");
        OPEN_SPACE.put("openspace", "What is on in the open space, and how to take part");
    }

    private SlashCommands() {
    }

    static List<CommandData> all() {
        List<CommandData> all = new ArrayList<>(rounds());
        OPEN_SPACE.forEach((name, description) -> all.add(anywhere(Commands.slash(name, description)
                .addOptions(new OptionData(OptionType.STRING, TEXT, description).setMaxLength(ReplyText.MAX_LENGTH)))));
        return all;
    }

    private static List<CommandData> rounds() {
        return List.of(
                Commands.slash(SHARE, "Share your answer to the open question")
                        .addOptions(new OptionData(OptionType.STRING, ANSWER, "Your answer (leave out to get a form)")
                                .setMaxLength(ReplyText.MAX_LENGTH))
                        .setContexts(InteractionContextType.GUILD),
                anywhere(Commands.slash("mydata", "See everything I hold about you (only you see it)")),
                anywhere(Commands.slash("forgetme", "Delete everything I hold about you")),
                anywhere(Commands.slash(CREDIT, "Choose whether summaries name you")
                        .addOptions(new OptionData(OptionType.STRING, CHOICE, "on to be named, off to stay anonymous",
                                true).addChoice("on", "on").addChoice("off", "off"))),
                anywhere(Commands.slash("help", "What I do and how to take part")),
                convenor(Commands.slash(ASK, "Ask this channel a question")
                        .addOptions(new OptionData(OptionType.STRING, PROMPT, "The question", true).setMaxLength(1000),
                                new OptionData(OptionType.STRING, CATEGORY, "What kind of answers it asks for")
                                        .addChoice("what matters (vision)", "vision")
                                        .addChoice("what is in our way (obstacle)", "obstacle")
                                        .addChoice("who to persuade (target)", "target")
                                        .addChoice("what we could do (idea)", "idea")
                                        .addChoice("open", "open"))),
                convenor(Commands.slash("summary", "Post the summary of this channel's latest question")));
    }

    private static SlashCommandData anywhere(SlashCommandData command) {
        return command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    private static SlashCommandData convenor(SlashCommandData command) {
        return command.setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }
}
