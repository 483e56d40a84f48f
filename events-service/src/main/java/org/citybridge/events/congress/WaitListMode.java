package org.citybridge.events.congress;

/** What happens to the first person waiting when a place comes free. */
public enum WaitListMode {
    /** The place is theirs at once: confirmed, with a mail. */
    AUTOMATIC,
    /** They are offered the place and must accept it within the congress's offer hours; then it passes on. */
    TIMED_OFFER
}
