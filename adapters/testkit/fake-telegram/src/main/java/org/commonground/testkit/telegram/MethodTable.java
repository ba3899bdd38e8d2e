package org.commonground.testkit.telegram;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The methods the fake serves, found by name case-insensitively, as the real Bot API finds them. */
final class MethodTable {

    private final Map<String, ApiMethod> methods = new HashMap<>();

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    MethodTable add(String name, ApiMethod method) {
        methods.put(key(name), method);
        return this;
    }

    ApiMethod find(String name) {
        return methods.get(key(name));
    }
}
