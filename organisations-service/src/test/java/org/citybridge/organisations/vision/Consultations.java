package org.citybridge.organisations.vision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;

/**
 * Vision processes for the consultation tests, saved through {@link VisionService} as a city's officer
 * would (the routes that create them belong to the vision's own API). Each has a fresh title, so no
 * test reads another's data.
 */
public final class Consultations {

    public static final String QUESTION_1 = "Wat verwacht u van KleurRijk Almelo?";
    public static final String QUESTION_2 = "Wat kunt u zelf bijdragen?";
    public static final String QUESTION_3 = "Wie moeten we zeker betrekken?";

    private Consultations() {
    }

    public static Caller officerOf(String city) {
        return new Caller("officer@" + city, city, Set.of(Role.OFFICER));
    }

    public static VisionProcess preparing(VisionService visions, String city, Visibility visibility) {
        VisionContent content = new VisionContent("Gedeelde visie " + UUID.randomUUID(),
                List.of(new Phase(PhaseKind.DISCUSSION_PAPER, LocalDate.of(2009, 9, 1), LocalDate.of(2009, 12, 31)),
                        new Phase(PhaseKind.CONSULTATION, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 4, 30))),
                "Hoe maken we Almelo kleurRijk?", "Een discussienota voor iedereen in Almelo.",
                List.of(new Question(1, QUESTION_1), new Question(2, QUESTION_2), new Question(3, QUESTION_3)));
        return visions.prepare(officerOf(city), content, visibility);
    }

    public static VisionProcess consulting(VisionService visions, String city, Visibility visibility) {
        return visions.openConsultation(preparing(visions, city, visibility));
    }

    public static VisionProcess adopted(VisionService visions, VisionProcess vision) {
        return visions.adopt(vision, new AdoptedVision(List.of(new Objective("wederzijds-begrip",
                "Wederzijds begrip en respect", List.of("Welkom zijn"))), List.of(), LocalDate.of(2010, 6, 30)));
    }
}
