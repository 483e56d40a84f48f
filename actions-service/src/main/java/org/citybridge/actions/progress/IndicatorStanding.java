package org.citybridge.actions.progress;

/**
 * What the status rule needs to know of one indicator of an action.
 *
 * @param measured whether any value was measured after the baseline
 * @param behind   the latest value is behind the straight line from the baseline to the next target
 * @param achieved the latest value reached the last target
 * @param progress where the latest value stands between baseline and target, 0..1; null when unknown
 */
public record IndicatorStanding(boolean measured, boolean behind, boolean achieved, Double progress) {
}
