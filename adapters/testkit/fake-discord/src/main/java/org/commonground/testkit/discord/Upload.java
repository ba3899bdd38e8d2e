package org.commonground.testkit.discord;

/**
 * One file part of a multipart/form-data request, as the client sent it.
 *
 * @param field       the form field's name, such as {@code files[0]}
 * @param filename    the name in the part's Content-Disposition
 * @param contentType the part's own Content-Type, or null when it gave none
 */
record Upload(String field, String filename, String contentType, byte[] data) {

    /** The n of a {@code files[n]} field; -1 for any other name. */
    int index() {
        if (!field.startsWith("files[") || !field.endsWith("]")) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(6, field.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
