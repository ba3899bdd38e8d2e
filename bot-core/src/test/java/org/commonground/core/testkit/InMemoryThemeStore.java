package org.commonground.core.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonground.core.domain.Theme;
import org.commonground.core.port.ThemeStore;

/** Themes in memory, for tests of the core. */
public final class InMemoryThemeStore implements ThemeStore {

    private final Map<Long, List<Theme>> byRound = new ConcurrentHashMap<>();

    @Override
    public void replace(long roundId, List<Theme> themes) {
        byRound.put(roundId, List.copyOf(themes));
    }

    @Override
    public List<Theme> list(long roundId) {
        return byRound.getOrDefault(roundId, List.of()).stream()
                .sorted(Comparator.comparingInt(Theme::size).reversed()).toList();
    }
}
