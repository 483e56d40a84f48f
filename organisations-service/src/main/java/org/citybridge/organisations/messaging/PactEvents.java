package org.citybridge.organisations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.event.EventType;

/**
 * The integration events of pacts, on {@code citybridge.organisations} with the pact id as key, so
 * that a pact's publication, signatures and withdrawals reach consumers in order. Documented in
 * docs/events.md. The responsible person's name is left out on purpose: consumers need to know which
 * organisation committed to which lines of work, not who signed for it.
 */
public final class PactEvents {

    public static final EventType PUBLISHED = EventType.of("pact.published", 1);
    public static final EventType SIGNED = EventType.of("pact.signed", 1);
    public static final EventType SIGNATURE_WITHDRAWN = EventType.of("pact.signature-withdrawn", 1);

    private PactEvents() {
    }

    public record Period(int fromYear, int toYear) {
    }

    public record LineOfWork(int number, String title) {
    }

    public record Commitment(int lineOfWork, String text) {
    }

    /** Payload of {@code pact.published.v1}. */
    public record PactPublished(String id, String municipality, String title, String visionTitle, Period period,
            LocalDate signedOn, Instant publishedAt, List<LineOfWork> linesOfWork) {
    }

    /** Payload of {@code pact.signed.v1}. */
    public record PactSigned(String pactId, String signatureId, String organisationId, String organisationName,
            LocalDate signedOn, List<Commitment> commitments) {
    }

    /** Payload of {@code pact.signature-withdrawn.v1}. */
    public record SignatureWithdrawn(String pactId, String signatureId, String organisationId,
            LocalDate withdrawnOn) {
    }

    public static PactPublished published(Pact pact) {
        PactContent content = pact.content();
        return new PactPublished(pact.id(), pact.municipality(), content.title(), content.visionTitle(),
                new Period(content.period().fromYear(), content.period().toYear()), content.signedOn(),
                pact.publishedAt(), content.linesOfWork().stream()
                        .map(line -> new LineOfWork(line.number(), line.title())).toList());
    }

    public static PactSigned signed(Pact pact, Signature signature) {
        return new PactSigned(pact.id(), signature.id(), signature.organisationId(), signature.organisationName(),
                signature.signedOn(), signature.commitments().stream()
                        .map(commitment -> new Commitment(commitment.lineOfWork(), commitment.text())).toList());
    }

    public static SignatureWithdrawn signatureWithdrawn(Pact pact, Signature signature) {
        return new SignatureWithdrawn(pact.id(), signature.id(), signature.organisationId(),
                signature.withdrawnOn());
    }
}
