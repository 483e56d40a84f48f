package org.citybridge.actions.programme;

import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.tenancy.Visibility;

/**
 * What a programme's actions hold it to: the goals they serve and how widely they are shared.
 * Declared here and answered by the action package, which depends on programmes (not the other way).
 */
public interface ProgrammeActions {

    /** The goal numbers actions of the programme name. */
    Set<Integer> goalsInUse(String programmeId);

    /** The widest visibility among the programme's actions; PRIVATE when it has none. */
    Visibility widestVisibility(String programmeId);

    /** From the earliest start to the latest end of the programme's actions' periods, if any has one. */
    Optional<Period> span(String programmeId);
}
