package org.commonground.testkit.telegram;

/**
 * An HTML character reference as Telegram reads it: {@code &lt; &gt; &amp; &quot;} and numeric
 * ones, decimal or {@code &#x} hexadecimal, the closing semicolon optional. Any other name, such as
 * {@code &nbsp;}, is no reference and stays in the text as written.
 *
 * @param codePoint what the reference stands for
 * @param end       the index just past it
 */
record CharacterReference(int codePoint, int end) {

    /** The reference starting at the '&' at this index, or null when there is none. */
    static CharacterReference at(String source, int ampersand) {
        int end = ampersand + 1;
        long code;
        if (charAt(source, end) == '#') {
            boolean hex = charAt(source, ++end) == 'x';
            end += hex ? 1 : 0;
            code = 0;
            while (digit(charAt(source, end), hex) >= 0) {
                code = Math.min(code * (hex ? 16 : 10) + digit(charAt(source, end), hex), 0x110000);
                end++;
            }
            if (code == 0 || code >= 0x10FFFF || end - ampersand >= 10) {
                return null;
            }
        } else {
            while (isAsciiLetter(charAt(source, end))) {
                end++;
            }
            code = named(source.substring(ampersand + 1, end));
            if (code == 0) {
                return null;
            }
        }
        return new CharacterReference((int) code, charAt(source, end) == ';' ? end + 1 : end);
    }

    private static char charAt(String source, int index) {
        return index < source.length() ? source.charAt(index) : 0;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int digit(char c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = Character.toLowerCase(c);
        return hex && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static int named(String name) {
        switch (name) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            default:
                return 0;
        }
    }
}
