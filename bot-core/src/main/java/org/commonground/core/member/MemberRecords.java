package org.commonground.core.member;

import java.util.List;

import org.commonground.core.domain.MemberRef;

/**
 * What a part of the bot other than rounds holds about members, such as open-space sessions, taps
 * and notes: {@code /mydata} shows it and {@code /forgetme} deletes it, with everything else.
 */
public interface MemberRecords {

    /** Lines for the member to read about what is held; empty when nothing is. */
    List<String> describe(MemberRef member);

    /** Deletes everything held about the member; returns how many things were deleted. */
    int forget(MemberRef member);
}
