package org.commonground.adapter.files;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/**
 * Where each column a reply file may have sits in its header row. Names are matched ignoring case
 * and surrounding spaces; a Polis {@code comments.csv} is read as it is, its columns standing in for
 * ours ({@code comment-body} for {@code text}, {@code comment-id} for {@code id}, {@code author-id}
 * for {@code author}, {@code timestamp} for {@code created}).
 */
final class ReplyColumns {

    private static final int MISSING = -1;
    private static final int NAMES_SHOWN = 8;
    private static final int NAME_LENGTH_SHOWN = 30;

    private final int text;
    private final int id;
    private final int author;
    private final int prompt;
    private final int category;
    private final int created;
    private final int width;

    private ReplyColumns(List<String> names) {
        text = find(names, "text", "comment-body");
        id = find(names, "id", "comment-id");
        author = find(names, "author", "author-id");
        prompt = find(names, "prompt");
        category = find(names, "category");
        created = find(names, "created", "timestamp");
        width = names.size();
    }

    /** The columns of a header row; throws when it has no text column, showing what it has. */
    static ReplyColumns of(CSVRecord header, String fileName) {
        List<String> names = header.toList().stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        ReplyColumns columns = new ReplyColumns(names);
        if (columns.text == MISSING) {
            throw new IllegalArgumentException(fileName + " has no text column: its first row has " + shown(header)
                    + ". The first row must be a header naming the columns, one of them text.");
        }
        return columns;
    }

    /** How many columns the header names. */
    int width() {
        return width;
    }

    /** The text exactly as written, or an empty string when the row is short. */
    String text(CSVRecord record) {
        String value = cell(record, text);
        return value == null ? "" : value;
    }

    String id(CSVRecord record) {
        return stripped(record, id);
    }

    String author(CSVRecord record) {
        return stripped(record, author);
    }

    String prompt(CSVRecord record) {
        return stripped(record, prompt);
    }

    String category(CSVRecord record) {
        return stripped(record, category);
    }

    String created(CSVRecord record) {
        return stripped(record, created);
    }

    private static int find(List<String> names, String... candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index != MISSING) {
                return index;
            }
        }
        return MISSING;
    }

    private static String cell(CSVRecord record, int index) {
        return index == MISSING || index >= record.size() ? null : record.get(index);
    }

    /** The value without surrounding spaces, or {@code null} when the cell is absent or blank. */
    private static String stripped(CSVRecord record, int index) {
        String value = cell(record, index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shown(CSVRecord header) {
        List<String> names = header.toList().stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            return "no names";
        }
        String shown = names.stream().limit(NAMES_SHOWN)
                .map(name -> name.length() > NAME_LENGTH_SHOWN ? name.substring(0, NAME_LENGTH_SHOWN) + "…" : name)
                .map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        return names.size() > NAMES_SHOWN ? shown + " and " + (names.size() - NAMES_SHOWN) + " more" : shown;
    }
}
