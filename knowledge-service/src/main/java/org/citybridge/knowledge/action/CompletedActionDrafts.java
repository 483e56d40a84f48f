package org.citybridge.knowledge.action;

/**
 * What happens when an action completes: the practice feature drafts a practice from it. An interface
 * here, so that this package knows nothing of practices (they depend on it, not the other way).
 */
public interface CompletedActionDrafts {

    /** Must be idempotent: the same completion may be delivered more than once. */
    void draftFrom(CompletedAction action);
}
