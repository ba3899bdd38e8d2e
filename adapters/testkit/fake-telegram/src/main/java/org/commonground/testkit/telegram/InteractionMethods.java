package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.List;

/** setMessageReaction, answerCallbackQuery, setMyCommands and getMyCommands. */
final class InteractionMethods {

    private final World world;
    private final BotActivity activity;
    private final CommandMenu menu;

    InteractionMethods(World world, BotActivity activity, CommandMenu menu) {
        this.world = world;
        this.activity = activity;
        this.menu = menu;
    }

    void addTo(MethodTable table) {
        table.add("setMessageReaction", this::setMessageReaction)
                .add("answerCallbackQuery", this::answerCallbackQuery)
                .add("setMyCommands", this::setMyCommands)
                .add("getMyCommands", this::getMyCommands);
    }

    private JsonNode setMessageReaction(Params params) {
        List<String> emoji = Reactions.read(params.structure("reaction", "can't parse reaction types JSON object"));
        synchronized (world) {
            ChatState chat = world.chat(params.chatId());
            StoredMessage message = chat.message(params.messageId());
            if (message == null || message.service != null) {
                throw ApiError.badRequest("message to react not found");
            }
            activity.reacted(new BotReaction(chat.id, message.id, List.copyOf(emoji), params.flag("is_big")));
            return BooleanNode.TRUE;
        }
    }

    private JsonNode answerCallbackQuery(Params params) {
        String id = params.text("callback_query_id");
        if (id == null || !world.closeQuery(id)) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        activity.answered(new CallbackAnswer(id, params.text("text"), params.flag("show_alert"), params.text("url")));
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(Params params) {
        menu.set(scope(params), params.structure("commands", "can't parse commands JSON object"));
        return BooleanNode.TRUE;
    }

    private JsonNode getMyCommands(Params params) {
        return menu.get(scope(params));
    }

    private static String scope(Params params) {
        return CommandMenu.scopeOf(params.structure("scope", "can't parse BotCommandScope JSON object"),
                params.text("language_code"));
    }
}
