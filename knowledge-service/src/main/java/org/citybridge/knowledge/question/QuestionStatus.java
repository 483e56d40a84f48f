package org.citybridge.knowledge.question;

/**
 * Whether the asker accepted an answer. Lists sort on this field ascending so that accepted questions
 * come first (as Discourse ranks solved topics first): keep ACCEPTED alphabetically before OPEN.
 */
public enum QuestionStatus {
    ACCEPTED,
    OPEN
}
