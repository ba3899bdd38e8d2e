package org.commonground.testkit.telegram;

import java.util.List;

/** Which entity each closed HTML tag becomes, with Telegram's merging of pre and code into one. */
final class HtmlEntities {

    private HtmlEntities() {
    }

    static void add(List<Entity> entities, String tag, String argument, int offset, int length, String content) {
        switch (tag) {
            case "b":
            case "strong":
                entities.add(Entity.of("bold", offset, length));
                break;
            case "i":
            case "em":
                entities.add(Entity.of("italic", offset, length));
                break;
            case "u":
            case "ins":
                entities.add(Entity.of("underline", offset, length));
                break;
            case "s":
            case "strike":
            case "del":
                entities.add(Entity.of("strikethrough", offset, length));
                break;
            case "span":
            case "tg-spoiler":
                entities.add(Entity.of("spoiler", offset, length));
                break;
            case "blockquote":
                entities.add(Entity.of(argument.isEmpty() ? "blockquote" : "expandable_blockquote", offset, length));
                break;
            case "a":
                addLink(entities, argument.isEmpty() ? content : argument, offset, length);
                break;
            case "tg-emoji":
                addCustomEmoji(entities, argument, offset, length);
                break;
            default:
                addCode(entities, tag, argument, offset, length);
        }
    }

    /** Only a code inside a pre keeps a language; a code on its own has none. */
    static Entity withoutStrayLanguage(Entity entity) {
        return entity.type().equals("code") && entity.extraName() != null
                ? Entity.of("code", entity.offset(), entity.length()) : entity;
    }

    private static void addLink(List<Entity> entities, String url, int offset, int length) {
        if (!url.isBlank()) {
            entities.add(new Entity("text_link", offset, length, "url", url));
        }
    }

    private static void addCustomEmoji(List<Entity> entities, String id, int offset, int length) {
        if (!id.matches("[1-9]\\d{0,18}")) {
            throw new MarkupError("Invalid custom emoji identifier specified");
        }
        entities.add(new Entity("custom_emoji", offset, length, "custom_emoji_id", id));
    }

    /** A pre and a code over the same text, either way round, make one pre with the code's language. */
    private static void addCode(List<Entity> entities, String tag, String language, int offset, int length) {
        Entity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
        boolean sameRange = last != null && last.offset() == offset && last.length() == length;
        if (tag.equals("pre") && sameRange && last.type().equals("code") && last.extraValue() != null) {
            entities.set(entities.size() - 1, new Entity("pre", offset, length, "language", last.extraValue()));
        } else if (tag.equals("code") && sameRange && last.type().equals("pre") && !language.isEmpty()) {
            entities.set(entities.size() - 1, new Entity("pre", offset, length, "language", language));
        } else if (tag.equals("pre")) {
            entities.add(Entity.of("pre", offset, length));
        } else {
            entities.add(language.isEmpty() ? Entity.of("code", offset, length)
                    : new Entity("code", offset, length, "language", language));
        }
    }
}
