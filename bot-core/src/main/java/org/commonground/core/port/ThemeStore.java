package org.commonground.core.port;

import java.util.List;

import org.commonground.core.domain.Theme;

/** Keeps the themes of each round's latest collation. */
public interface ThemeStore {

    /** Replaces all themes of the round. */
    void replace(long roundId, List<Theme> themes);

    /** The round's themes, largest first. */
    List<Theme> list(long roundId);
}
