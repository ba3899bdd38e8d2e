package org.commonground.core.exchange;

import java.time.Instant;

import org.commonground.core.domain.Category;

/**
 * One reply read from a file.
 *
 * @param id       the row's id in the file (a Polis comment-id), or its row number counted from 1
 *                 after the header, blank rows left out
 * @param author   an author id from the file, or {@code null}
 * @param prompt   the question it answered, or {@code null}
 * @param category a category a person gave it, or {@code null}
 * @param created  when it was written, or {@code null}
 */
public record ReplyRow(String id, String text, String author, String prompt, Category category, Instant created) {
}
