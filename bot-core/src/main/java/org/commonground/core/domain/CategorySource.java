package org.commonground.core.domain;

/** Who decided a contribution's category. */
public enum CategorySource {
    /** The collator's suggestion; a later collation may change it. */
    SUGGESTED,
    /** The author or a convenor chose it; nothing automatic changes it again. */
    CONFIRMED
}
