package org.citybridge.events.registration;

/** A registration just made, with the management token that is shown this once and never stored. */
public record NewRegistration(Registration registration, String managementToken, long placeInLine) {
}
