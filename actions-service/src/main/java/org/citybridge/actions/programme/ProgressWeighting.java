package org.citybridge.actions.programme;

/**
 * How a programme rolls its actions' progress up into its goals' and its own: each action counting the
 * same, or in proportion to its planned budget (a 200,000 EUR action moves the figure more than a
 * 5,000 EUR one).
 */
public enum ProgressWeighting {
    EQUAL, BUDGET
}
