package org.citybridge.actions.report;

/** A draft is taken again and commented on; a final report never changes. */
public enum ReportState {
    DRAFT, FINAL
}
