package org.commonground.core.theme;

import java.util.HashSet;
import java.util.Set;

import org.commonground.core.collate.Anchor;
import org.commonground.core.domain.Round;
import org.commonground.core.domain.Theme;
import org.commonground.core.port.CollationMemory;

/** Finds the anchor behind a theme of a round, or makes one. */
final class ThemeAnchors {

    static final int LONGEST_LABEL = 80;

    /** A theme with the round it belongs to. */
    record Located(Round round, Theme theme) {
    }

    private final RoundThemes roundThemes;
    private final CollationMemory memory;

    ThemeAnchors(RoundThemes roundThemes, CollationMemory memory) {
        this.roundThemes = roundThemes;
        this.memory = memory;
    }

    Round round(long roundId) {
        return roundThemes.round(roundId);
    }

    Located locate(long roundId, String themeId) {
        Round round = roundThemes.round(roundId);
        Theme theme = roundThemes.theme(roundId, themeId).orElseThrow(() -> new IllegalArgumentException(
                "Round " + roundId + " has no theme '" + themeId + "'. `themes " + roundId + "` shows its themes."));
        return new Located(round, theme);
    }

    /**
     * The anchor the theme came from: the one its replies are pinned to, or else the gathering's
     * anchor of the same heading and name (a theme later replies were matched to); {@code null} if none.
     */
    Long existingAnchorOf(Located located) {
        Theme theme = located.theme();
        Set<Long> members = new HashSet<>(theme.contributionIds());
        Long byName = null;
        for (Anchor anchor : memory.anchors(located.round().gatheringId())) {
            if (anchor.members().stream().anyMatch(m -> members.contains(m.contributionId()))) {
                return anchor.id();
            }
            if (anchor.category() == theme.category() && theme.label().equals(anchor.label())) {
                byName = anchor.id();
            }
        }
        return byName;
    }

    /** The theme's anchor, made with the given name (or none) if the theme has none yet. */
    long anchorOf(Located located, String label) {
        Long existing = existingAnchorOf(located);
        return existing != null ? existing
                : memory.createAnchor(located.round().gatheringId(), located.theme().category(), label);
    }

    /** A convenor's theme name, checked. */
    static String label(String text) {
        String label = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (label.isEmpty() || label.length() > LONGEST_LABEL) {
            throw new IllegalArgumentException("Give the theme a name of 1 to " + LONGEST_LABEL + " characters.");
        }
        return label;
    }
}
