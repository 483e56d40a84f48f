package org.citybridge.organisations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of pacts, on {@code citybridge.organisations} with the pact id as key, so
 * that a pact's publication, signatures and withdrawals reach consumers in order. Documented in
 * docs/events.md. The responsible person's name is left out on purpose: consumers need to know which
 * organisation committed to which lines of work, not who signed for it.
 */
@Component
public class PactEvents extends EventTranslation<Pact> {

    public static final EventType PUBLISHED = EventType.of("pact.published", 1);
    public static final EventType SIGNED = EventType.of("pact.signed", 1);
    public static final EventType SIGNATURE_WITHDRAWN = EventType.of("pact.signature-withdrawn", 1);

    public record Period(int fromYear, int toYear) {
    }

    public record LineOfWork(int number, String title) {
    }

    public record Commitment(int lineOfWork, String text) {
    }

    /**
     * Payload of {@code pact.published.v1}.
     *
     * @param visionId the adopted vision it endorses ({@code vision.adopted.v1}), null for none; added to v1
     *                 in place, as consumers ignore fields they do not read
     */
    public record PactPublished(String id, String municipality, String title, String visionTitle, Period period,
            LocalDate signedOn, Instant publishedAt, List<LineOfWork> linesOfWork, String visionId) {
    }

    /** Payload of {@code pact.signed.v1}. */
    public record PactSigned(String pactId, String signatureId, String organisationId, String organisationName,
            LocalDate signedOn, List<Commitment> commitments) {
    }

    /** Payload of {@code pact.signature-withdrawn.v1}. */
    public record SignatureWithdrawn(String pactId, String signatureId, String organisationId,
            LocalDate withdrawnOn) {
    }

    PactEvents() {
        super(Pact.class);
        translate(Pact.Published.class, PUBLISHED, event -> {
            PactContent content = event.content();
            return new PactPublished(event.pactId(), event.municipality(), content.title(), content.visionTitle(),
                    new Period(content.period().fromYear(), content.period().toYear()), content.signedOn(),
                    event.publishedAt(), content.linesOfWork().stream()
                            .map(line -> new LineOfWork(line.number(), line.title())).toList(), event.visionId());
        });
        translate(Pact.Signed.class, SIGNED, event -> new PactSigned(event.pactId(), event.signatureId(),
                event.organisationId(), event.organisationName(), event.signedOn(), event.commitments().stream()
                        .map(commitment -> new Commitment(commitment.lineOfWork(), commitment.text())).toList()));
        translate(Pact.SignatureWithdrawn.class, SIGNATURE_WITHDRAWN, event -> new SignatureWithdrawn(event.pactId(),
                event.signatureId(), event.organisationId(), event.withdrawnOn()));
    }
}
