package org.commonground.core.openspace.agenda;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * The agenda drawn as a grid — slots down, spaces across — and encoded as PNG with the JDK's own 2D
 * graphics, for platforms that take pictures. Warmer cells drew more interest. The picture stays
 * within what chat platforms accept (width plus height under 10,000 pixels for up to 20 spaces
 * and 20 slots).
 */
public final class AgendaPicture {

    static final int MARGIN = 24;
    static final int HEADER = 84;
    static final int SPACE_ROW = 52;
    static final int SLOT_COLUMN = 150;
    static final int ROW = 118;
    private static final Color INK = new Color(0x22, 0x2B, 0x26);
    private static final Color QUIET = new Color(0x5E, 0x6B, 0x63);
    private static final Color LINE = new Color(0xC9, 0xD3, 0xCC);
    private static final Color EMPTY = new Color(0xF3, 0xF5, 0xF3);
    private static final Color WARM = new Color(0xF2, 0xB8, 0x5C);
    private static final Color COOL = new Color(0xE3, 0xF0, 0xE6);

    private final AgendaView agenda;
    private final int cell;
    private final int maxInterest;
    private Graphics2D g;

    private AgendaPicture(AgendaView agenda) {
        this.agenda = agenda;
        int spaces = Math.max(1, agenda.spaces().size());
        this.cell = Math.max(140, Math.min(240, (3600 - SLOT_COLUMN) / spaces));
        this.maxInterest = Math.max(1, agenda.entries().stream().mapToInt(AgendaView.Entry::interested).max()
                .orElse(1));
    }

    /** The agenda as PNG bytes. */
    public static byte[] png(AgendaView agenda) {
        return new AgendaPicture(agenda).draw();
    }

    private byte[] draw() {
        int width = MARGIN * 2 + SLOT_COLUMN + cell * agenda.spaces().size();
        int footer = agenda.unplaced().isEmpty() ? 0 : 60;
        int height = MARGIN * 2 + HEADER + SPACE_ROW + ROW * agenda.slotLabels().size() + footer;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            title(width);
            grid();
            if (footer > 0) {
                unplaced(width, height - MARGIN - footer + 30);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void title(int width) {
        text("Agenda · " + agenda.name(), MARGIN, MARGIN + 30, font(Font.BOLD, 28), INK, width - 2 * MARGIN);
        text(agenda.day(), MARGIN, MARGIN + 62, font(Font.PLAIN, 18), QUIET, width - 2 * MARGIN);
    }

    private void grid() {
        int top = MARGIN + HEADER;
        int left = MARGIN + SLOT_COLUMN;
        for (int space = 0; space < agenda.spaces().size(); space++) {
            text(agenda.spaces().get(space), left + space * cell + 10, top + 32, font(Font.BOLD, 16), INK, cell - 20);
        }
        for (int slot = 0; slot < agenda.slotLabels().size(); slot++) {
            int y = top + SPACE_ROW + slot * ROW;
            text(agenda.slotLabels().get(slot), MARGIN, y + 30, font(Font.BOLD, 16), INK, SLOT_COLUMN - 12);
            for (int space = 0; space < agenda.spaces().size(); space++) {
                cell(agenda.at(slot, space), left + space * cell, y);
            }
        }
    }

    private void cell(Optional<AgendaView.Entry> entry, int x, int y) {
        g.setColor(entry.map(e -> warmth(e.interested())).orElse(EMPTY));
        g.fillRoundRect(x + 4, y + 4, cell - 8, ROW - 8, 14, 14);
        g.setColor(LINE);
        g.drawRoundRect(x + 4, y + 4, cell - 8, ROW - 8, 14, 14);
        if (entry.isEmpty()) {
            return;
        }
        AgendaView.Entry e = entry.get();
        int width = cell - 28;
        text("Session " + e.number(), x + 14, y + 26, font(Font.PLAIN, 13), QUIET, width);
        Font titleFont = font(Font.BOLD, 15);
        FontMetrics metrics = g.getFontMetrics(titleFont);
        int line = 0;
        for (String wrapped : TextWrap.lines(e.title(), 3, text -> metrics.stringWidth(text) <= width)) {
            text(wrapped, x + 14, y + 48 + line++ * 19, titleFont, INK, width);
        }
        text(e.interested() + " interested", x + 14, y + ROW - 16, font(Font.PLAIN, 13), QUIET, width);
    }

    private void unplaced(int width, int y) {
        StringBuilder line = new StringBuilder("Not on the agenda: ");
        agenda.unplaced().forEach(e -> line.append("Session ").append(e.number()).append(" · ").append(e.title())
                .append("   "));
        text(line.toString().strip(), MARGIN, y, font(Font.PLAIN, 15), QUIET, width - 2 * MARGIN);
    }

    private Color warmth(int interested) {
        double share = Math.min(1.0, interested / (double) maxInterest);
        return new Color(mix(COOL.getRed(), WARM.getRed(), share), mix(COOL.getGreen(), WARM.getGreen(), share),
                mix(COOL.getBlue(), WARM.getBlue(), share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }

    /** Draws one line, shortened with an ellipsis to fit the width. */
    private void text(String text, int x, int y, Font font, Color color, int width) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(TextWrap.shorten(text, s -> metrics.stringWidth(s) <= width), x, y);
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
