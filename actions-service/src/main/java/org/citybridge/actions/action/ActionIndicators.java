package org.citybridge.actions.action;

import org.citybridge.platform.tenancy.Visibility;

/**
 * What an action's indicators hold it to: an action is not shared narrower than they are. Declared
 * here and answered by the indicator package, which depends on actions (not the other way).
 */
public interface ActionIndicators {

    /** The widest visibility among the action's indicators; PRIVATE when it has none. */
    Visibility widestVisibility(String actionId);
}
