package org.commonground.core.domain;

/** Whether a round still takes replies. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
