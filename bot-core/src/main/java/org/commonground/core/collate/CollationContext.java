package org.commonground.core.collate;

/**
 * Where a collation happens, so that a collator can use what it learned for that network.
 *
 * @param gatheringId the gathering the replies come from, or 0 for replies from a file
 */
public record CollationContext(long gatheringId) {

    public static final CollationContext OFFLINE = new CollationContext(0);
}
