package org.citybridge.knowledge.practice;

/**
 * Said inside this instance right after a practice was saved, so that its own search index is current
 * at once; other instances learn it from the practice's events on Kafka.
 */
public record PracticeChanged(String practiceId) {
}
