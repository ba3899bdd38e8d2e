package org.commonground.core.intake;

/**
 * Cleans a member's text before it is stored: control characters go, line breaks are kept, and a
 * huge message is cut to a size a summary can use. Markup is kept as written; it is escaped
 * wherever the text is shown.
 */
public final class ReplyText {

    /** The longest reply kept, in characters; longer text is cut with an ellipsis. */
    public static final int MAX_LENGTH = 4000;

    private ReplyText() {
    }

    /** The cleaned text; empty when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                out.appendCodePoint(cp == '\t' ? ' ' : '\n');
            } else if (cp == '\r') {
                // dropped: \r\n becomes \n
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    || cp == 0x200D) {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().strip();
        if (cleaned.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH - 1;
            if (Character.isLowSurrogate(cleaned.charAt(cut))) {
                cut--;
            }
            cleaned = cleaned.substring(0, cut) + "…";
        }
        return cleaned;
    }

    /** The text on one line with runs of white space collapsed, shortened to {@code max} at a word. */
    public static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }
}
