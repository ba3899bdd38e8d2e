package org.commonground.adapter.files;

/**
 * Members' words in a Markdown document (CommonMark, and GitHub's additions), shown exactly as
 * written: every character that could start a link, an image, HTML, an entity, emphasis, code, a
 * table or strikethrough is backslash-escaped, and so is whatever would make a line a heading, a
 * list item or a rule.
 */
final class MarkdownText {

    private static final String INLINE = "\\`*_[]<>&|~";
    private static final String LINE_STARTS = "#+-=";

    private MarkdownText() {
    }

    /** The text on one line, for a heading or a name. */
    static String inline(String text) {
        return line(text.strip().replaceAll("\\s+", " "));
    }

    /** The text as a block quote, its line breaks kept. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.strip().split("\\R", -1)) {
            out.append(line.isBlank() ? ">" : "> " + line(line)).append('\n');
        }
        return out.toString();
    }

    private static String line(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        int start = 0;
        while (start < out.length() && (out.charAt(start) == ' ' || out.charAt(start) == '\t')) {
            start++;
        }
        if (start < out.length() && LINE_STARTS.indexOf(out.charAt(start)) >= 0) {
            out.insert(start, '\\');
        } else {
            escapeListNumber(out, start);
        }
        return out.toString();
    }

    /** "1." or "1)" at the start of a line begins a numbered list: escape its mark. */
    private static void escapeListNumber(StringBuilder out, int start) {
        int end = start;
        while (end < out.length() && isAsciiDigit(out.charAt(end)) && end - start < 9) {
            end++;
        }
        if (end > start && end < out.length() && (out.charAt(end) == '.' || out.charAt(end) == ')')) {
            out.insert(end, '\\');
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
