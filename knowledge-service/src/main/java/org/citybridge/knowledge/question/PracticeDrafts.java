package org.citybridge.knowledge.question;

import org.citybridge.platform.tenancy.Caller;

/**
 * The seam to the practices: turns an accepted question into a draft practice of the caller's city and
 * answers the new practice's id. {@link PracticesFromQuestions} implements it over the practices' own
 * use case, so that the rest of the questions need not know how a practice is written.
 */
public interface PracticeDrafts {

    String draftFromQuestion(Caller caller, QuestionDraft draft);
}
