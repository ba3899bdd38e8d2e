package org.commonground.adapter.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;

/** Says in a few words, on one line, why a file could not be read or written. */
final class IoReasons {

    private IoReasons() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
