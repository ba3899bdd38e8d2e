package org.commonground.testkit.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts, as a bot's upload sends it: each
 * part has a {@code Content-Disposition} with its name, and a file part also has a filename. Parts
 * are separated by CRLF, two dashes and the boundary; the last boundary ends with two more dashes.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /**
     * One part: its form field name, the file name when it is a file, and its bytes.
     *
     * @param filename null for an ordinary field
     */
    record Part(String name, String filename, String contentType, byte[] content) {

        boolean isFile() {
            return filename != null;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /** The parts in order; a body that does not follow the format is a bad request, as Telegram says. */
    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw ApiError.badRequest("multipart/form-data without a boundary");
        }
        String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(1);
        byte[] delimiter = ("--" + value).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw ApiError.badRequest("can't parse multipart/form-data body");
        }
        byte[] next = concat(CRLF, delimiter);
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (startsWith(body, afterDelimiter, new byte[] {'-', '-'})) {
                return parts;
            }
            int partStart = afterDelimiter + CRLF.length;
            int partEnd = indexOf(body, next, partStart);
            if (!startsWith(body, afterDelimiter, CRLF) || partEnd < 0) {
                throw ApiError.badRequest("can't parse multipart/form-data body");
            }
            parts.add(part(Arrays.copyOfRange(body, partStart, partEnd)));
            at = partEnd + CRLF.length;
        }
    }

    private static Part part(byte[] raw) {
        int headersEnd = indexOf(raw, HEADERS_END, 0);
        String headers = new String(raw, 0, Math.max(headersEnd, 0), StandardCharsets.UTF_8);
        byte[] content = headersEnd < 0 ? new byte[0] : Arrays.copyOfRange(raw, headersEnd + HEADERS_END.length,
                raw.length);
        String name = null;
        String filename = null;
        String type = null;
        for (String header : headers.split("\r\n")) {
            int colon = header.indexOf(':');
            String key = colon < 0 ? "" : header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String headerValue = colon < 0 ? "" : header.substring(colon + 1).strip();
            if (key.equals("content-disposition")) {
                Matcher n = NAME.matcher(headerValue);
                name = n.find() ? n.group(1) : null;
                Matcher f = FILENAME.matcher(headerValue);
                filename = f.find() ? f.group(1) : null;
            } else if (key.equals("content-type")) {
                type = headerValue;
            }
        }
        if (name == null) {
            throw ApiError.badRequest("can't parse multipart/form-data part without a name");
        }
        return new Part(name, filename, type, content);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            if (startsWith(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (data[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
