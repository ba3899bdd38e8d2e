package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.core.domain.Button;
import org.commonground.core.domain.ChatRef;
import org.commonground.core.domain.OutboundMessage;
import org.commonground.core.domain.OutboundMessage.Edit;
import org.commonground.core.domain.OutboundMessage.Picture;
import org.commonground.core.domain.OutboundMessage.Post;
import org.commonground.core.domain.OutboundMessage.React;
import org.commonground.core.domain.OutboxMessage;
import org.commonground.core.domain.OutboxStatus;
import org.commonground.core.domain.TextFormat;
import org.springframework.jdbc.core.RowMapper;

/**
 * An outbox row as an {@link OutboxMessage}, and an {@link OutboundMessage} as the columns of its
 * kind: both ways in one place, so that every kind comes back as it went in.
 */
final class OutboxRowMapper implements RowMapper<OutboxMessage> {

    static final String COLUMNS = "id, chat, kind, text, format, message_ref, emoji, button_labels, button_data, "
            + "picture, picture_name, topic, status, attempts, not_before, delivered_id, last_error, created_at";

    private static final String POST = "POST";
    private static final String REACT = "REACT";
    private static final String EDIT = "EDIT";
    private static final String PICTURE = "PICTURE";

    /** The message's columns by name; those its kind does not use are null. */
    static Map<String, Object> columnsOf(OutboundMessage message) {
        Map<String, Object> columns = new HashMap<>();
        for (String column : List.of("text", "format", "message_ref", "emoji", "button_labels", "button_data",
                "picture", "picture_name")) {
            columns.put(column, null);
        }
        if (message instanceof Post post) {
            columns.put("kind", POST);
            columns.put("text", post.text());
            columns.put("format", post.format().name());
            columns.put("message_ref", post.replyTo());
            putButtons(columns, post.buttons());
        } else if (message instanceof React react) {
            columns.put("kind", REACT);
            columns.put("message_ref", react.messageId());
            columns.put("emoji", react.emoji());
        } else if (message instanceof Picture picture) {
            columns.put("kind", PICTURE);
            columns.put("text", picture.caption());
            columns.put("format", picture.format().name());
            columns.put("picture", picture.png());
            columns.put("picture_name", picture.name());
        } else {
            Edit edit = (Edit) message;
            columns.put("kind", EDIT);
            columns.put("text", edit.text());
            columns.put("format", edit.format().name());
            columns.put("message_ref", edit.messageId());
            putButtons(columns, edit.buttons());
        }
        return columns;
    }

    private static void putButtons(Map<String, Object> columns, List<Button> buttons) {
        columns.put("button_labels", buttons.stream().map(Button::label).toArray(String[]::new));
        columns.put("button_data", buttons.stream().map(Button::data).toArray(String[]::new));
    }

    @Override
    public OutboxMessage mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), ChatRef.parse(rs.getString("chat")), message(rs),
                rs.getString("topic"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("not_before", Instant.class), rs.getString("delivered_id"), rs.getString("last_error"),
                rs.getObject("created_at", Instant.class));
    }

    private static OutboundMessage message(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        if (REACT.equals(kind)) {
            return new React(rs.getString("message_ref"), rs.getString("emoji"));
        }
        TextFormat format = TextFormat.valueOf(rs.getString("format"));
        if (POST.equals(kind)) {
            return new Post(rs.getString("text"), format, rs.getString("message_ref"), buttons(rs));
        }
        if (EDIT.equals(kind)) {
            return new Edit(rs.getString("message_ref"), rs.getString("text"), format, buttons(rs));
        }
        if (PICTURE.equals(kind)) {
            return new Picture(rs.getBytes("picture"), rs.getString("picture_name"), rs.getString("text"), format);
        }
        throw new IllegalStateException("Unknown outbox message kind: " + kind);
    }

    private static List<Button> buttons(ResultSet rs) throws SQLException {
        List<String> labels = SqlArrays.read(rs, "button_labels", String.class::cast);
        List<String> data = SqlArrays.read(rs, "button_data", String.class::cast);
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            buttons.add(new Button(labels.get(i), data.get(i)));
        }
        return buttons;
    }
}
