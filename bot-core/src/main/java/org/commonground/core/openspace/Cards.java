package org.commonground.core.openspace;

import java.util.List;
import java.util.Optional;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.Topic;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.outbox.Platforms;
import org.commonground.core.port.Edits;
import org.commonground.core.port.OutboxStore;
import org.commonground.core.port.Transactions;
import org.commonground.core.summary.Markup;

/**
 * Session cards: posted to every chat of the open space, and kept up to date in place. A change only
 * raises the session's version; the running bot's {@link #refresh} edits each card whose message is
 * delivered and shows an older version, with at most one edit per card waiting in the outbox, so a
 * burst of taps becomes one edit and a card still on its way is edited once it has arrived.
 */
public final class Cards {

    private final SessionStore sessions;
    private final CardStore cards;
    private final OpenSpaceStore spaces;
    private final HostCredits credits;
    private final Outbox outbox;
    private final OutboxStore outboxStore;
    private final Platforms platforms;
    private final Transactions transactions;

    Cards(SessionStore sessions, CardStore cards, OpenSpaceStore spaces, HostCredits credits, Outbox outbox,
          OutboxStore outboxStore, Platforms platforms, Transactions transactions) {
        this.sessions = sessions;
        this.cards = cards;
        this.spaces = spaces;
        this.credits = credits;
        this.outbox = outbox;
        this.outboxStore = outboxStore;
        this.platforms = platforms;
        this.transactions = transactions;
    }

    /** Queues the session's card for every chat of its open space. */
    void post(OpenSpace openSpace, Session session) {
        CardText.View view = view(openSpace, session);
        for (ChatRef chat : openSpace.chats()) {
            List<Long> ids = outbox.post(chat, m -> List.of(CardText.write(m, view)), null, CardText.buttons(session),
                    Topic.session(session.id()));
            cards.add(session.id(), chat, ids.get(ids.size() - 1), session.version());
        }
    }

    /** Edits the cards that show an older version of their session; a chore of the running bot. */
    public void refresh() {
        transactions.run(() -> cards.stale().forEach(this::refresh));
    }

    private void refresh(Card card) {
        Optional<OutboxMessage> post = outboxStore.find(card.postId());
        if (post.isEmpty() || post.get().status() == OutboxStatus.FAILED) {
            cards.drop(card.sessionId(), card.chat());
            return;
        }
        if (post.get().status() != OutboxStatus.DELIVERED) {
            return;
        }
        Session session = sessions.find(card.sessionId()).orElseThrow();
        if (platforms.capability(card.chat(), Edits.class).isEmpty()) {
            // The card stays as first posted where the platform cannot edit it.
            cards.edited(card.sessionId(), card.chat(), session.version(), 0);
            return;
        }
        boolean editWaiting = card.editId() != 0 && outboxStore.find(card.editId())
                .filter(edit -> edit.status() == OutboxStatus.PENDING).isPresent();
        if (editWaiting) {
            return;
        }
        CardText.View view = view(spaces.find(session.openSpaceId()).orElseThrow(), session);
        String text = CardText.write(Markup.of(outbox.dialectOf(card.chat()).format()), view);
        List<Button> buttons = CardText.buttons(session);
        if (shown(card, post.get()).equals(new Shown(text, buttons))) {
            // A tap and its take-back leave the card as it was; platforms refuse an edit that changes nothing.
            cards.edited(card.sessionId(), card.chat(), session.version(), card.editId());
            return;
        }
        long editId = outbox.edit(card.chat(), post.get().deliveredId(), m -> text, buttons);
        cards.edited(card.sessionId(), card.chat(), session.version(), editId);
    }

    /** A card's text and buttons. */
    private record Shown(String text, List<Button> buttons) {
    }

    /** What the card shows now: its last delivered edit, or the text it was posted with. */
    private Shown shown(Card card, OutboxMessage post) {
        Optional<OutboundMessage.Edit> edited = card.editId() == 0 ? Optional.empty()
                : outboxStore.find(card.editId()).filter(edit -> edit.status() == OutboxStatus.DELIVERED)
                .map(OutboxMessage::message).filter(OutboundMessage.Edit.class::isInstance)
                .map(OutboundMessage.Edit.class::cast);
        if (edited.isPresent()) {
            return new Shown(edited.get().text(), edited.get().buttons());
        }
        return post.message() instanceof OutboundMessage.Post posted ? new Shown(posted.text(), posted.buttons())
                : new Shown(null, List.of());
    }

    /**
     * Empties the delivered cards of a session that is about to be deleted because its proposer asked
     * to be forgotten: the card keeps only its number, not what the proposer wrote.
     */
    void retract(Session session) {
        for (Card card : cards.of(session.id())) {
            outboxStore.find(card.postId()).filter(post -> post.status() == OutboxStatus.DELIVERED)
                    .ifPresent(post -> outbox.edit(card.chat(), post.deliveredId(),
                            m -> CardText.retracted(session.number()), List.of()));
        }
    }

    private CardText.View view(OpenSpace openSpace, Session session) {
        Turnout turnout = sessions.turnout(session.id());
        List<String> hosts = credits.names(session, turnout);
        String place = spaces.agenda(openSpace.id()).stream().filter(b -> b.sessionId() == session.id())
                .findFirst()
                .map(b -> new SlotTimes(openSpace).label(b.slot()) + " · " + openSpace.spaces().get(b.space()).name())
                .orElse(null);
        return new CardText.View(session, turnout.interested().size(), turnout.cohosts().size(), hosts, place);
    }
}
