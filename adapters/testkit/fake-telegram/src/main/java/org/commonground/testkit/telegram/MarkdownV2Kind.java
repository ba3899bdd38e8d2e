package org.commonground.testkit.telegram;

/** The entity kinds of MarkdownV2, by the name Telegram's server gives them in errors and the API type they become. */
enum MarkdownV2Kind {
    BOLD("Bold", "bold"), ITALIC("Italic", "italic"), UNDERLINE("Underline", "underline"),
    STRIKETHROUGH("Strikethrough", "strikethrough"), SPOILER("Spoiler", "spoiler"), CODE("Code", "code"),
    PRE("Pre", "pre"), PRE_CODE("PreCode", "pre"), TEXT_URL("TextUrl", "text_link"),
    CUSTOM_EMOJI("CustomEmoji", "custom_emoji"), BLOCKQUOTE("BlockQuote", "blockquote");

    private final String serverName;
    private final String apiType;

    MarkdownV2Kind(String serverName, String apiType) {
        this.serverName = serverName;
        this.apiType = apiType;
    }

    String serverName() {
        return serverName;
    }

    String apiType() {
        return apiType;
    }

    /** Inside code only a backtick means anything. */
    boolean isCode() {
        return this == CODE || this == PRE || this == PRE_CODE;
    }

    /** Whether this character, seen with the two after it, closes an open entity of this kind. */
    boolean closesAt(char c, char next, char afterNext) {
        switch (this) {
            case BOLD:
                return c == '*';
            case ITALIC:
                return c == '_' && next != '_';
            case UNDERLINE:
                return c == '_' && next == '_';
            case STRIKETHROUGH:
                return c == '~';
            case SPOILER:
                return c == '|' && next == '|';
            case CODE:
                return c == '`';
            case PRE:
            case PRE_CODE:
                return c == '`' && next == '`' && afterNext == '`';
            case TEXT_URL:
            case CUSTOM_EMOJI:
                return c == ']';
            default:
                return false;
        }
    }
}
