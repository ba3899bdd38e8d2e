package org.commonground.core.openspace.harvest;

/**
 * One point of a host's notes.
 *
 * @param marked the kind its author gave it ("Action: …", or under an "Obstacles:" line), else null
 */
public record NotePoint(long sessionId, String text, Kind marked) {
}
