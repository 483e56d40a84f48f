package org.citybridge.actions.indicator;

/** A measurement as recorded (or corrected) and its indicator as saved with it. */
public record MeasuredIndicator(Indicator indicator, Measurement measurement) {
}
