package org.citybridge.knowledge.handbook;

/** What a chapter is made from. */
public enum ChapterSource {
    PRACTICE,
    STUDY
}
