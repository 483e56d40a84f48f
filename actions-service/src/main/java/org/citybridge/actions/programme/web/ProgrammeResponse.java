package org.citybridge.actions.programme.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.actions.programme.Goal;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.platform.tenancy.Visibility;

record ProgrammeResponse(String id, String municipality, String title, String summary, Period period, List<Goal> goals,
        List<String> successFactors, ProgressWeighting weighting, String visionId, List<MilestoneJson> milestones,
        Visibility visibility, Instant startedAt) {

    static ProgrammeResponse of(Programme programme) {
        return new ProgrammeResponse(programme.id(), programme.municipality(), programme.title(),
                programme.content().summary(), programme.content().period(), programme.content().goals(),
                programme.content().successFactors(), programme.content().weighting(), programme.content().visionId(),
                programme.milestones().stream().map(MilestoneJson::of).toList(), programme.visibility(),
                programme.startedAt());
    }
}
