package org.citybridge.knowledge.practice;

/** A draft is its city's work in progress; only a published practice is shared beyond the city. */
public enum PracticeStatus {
    DRAFT, PUBLISHED
}
