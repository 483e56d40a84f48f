package org.citybridge.actions.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's action programme (seed 000: KleurRijk Almelo with four main goals; seed 002: Antwerp's
 * diversity policy 2011-2012 with three ambitions). It holds what the city plans as a whole: goals,
 * success factors and the planning milestones; its actions are aggregates of their own, so that two
 * officers updating two actions never conflict on the programme's version.
 */
@Document("programmes")
public class Programme extends TenantAggregate {

    /** Domain events; messaging/ProgrammeEvents publishes them. */
    public record Started(String programmeId, String municipality, ProgrammeContent content, Visibility visibility,
            Instant startedAt) {
    }

    @Id
    private String id;
    private ProgrammeContent content;
    private List<Milestone> milestones = new ArrayList<>();
    private Instant startedAt;

    protected Programme() {
    }

    private Programme(String id, String municipality, Visibility visibility, ProgrammeContent content) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
        this.content = Objects.requireNonNull(content);
        this.startedAt = Instant.now();
        record(new Started(id, municipality, content, visibility, startedAt));
    }

    public static Programme start(String municipality, ProgrammeContent content, Visibility visibility) {
        return start(UUID.randomUUID().toString(), municipality, content, visibility);
    }

    /** With a known id, so that loading the same demo programme twice finds the first one. */
    public static Programme start(String id, String municipality, ProgrammeContent content, Visibility visibility) {
        return new Programme(id, municipality, visibility, content);
    }

    /** Replaces what the officer wrote; the planning milestones are changed one by one. */
    public void revise(ProgrammeContent revised, Visibility newVisibility) {
        content = Objects.requireNonNull(revised);
        if (newVisibility != null) {
            changeVisibility(newVisibility);
        }
    }

    public Milestone planMilestone(String title, LocalDate due) {
        Milestone milestone = Milestone.planned(UUID.randomUUID().toString(), title, due);
        milestones.add(milestone);
        return milestone;
    }

    public Milestone changeMilestone(String milestoneId, MilestoneState state, LocalDate on, String by) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id().equals(milestoneId)) {
                Milestone changed = milestones.get(i).withState(state, on, by);
                milestones.set(i, changed);
                return changed;
            }
        }
        throw NotFoundException.of("Milestone", milestoneId);
    }

    @Override
    public String id() {
        return id;
    }

    public ProgrammeContent content() {
        return content;
    }

    public String title() {
        return content.title();
    }

    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public Instant startedAt() {
        return startedAt;
    }
}
