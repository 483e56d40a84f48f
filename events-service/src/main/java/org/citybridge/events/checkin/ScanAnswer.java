package org.citybridge.events.checkin;

/** What the server answers to a scan, and what an offline scan is flagged with when the server would have refused it. */
public enum ScanAnswer {
    /** Let in: checked in now. */
    CHECKED_IN,
    /** Already checked in on this list (the answer says when and on which device). */
    ALREADY_CHECKED_IN,
    /** No such ticket or code for this congress (forged secrets too). */
    UNKNOWN,
    /** The registration no longer holds a place (cancelled, or back on the wait list). */
    CANCELLED,
    /** A ticket replaced by a newer one, or revoked. */
    REVOKED,
    /** A real attendee of the congress, but not of this list's session. */
    NOT_ON_LIST,
    /** A genuine ticket (or code) scanned outside its validity window: before the doors open, or after the congress. */
    NOT_VALID_NOW
}
