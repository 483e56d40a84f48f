package org.citybridge.organisations.vision;

/** Preparing: officers write; consulting: contributions come in (also from the public form); adopted: final. */
public enum VisionStatus {
    PREPARING, CONSULTING, ADOPTED
}
