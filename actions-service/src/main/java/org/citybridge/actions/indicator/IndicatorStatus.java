package org.citybridge.actions.indicator;

/** Where an indicator stands against its straight line to the next target. */
public enum IndicatorStatus {
    /** Nothing measured since the baseline. */
    NO_DATA,
    ON_TRACK,
    /** The latest value is behind the straight line to the next target: its action is late. */
    BEHIND,
    /** The latest value reached the last target. */
    ACHIEVED
}
