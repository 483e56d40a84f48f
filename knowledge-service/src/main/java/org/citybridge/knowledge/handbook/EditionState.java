package org.citybridge.knowledge.handbook;

public enum EditionState {
    /** Being written: chapters may change, or the draft may be discarded. */
    DRAFT,
    /** Frozen: its texts were copied in when it was published and never change. */
    PUBLISHED
}
