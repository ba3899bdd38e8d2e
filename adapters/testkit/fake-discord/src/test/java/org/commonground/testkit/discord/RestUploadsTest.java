package org.commonground.testkit.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages with files, sent as multipart/form-data: a payload_json part and files[n] parts. */
class RestUploadsTest {
    private FakeDiscord fake;
    private RawHttp http;
    private FakeChannel general;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        http = new RawHttp(fake);
        general = fake.guild("Network").textChannel("general");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aPictureWithACaptionIsStoredWithItsAttachmentAsDiscordDescribesIt() throws IOException {
        byte[] png = png(120, 80);
        RawHttp.Reply reply = upload("{\"content\":\"Agenda \\\\* today\",\"allowed_mentions\":{\"parse\":[]},"
                + "\"attachments\":[{\"id\":0,\"filename\":\"agenda.png\",\"description\":\"the grid\"}]}",
                new RawHttp.FilePart("files[0]", "upload.bin", png));

        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(200);
        assertThat(reply.json().path("content").asText()).isEqualTo("Agenda \\* today");
        assertThat(reply.json().at("/attachments/0/filename").asText()).isEqualTo("agenda.png");
        assertThat(reply.json().at("/attachments/0/description").asText()).isEqualTo("the grid");
        ChannelMessage stored = fake.history(general).get(0);
        assertThat(stored.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("agenda.png");
            assertThat(a.contentType()).as("found in the bytes, not the part's octet-stream").isEqualTo("image/png");
            assertThat(a.png()).isTrue();
            assertThat(a.size()).isEqualTo(png.length);
            assertThat(a.width()).isEqualTo(120);
            assertThat(a.height()).isEqualTo(80);
        });
        SentMessage sent = fake.sentMessages(general).get(0);
        assertThat(sent.attachments()).isEqualTo(stored.attachments());
        assertThat(sent.allowedMentionTypes()).isEmpty();
        RecordedCall call = fake.requests().get(fake.requests().size() - 1);
        assertThat(call.payload()).startsWith("{\"content\":\"Agenda").contains("allowed_mentions");
    }

    @Test
    void aFileAloneIsAMessageAndBytesThatAreNoPictureGetNoPictureType() {
        RawHttp.Reply reply = upload(null, new RawHttp.FilePart("files[0]", "notes.png", new byte[] {1, 2, 3}));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(fake.sentMessages(general).get(0).attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isNull();
            assertThat(a.png()).isFalse();
            assertThat(a.width()).isEqualTo(-1);
        });
        assertThat(fake.sentMessages(general).get(0).allowedMentions()).as("left out, so every type").isNull();
    }

    @Test
    void thePayloadIsCheckedAsAJsonBodyIs() throws IOException {
        RawHttp.FilePart picture = new RawHttp.FilePart("files[0]", "a.png", png(4, 4));

        RawHttp.Reply tooLong = upload("{\"content\":\"" + "x".repeat(2001) + "\"}", picture);
        RawHttp.Reply notJson = upload("{\"content\":", picture);
        RawHttp.Reply empty = upload("{\"content\":\" \"}");
        RawHttp.Reply unknown = upload("{\"attachments\":[{\"id\":1,\"filename\":\"b.png\"}]}", picture);

        assertThat(tooLong.json().at("/errors/content/_errors/0/code").asText()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        assertThat(notJson.json().path("code").asInt()).isEqualTo(50109);
        assertThat(empty.json().path("code").asInt()).isEqualTo(50006);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/attachments/0/id/_errors/0/code").asText())
                .isEqualTo("ATTACHMENT_NOT_FOUND");
        assertThat(fake.history(general)).isEmpty();
    }

    @Test
    void aFileOverTenMebibytesOrAnEleventhFileIsRefused() {
        RawHttp.Reply large = upload("{\"content\":\"big\"}",
                new RawHttp.FilePart("files[0]", "big.png", new byte[Attachments.MAX_BYTES + 1]));
        RawHttp.FilePart[] eleven = new RawHttp.FilePart[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = new RawHttp.FilePart("files[" + i + "]", i + ".txt", new byte[] {'x'});
        }
        RawHttp.Reply many = upload("{\"content\":\"many\"}", eleven);

        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().path("code").asInt()).isEqualTo(40005);
        assertThat(many.json().at("/errors/files/_errors/0/code").asText()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        assertThat(fake.history(general)).isEmpty();
    }

    @Test
    void filesAreRefusedWhereTheFakeDoesNotTakeThemRatherThanDropped() {
        RawHttp.Reply followUp = http.upload("webhooks/" + fake.applicationId() + "/some-token",
                "{\"content\":\"x\"}", List.of(new RawHttp.FilePart("files[0]", "a.txt", new byte[] {'x'})));

        assertThat(followUp.status()).isEqualTo(400);
        assertThat(followUp.json().path("message").asText()).contains("Create Message only");
    }

    private RawHttp.Reply upload(String payload, RawHttp.FilePart... files) {
        return http.upload("channels/" + general.id() + "/messages", payload, List.of(files));
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
