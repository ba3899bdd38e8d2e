package org.commonground.core.domain;

/**
 * A one-tap choice under a message.
 *
 * @param label what the person sees
 * @param data  what comes back when it is pressed; short, as platforms limit it (Telegram: 64 bytes)
 */
public record Button(String label, String data) {

    public Button {
        if (data == null || data.isBlank() || data.length() > 64) {
            throw new IllegalArgumentException("Button data must be 1 to 64 characters: " + data);
        }
    }
}
