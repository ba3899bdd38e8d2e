package org.commonground.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;

/** Keeps the members the bot has heard from, and in which chats. */
public interface MemberStore {

    /** Records that the member spoke in the chat, creating the member (not credited) if new. */
    Member seen(MemberRef ref, String displayName, ChatRef chat, Instant at);

    Optional<Member> find(MemberRef ref);

    /** The chats the member has spoken in (groups and direct conversations), most recent first. */
    List<ChatRef> chatsOf(MemberRef ref);

    /** Sets whether the member is named in summaries; returns false for an unknown member. */
    boolean setCredited(MemberRef ref, boolean credited);

    /** Forgets the member and where they spoke; returns false if unknown. */
    boolean delete(MemberRef ref);
}
