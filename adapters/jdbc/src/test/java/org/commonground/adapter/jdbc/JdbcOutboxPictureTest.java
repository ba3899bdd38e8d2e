package org.commonground.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.adapter.jdbc.TestDatabase.T0;

import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.TextFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcOutboxPictureTest {

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPictureComesBackAsItWentIn() {
        JdbcOutboxStore outbox = db.outbox();
        byte[] png = new byte[300_000];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        OutboundMessage.Picture picture = new OutboundMessage.Picture(png, "agenda.png", "<b>Agenda</b>",
                TextFormat.HTML);

        long id = outbox.enqueue(ChatRef.parse("telegram:-100"), picture, null, T0);

        assertThat(outbox.find(id).orElseThrow().message()).isEqualTo(picture);
    }
}
