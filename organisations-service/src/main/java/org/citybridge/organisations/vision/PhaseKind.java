package org.citybridge.organisations.vision;

/** The steps of making a shared vision, in order (seed 000: discussion paper, consultation, draft, adopted). */
public enum PhaseKind {
    DISCUSSION_PAPER, CONSULTATION, DRAFT, ADOPTED
}
