package org.commonground.core.collate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Features computed ahead for replies about to be placed, each used once: a bounded map, oldest
 * dropped first, so that texts prepared but never placed (a poisoned update, chatter) cannot pile up.
 */
final class RecentFeatures {

    /** Enough for a few of Telegram's largest batches (100 updates). */
    static final int KEPT = 1_000;

    private final Map<String, Features> features;

    RecentFeatures(int kept) {
        this.features = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Features> eldest) {
                return size() > kept;
            }
        };
    }

    synchronized boolean has(String text) {
        return features.containsKey(text);
    }

    synchronized void keep(List<String> texts, List<Features> computed) {
        for (int i = 0; i < texts.size(); i++) {
            features.put(texts.get(i), computed.get(i));
        }
    }

    synchronized Optional<Features> take(String text) {
        return Optional.ofNullable(features.remove(text));
    }
}
