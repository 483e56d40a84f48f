package org.citybridge.actions.progress;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;

/** The standing of each indicator of an action on a day. */
interface IndicatorStandings {

    List<IndicatorStanding> of(Action action, LocalDate today);
}
