package org.commonground.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.MemberRef;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.event.InboundEvent.ChatMoved;
import org.commonground.core.event.InboundSink;
import org.commonground.core.port.Buttons;
import org.commonground.core.port.ChatPlatform;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.port.Dialect;
import org.commonground.core.port.DirectMessages;
import org.commonground.core.port.Edits;
import org.commonground.core.port.Images;
import org.commonground.core.port.InboundLog;
import org.commonground.core.port.Reactions;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

/**
 * Telegram, through the TelegramBots client: groups and private chats by long polling, with
 * replies, reactions, one-tap buttons, edits, pictures and direct messages. Chats are {@code telegram:<chat id>} and members
 * {@code telegram:<user id>}. Text goes out as Telegram's HTML within its 4096 characters.
 */
public final class TelegramChatPlatform implements ChatPlatform, Buttons, Edits, Reactions, DirectMessages, Images {

    public static final String PLATFORM = "telegram";
    public static final int MAX_LENGTH = 4096;
    public static final Dialect DIALECT = new Dialect(TextFormat.HTML, MAX_LENGTH);

    private static final Logger LOG = Logger.getLogger(TelegramChatPlatform.class.getName());

    private final TelegramSettings settings;
    private final InboundLog log;
    private final Clock clock;
    private final OkHttpClient http;
    private final TelegramClient client;
    private final SendPacer pacer;
    private final TelegramSender sender;
    private volatile InboundSink sink;
    private PollingSession session;

    public TelegramChatPlatform(TelegramSettings settings, InboundLog log, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.clock = clock;
        this.http = new OkHttpClient.Builder().connectTimeout(20, TimeUnit.SECONDS)
                .readTimeout(settings.pollTimeout().plus(Duration.ofSeconds(30)).toSeconds(), TimeUnit.SECONDS).build();
        this.client = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
        this.pacer = new SendPacer(clock);
        this.sender = new TelegramSender(client, pacer, settings, this::reportMove);
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Dialect dialect() {
        return DIALECT;
    }

    /** Learns the bot's name, sets the command menus and starts polling; fails if Telegram cannot be reached. */
    @Override
    public synchronized void start(InboundSink inboundSink) {
        if (session != null) {
            return;
        }
        sink = inboundSink;
        try {
            String username = client.execute(new GetMe()).getUserName();
            CommandMenus.set(client);
            Notes notes = new Notes(client, pacer, username);
            UpdateIntake intake = new UpdateIntake(new TelegramUpdateMapper(username, clock), new ChatAdmins(client),
                    inboundSink, notes, new UpdatePosition(log, settings.botId()), (int) settings.pollTimeout().toSeconds());
            session = new PollingSession(settings, http, intake, notes);
            LOG.info(() -> "Polling Telegram as @" + username + " at " + settings.apiUrl());
        } catch (TelegramApiException e) {
            sink = null;
            throw new IllegalStateException("Telegram at " + settings.apiUrl() + " did not let the bot in: "
                    + settings.redact(e.getMessage()), null);
        }
    }

    @Override
    public synchronized void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
        sink = null;
    }

    @Override
    public String post(ChatRef chat, Post post) throws DeliveryException {
        return sender.post(chat, post);
    }

    @Override
    public String postWithButtons(ChatRef chat, Post post) throws DeliveryException {
        return sender.post(chat, post);
    }

    @Override
    public void edit(ChatRef chat, Edit edit) throws DeliveryException {
        sender.edit(chat, edit);
    }

    /** The picture as a photo, uploaded from its bytes, with its caption; too big a picture is refused for good. */
    @Override
    public String postPicture(ChatRef chat, Picture picture) throws DeliveryException {
        return sender.picture(chat, picture);
    }

    @Override
    public void react(ChatRef chat, String messageId, String emoji) throws DeliveryException {
        sender.react(chat, messageId, emoji);
    }

    /** A person's private chat with a bot has the person's id; Telegram refuses it until they press Start. */
    @Override
    public Optional<ChatRef> directChat(MemberRef member) {
        return Optional.of(new ChatRef(PLATFORM, member.id()));
    }

    @Override
    public boolean memberWritesFirst() {
        return true;
    }

    private void reportMove(ChatMoved moved) {
        InboundSink current = sink;
        if (current != null) {
            current.accept(moved);
        }
    }
}
