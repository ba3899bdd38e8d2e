package org.commonground.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** getChat, getChatMember and sendChatAction. */
final class ChatMethods {

    private static final Set<String> ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");

    private final World world;
    private final BotActivity activity;

    ChatMethods(World world, BotActivity activity) {
        this.world = world;
        this.activity = activity;
    }

    void addTo(MethodTable table) {
        table.add("getChat", this::getChat)
                .add("getChatMember", this::getChatMember)
                .add("sendChatAction", this::sendChatAction);
    }

    private JsonNode getChat(Params params) {
        synchronized (world) {
            return world.chat(params.chatId()).fullInfo();
        }
    }

    private JsonNode getChatMember(Params params) {
        Long userId = params.integer("user_id");
        synchronized (world) {
            ChatState chat = world.chat(params.chatId());
            if (userId == null || userId <= 0) {
                throw ApiError.badRequest("invalid user_id specified");
            }
            ObjectNode user = world.user(userId);
            if (user == null) {
                throw ApiError.badRequest("user not found");
            }
            boolean isBot = userId == world.bot().id();
            String status = isBot ? (chat.botAdmin ? "administrator" : "member") : chat.status(userId);
            return member(status, user);
        }
    }

    /** The ChatMember object for a status, with the fields its type requires. */
    private static ObjectNode member(String status, ObjectNode user) {
        ObjectNode member = Json.object().put("status", status);
        member.set("user", user);
        if (status.equals("creator")) {
            member.put("is_anonymous", false);
        } else if (status.equals("administrator")) {
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true)
                    .put("can_restrict_members", true).put("can_promote_members", false)
                    .put("can_change_info", true).put("can_invite_users", true).put("can_post_stories", false)
                    .put("can_edit_stories", false).put("can_delete_stories", false).put("can_pin_messages", true);
        }
        return member;
    }

    private JsonNode sendChatAction(Params params) {
        String action = params.text("action");
        synchronized (world) {
            ChatState chat = world.chatToWrite(params.chatId());
            if (action == null || !ACTIONS.contains(action)) {
                throw ApiError.badRequest("wrong parameter action in request");
            }
            activity.acted(new ChatAction(chat.id, action));
            return BooleanNode.TRUE;
        }
    }
}
