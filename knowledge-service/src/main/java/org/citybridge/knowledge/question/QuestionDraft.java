package org.citybridge.knowledge.question;

import java.util.List;

/**
 * What a practice drafted from an accepted question starts with: the question's title and body as its
 * title and summary, the accepted answer as its approach.
 */
public record QuestionDraft(String questionId, String title, String summary, String approach, String language,
        List<String> themes) {
}
