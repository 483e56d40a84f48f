package org.citybridge.knowledge.handbook;

import java.util.Objects;

/**
 * A chapter as the editor plans it: the practice or study it presents, in the editor's order, with
 * the editor's introduction.
 */
public record Chapter(ChapterSource source, String refId, String introduction) {

    public Chapter {
        Objects.requireNonNull(source);
        Objects.requireNonNull(refId);
    }
}
