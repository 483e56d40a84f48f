package org.citybridge.organisations.vision;

/**
 * Whether a contribution may be shown. What an officer enters is approved at once; what anyone sends on
 * the public form waits until an officer approves or rejects it, so nothing unread reaches the public page.
 */
public enum Moderation {
    PENDING, APPROVED, REJECTED
}
