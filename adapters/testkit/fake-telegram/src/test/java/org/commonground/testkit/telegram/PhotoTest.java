package org.commonground.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.testkit.telegram.RealClient.refusal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** sendPhoto as the real client uploads it, and as Telegram refuses what it cannot take. */
class PhotoTest {

    private final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    private final TelegramClient client = RealClient.of(telegram);
    private final Person alice = telegram.person("Alice");
    private final FakeChat group = telegram.group("Gathering", alice);

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aPngWithAnHtmlCaptionIsKeptAsAPhotoMessage() throws Exception {
        byte[] png = png(640, 480, 2_000);
        Message sent = client.execute(photo(group, png, "<b>Agenda</b> · Spring &amp; summer"));

        assertThat(sent.getPhoto()).singleElement().satisfies(size -> {
            assertThat(size.getWidth()).isEqualTo(640);
            assertThat(size.getHeight()).isEqualTo(480);
            assertThat(size.getFileSize()).isEqualTo(png.length);
            assertThat(size.getFileId()).isNotBlank();
        });
        assertThat(sent.getCaption()).isEqualTo("Agenda · Spring & summer");
        assertThat(sent.getText()).isNull();
        assertThat(sent.getCaptionEntities()).singleElement().satisfies(bold -> assertThat(bold.getType()).isEqualTo("bold"));
        assertThat(telegram.sent(group)).singleElement().satisfies(message -> {
            assertThat(message.photo().png()).isEqualTo(png);
            assertThat(message.text()).isEqualTo("Agenda · Spring & summer");
            assertThat(message.parseMode()).isEqualToIgnoringCase("html");
        });
    }

    @Test
    void theCaptionIsCountedAfterParsingAndHeldTo1024Characters() throws Exception {
        String limit = "a".repeat(MessageText.MAX_CAPTION_LENGTH);

        assertThat(client.execute(photo(group, png(10, 10, 0), "<i>" + limit + "</i>")).getCaption()).hasSize(1024);
        assertThat(refusal(() -> client.execute(photo(group, png(10, 10, 0), limit + "b"))).getApiResponse())
                .isEqualTo("Bad Request: message caption is too long");
        assertThat(refusal(() -> client.execute(photo(group, png(10, 10, 0), "<b>unclosed"))).getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThat(client.execute(SendPhoto.builder().chatId(group.id())
                .photo(new InputFile(new ByteArrayInputStream(png(10, 10, 0)), "plain.png")).build()).getCaption())
                .isNull();
        assertThat(telegram.sent(group)).extracting(SentMessage::text).containsExactly(limit, "");
    }

    @Test
    void picturesTelegramCannotTakeAreRefusedInItsWords() {
        assertThat(refusal(() -> client.execute(photo(group, "GIF89a not a png".getBytes(StandardCharsets.US_ASCII),
                "x"))).getApiResponse()).isEqualTo("Bad Request: IMAGE_PROCESS_FAILED");
        assertThat(refusal(() -> client.execute(photo(group, png(9_000, 1_001, 0), "x"))).getApiResponse())
                .isEqualTo("Bad Request: PHOTO_INVALID_DIMENSIONS");
        assertThat(refusal(() -> client.execute(photo(group, png(2_100, 100, 0), "x"))).getApiResponse())
                .isEqualTo("Bad Request: PHOTO_INVALID_DIMENSIONS");
        assertThat(refusal(() -> client.execute(photo(group, png(800, 600, Png.MAX_BYTES), "x"))).getApiResponse())
                .isEqualTo("Bad Request: PHOTO_SAVE_FILE_INVALID");
        assertThat(refusal(() -> client.execute(SendPhoto.builder().chatId(group.id())
                .photo(new InputFile("AgACAgQAAxkBAAIunknown")).build())).getApiResponse())
                .isEqualTo("Bad Request: wrong file identifier/HTTP URL specified");
        assertThat(refusal(() -> client.execute(photo(alice.privateChat(), png(10, 10, 0), "x"))).getErrorCode())
                .isEqualTo(403);
        assertThat(telegram.sent(group)).isEmpty();
    }

    @Test
    void aPhotoHasNoTextToEdit() throws Exception {
        Message sent = client.execute(photo(group, png(10, 10, 0), "Agenda"));

        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(group.id())
                .messageId(sent.getMessageId()).text("New").build())).getApiResponse())
                .isEqualTo("Bad Request: there is no text in the message to edit");
    }

    /** Other clients (and curl -F photo=@file) put the file itself in the field named photo. */
    @Test
    void theFileMayAlsoComeUnderThePhotoFieldItself() throws Exception {
        byte[] png = png(32, 16, 0);
        String boundary = "----formBoundary7MA4YWxkTrZu0gW";
        byte[] body = join("--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n" + group.id()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"grid.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n", png, "\r\n--" + boundary + "--\r\n");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/sendPhoto"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"width\":32", "\"height\":16");
        assertThat(telegram.sent(group)).singleElement().satisfies(m -> assertThat(m.photo().png()).isEqualTo(png));
    }

    private static SendPhoto photo(FakeChat chat, byte[] png, String caption) {
        return SendPhoto.builder().chatId(chat.id()).photo(new InputFile(new ByteArrayInputStream(png), "agenda.png"))
                .caption(caption).parseMode(ParseMode.HTML).build();
    }

    /** The start of a PNG: its signature and header chunk, padded to the given size. */
    static byte[] png(int width, int height, int atLeast) {
        ByteBuffer png = ByteBuffer.allocate(Math.max(33, atLeast + 1));
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        png.putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0});
        return png.array();
    }

    private static byte[] join(String head, byte[] middle, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(start, start.length + middle.length + end.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }
}
