package org.citybridge.knowledge.handbook;

import java.time.Instant;
import java.util.List;

/**
 * An edition as it reads: a published one from its frozen texts, a draft from the practices and studies
 * as they are now. What the exports print.
 *
 * @param missing the chapters of a draft whose practice or study the reader may not (or no longer) read
 */
public record EditionText(String handbookId, String handbookTitle, String municipality, int number,
        EditionState state, String title, String introduction, Instant publishedAt, List<FrozenChapter> chapters,
        List<Chapter> missing) {
}
