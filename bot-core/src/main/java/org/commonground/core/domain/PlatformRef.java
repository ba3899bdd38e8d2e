package org.commonground.core.domain;

import java.util.regex.Pattern;

/** Parses and checks the {@code platform:id} form shared by chat and member references. */
final class PlatformRef {

    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9]{0,19}");
    private static final Pattern ID = Pattern.compile("[^\\s:][^\\s]{0,127}");

    private PlatformRef() {
    }

    static String[] split(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException("A " + what + " is written platform:id, for example telegram:-1001234567890.");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what
                    + ": write it platform:id, for example telegram:-1001234567890 or local:main.");
        }
        String[] parts = {text.substring(0, colon).trim().toLowerCase(), text.substring(colon + 1).trim()};
        check(parts[0], parts[1], what);
        return parts;
    }

    static void check(String platform, String id, String what) {
        if (platform == null || !PLATFORM.matcher(platform).matches()) {
            throw new IllegalArgumentException("'" + platform + "' is not a platform name in a " + what + ".");
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an id in a " + what + ".");
        }
    }
}
