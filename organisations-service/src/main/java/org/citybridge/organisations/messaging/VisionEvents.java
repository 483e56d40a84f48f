package org.citybridge.organisations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.vision.VisionProcess;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of vision processes, on {@code citybridge.organisations} keyed by vision id
 * (docs/events.md): a consultation opening, a vision adopted with the ids of its objectives, which
 * programmes may tie their goals to.
 */
@Component
public class VisionEvents extends EventTranslation<VisionProcess> {

    public static final EventType CONSULTATION_OPENED = EventType.of("vision.consultation-opened", 1);
    public static final EventType ADOPTED = EventType.of("vision.adopted", 1);

    public record Question(int number, String text) {
    }

    public record Objective(String id, String title, List<String> points) {
    }

    /** Payload of {@code vision.consultation-opened.v1}. */
    public record ConsultationOpened(String visionId, String municipality, String title, int edition,
            List<Question> questions, String visibility, Instant openedAt) {
    }

    /** Payload of {@code vision.adopted.v1}. */
    public record VisionAdopted(String visionId, String municipality, String title, int edition, String revises,
            LocalDate adoptedOn, List<Objective> objectives, List<String> successFactors, String visibility) {
    }

    VisionEvents() {
        super(VisionProcess.class);
        translate(VisionProcess.ConsultationOpened.class, CONSULTATION_OPENED, event -> {
            VisionProcess vision = event.vision();
            return new ConsultationOpened(vision.id(), vision.municipality(), vision.title(), vision.edition(),
                    vision.content().questions().stream().map(q -> new Question(q.number(), q.text())).toList(),
                    vision.visibility().name(), event.at());
        });
        translate(VisionProcess.Adopted.class, ADOPTED, event -> {
            VisionProcess vision = event.vision();
            return new VisionAdopted(vision.id(), vision.municipality(), vision.title(), vision.edition(),
                    vision.revises(), vision.adoptedOn(), vision.adopted().objectives().stream()
                            .map(o -> new Objective(o.id(), o.title(), o.points())).toList(),
                    vision.adopted().successFactors(), vision.visibility().name());
        });
    }
}
