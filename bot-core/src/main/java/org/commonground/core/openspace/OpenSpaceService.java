package org.commonground.core.openspace;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.outbox.Outbox;
import org.commonground.core.port.ChatStore;
import org.commonground.core.port.GatheringStore;
import org.commonground.core.port.MemberStore;
import org.commonground.core.port.Transactions;

/**
 * What a convenor does with an open space as a whole: set it up, open the call for proposals, open
 * the harvest, close it. Each step that the chats should hear about is posted to all of them.
 */
public final class OpenSpaceService {

    static final int MAX_NAME = 100;

    private final OpenSpaceStore spaces;
    private final GatheringStore gatherings;
    private final ChatStore chats;
    private final MemberStore members;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public OpenSpaceService(OpenSpaceStore spaces, GatheringStore gatherings, ChatStore chats, MemberStore members,
                            Outbox outbox, Transactions transactions, Clock clock) {
        this.spaces = spaces;
        this.gatherings = gatherings;
        this.chats = chats;
        this.members = members;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sets up an open space in the chats; nothing is posted until the call for proposals opens. */
    public OpenSpace create(List<ChatRef> chatRefs, String name, ZoneId zone, List<Slot> slots, List<Space> rooms) {
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > MAX_NAME) {
            throw new IllegalArgumentException("Give the open space a name of up to " + MAX_NAME
                    + " characters, like --name \"Spring gathering\".");
        }
        List<ChatRef> distinct = chatRefs.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("Name the chats it runs in with --chat, for example --chat local:main.");
        }
        distinct.forEach(outbox::checkChat);
        Layout layout = Layout.of(slots, rooms);
        return transactions.inTransaction(() -> {
            long gathering = gatherings.findOrCreate(distinct, distinct.stream().map(ChatRef::toString)
                    .collect(Collectors.joining(" + "))).id();
            distinct.forEach(chat -> chats.seen(chat, null, clock.instant()));
            return spaces.create(gathering, title, distinct, zone, layout.slots(), layout.spaces(), clock.instant());
        });
    }

    /** Adds slots and spaces, for when there are more sessions than places. */
    public OpenSpace add(long id, List<Slot> moreSlots, List<Space> moreSpaces) {
        if (moreSlots.isEmpty() && moreSpaces.isEmpty()) {
            throw new IllegalArgumentException("Say what to add: --slots 15:30 or --spaces \"Porch:8\".");
        }
        return transactions.inTransaction(() -> {
            OpenSpace openSpace = notClosed(id);
            List<Slot> slots = new ArrayList<>(openSpace.slots());
            slots.addAll(moreSlots);
            List<Space> rooms = new ArrayList<>(openSpace.spaces());
            rooms.addAll(moreSpaces);
            Layout layout = Layout.of(slots, rooms);
            if (!layout.slots().subList(0, openSpace.slots().size()).equals(openSpace.slots())) {
                throw new IllegalArgumentException("New slots go after the existing ones, as the agenda refers "
                        + "to slots by their order.");
            }
            spaces.setLayout(id, layout.slots(), layout.spaces());
            return get(id);
        });
    }

    /** Opens the call for proposals and tells the chats how to propose and join sessions. */
    public OpenSpace openCall(long id) {
        return transactions.inTransaction(() -> {
            OpenSpace openSpace = get(id);
            if (!openSpace.is(Phase.DRAFT)) {
                throw new IllegalArgumentException("The call for open space " + id + " is already open ("
                        + openSpace.phase().label() + ").");
            }
            spaces.setPhase(id, Phase.PROPOSING);
            String when = new SlotTimes(openSpace).day();
            for (ChatRef chat : openSpace.chats()) {
                outbox.post(chat, m -> List.of(m.bold("🌱 Open space: " + m.escape(openSpace.name()))
                                + (when.isEmpty() ? "" : " · " + m.escape(when)),
                        "Bring a topic you care about! Propose a session with",
                        "/propose Title | what it is about",
                        "Then tap “I'm interested” on the sessions you'd go to, or “I'll co-host” to help lead one. "
                                + "/openspace tells you more."), null, List.of(), null);
            }
            return get(id);
        });
    }

    /** Opens the harvest: hosts are asked for their notes. */
    public OpenSpace openHarvest(long id) {
        return transactions.inTransaction(() -> {
            OpenSpace openSpace = get(id);
            if (!openSpace.is(Phase.SCHEDULED)) {
                throw new IllegalArgumentException("The harvest comes after the agenda: open space " + id + " is "
                        + openSpace.phase().label() + ". `openspace schedule " + id + "` makes the agenda.");
            }
            spaces.setPhase(id, Phase.HARVEST);
            for (ChatRef chat : openSpace.chats()) {
                outbox.post(chat, m -> List.of(m.bold("🌾 Harvest time: " + m.escape(openSpace.name())),
                        "Hosts, please share what came out of your session: reply to its card with your notes, "
                                + "or send /notes followed by the session number and your notes.",
                        "Ideas, obstacles and actions all help. Thank you!"), null, List.of(), null);
            }
            return get(id);
        });
    }

    /** Closes the open space: nothing more is taken. */
    public OpenSpace close(long id) {
        return transactions.inTransaction(() -> {
            OpenSpace openSpace = notClosed(id);
            spaces.setPhase(id, Phase.CLOSED);
            for (ChatRef chat : openSpace.chats()) {
                outbox.post(chat, m -> List.of("Thank you, everyone — the open space " + m.italic(
                        m.escape(openSpace.name())) + " is now closed."), null, List.of(), null);
            }
            return get(id);
        });
    }

    public List<OpenSpace> list() {
        return spaces.list();
    }

    /** The open space, or an error that says how to find the right id. */
    public OpenSpace get(long id) {
        return spaces.find(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no open space " + id + ". `openspace list` shows them."));
    }

    /**
     * The open space a member means when they speak in a chat: the newest one running there, or, in a
     * direct conversation, the newest one running in any chat they have spoken in.
     */
    public Optional<OpenSpace> current(ChatRef chat, MemberRef member, boolean direct) {
        List<ChatRef> where = direct ? members.chatsOf(member) : List.of(chat);
        return new HashSet<>(where).stream()
                .flatMap(c -> spaces.activeIn(c).stream())
                .max(Comparator.comparing(OpenSpace::createdAt).thenComparingLong(OpenSpace::id));
    }

    private OpenSpace notClosed(long id) {
        OpenSpace openSpace = get(id);
        if (openSpace.is(Phase.CLOSED)) {
            throw new IllegalArgumentException("Open space " + id + " is closed.");
        }
        return openSpace;
    }
}
