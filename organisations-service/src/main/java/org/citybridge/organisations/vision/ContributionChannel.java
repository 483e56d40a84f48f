package org.citybridge.organisations.vision;

/** How a contribution came in: entered by an officer (from a meeting, a letter) or sent on the public form. */
public enum ContributionChannel {
    OFFICER, PUBLIC_FORM
}
