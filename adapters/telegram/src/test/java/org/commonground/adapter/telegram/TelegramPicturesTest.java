package org.commonground.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.TextFormat;
import org.commonground.core.port.DeliveryException;
import org.commonground.core.testkit.InMemoryInboundLog;
import org.commonground.testkit.telegram.FakeChat;
import org.commonground.testkit.telegram.FakeTelegram;
import org.commonground.testkit.telegram.LoggedRequest;
import org.commonground.testkit.telegram.Pacing;
import org.commonground.testkit.telegram.Person;
import org.commonground.testkit.telegram.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pictures go to Telegram as photos through the real client, and its refusals mean what they should. */
class TelegramPicturesTest {

    final FakeTelegram telegram = FakeTelegram.builder().pacing(Pacing.unlimited()).start();
    final TelegramChatPlatform platform = new TelegramChatPlatform(new TelegramSettings(telegram.token(),
            URI.create(telegram.baseUrl()), Duration.ofSeconds(1)), new InMemoryInboundLog(), Clock.systemUTC());
    final Person ann = telegram.person("Ann");

    @AfterEach
    void stop() {
        platform.stop();
        telegram.close();
    }

    @Test
    void aPictureIsUploadedAsAPhotoWithItsHtmlCaption() throws Exception {
        FakeChat group = telegram.group("Spring gathering", ann);
        byte[] png = drawn(320, 200);

        String id = platform.postPicture(ref(group), new Picture(png, "agenda.png",
                "<b>Agenda</b> · Tea &amp; talk", TextFormat.HTML));

        assertThat(telegram.sent(group)).singleElement().satisfies(photo -> {
            assertThat(photo.messageId()).isEqualTo(Integer.parseInt(id));
            assertThat(photo.photo().png()).isEqualTo(png);
            assertThat(photo.photo().width()).isEqualTo(320);
            assertThat(photo.text()).isEqualTo("Agenda · Tea & talk");
            assertThat(photo.parseMode()).isEqualToIgnoringCase("html");
        });
    }

    @Test
    void aPictureTelegramWouldRefuseIsGivenUpWithoutUploadingIt() throws Exception {
        FakeChat group = telegram.group("Spring gathering", ann);
        byte[] tooWide = Arrays.copyOf(drawn(10, 10), 64);
        ByteBuffer.wrap(tooWide, 16, 8).putInt(9_000).putInt(1_500);
        byte[] tooHeavy = Arrays.copyOf(drawn(10, 10), PhotoLimits.MAX_BYTES + 1);
        platform.postPicture(ref(group), new Picture(drawn(10, 10), "agenda.png", "Agenda", TextFormat.HTML));

        for (byte[] png : new byte[][] {tooWide, tooHeavy}) {
            DeliveryException refused = catchThrowableOfType(DeliveryException.class,
                    () -> platform.postPicture(ref(group), new Picture(png, "agenda.png", "Agenda", TextFormat.HTML)));
            assertThat(refused.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        }
        assertThat(telegram.requests()).extracting(LoggedRequest::method)
                .filteredOn(method -> method.equalsIgnoreCase("sendPhoto")).hasSize(1);
        assertThat(telegram.sent(group)).hasSize(1);
    }

    @Test
    void refusalsAreMappedAsForTextMessages() throws Exception {
        assertThat(refusal(429, "Too Many Requests: retry after 1").kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
        assertThat(refusal(500, "Internal Server Error").kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(refusal(502, "Bad Gateway").kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(refusal(413, "Request Entity Too Large").kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        DeliveryException notStarted = catchThrowableOfType(DeliveryException.class, () -> platform.postPicture(
                ref(ann.privateChat()), new Picture(drawn(10, 10), "agenda.png", "Agenda", TextFormat.HTML)));
        assertThat(notStarted.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
    }

    /** What the platform makes of the fake's next sendPhoto failing so; each in a chat of its own, as pacing is per chat. */
    private DeliveryException refusal(int status, String description) throws IOException {
        FakeChat group = telegram.group("Group " + status, ann);
        telegram.failNext("sendPhoto", 1, status, description);
        DeliveryException refused = catchThrowableOfType(DeliveryException.class, () -> platform.postPicture(
                ref(group), new Picture(drawn(10, 10), "agenda.png", "Agenda", TextFormat.HTML)));
        assertThat(telegram.sent(group)).extracting(SentMessage::photo).isEmpty();
        return refused;
    }

    private static byte[] drawn(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xF4A259);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static ChatRef ref(FakeChat chat) {
        return new ChatRef(TelegramChatPlatform.PLATFORM, Long.toString(chat.id()));
    }
}
