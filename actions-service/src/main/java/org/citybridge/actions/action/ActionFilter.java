package org.citybridge.actions.action;

/**
 * What an action list may be narrowed to; every part optional.
 *
 * @param lateOnly only actions whose status is LATE (a shortcut for status=LATE that reads as the question asked)
 */
public record ActionFilter(String programme, Integer goal, ActionStatus status, Integer lineOfWork, String owner,
        String partner, String targetGroup, boolean lateOnly, boolean inactivePartnersOnly) {

    public static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, null, null, false, false);
}
