package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.organisations.pact.PactFixtures.content;
import static org.citybridge.organisations.pact.PactFixtures.id;
import static org.citybridge.organisations.pact.PactFixtures.publishedPact;
import static org.citybridge.organisations.pact.PactFixtures.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.citybridge.organisations.messaging.PactEvents;
import org.citybridge.platform.outbox.OutboxEvent;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.ConflictException;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;

class PactTest {

    @Test
    void aDraftCanBeRevisedAndPublishedOnceRecordingOneEvent() {
        Pact pact = Pact.draft("almelo", content("Concept"));
        pact.revise(content("Integratiepact KleurRijk Almelo 2011-2014"));
        assertThat(pact.pendingEvents()).isEmpty();

        pact.publish(Instant.parse("2011-03-01T09:00:00Z"));

        assertThat(pact.status()).isEqualTo(PactStatus.PUBLISHED);
        assertThat(pact.pendingEvents()).extracting(OutboxEvent::type).containsExactly("pact.published.v1");
        assertThatThrownBy(() -> pact.revise(content("Changed"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pact.publish(Instant.now())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftCannotBeSigned() {
        Pact pact = Pact.draft("almelo", content("Concept"));

        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "ATIB Almelo"), Instant.now(), "officer"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("draft");
        assertThat(pact.signatures()).isEmpty();
    }

    @Test
    void oneActiveSignaturePerOrganisationAndAfterWithdrawalItMaySignAgain() {
        Pact pact = publishedPact("Pact");
        Signature first = pact.sign(id(), signing("org-1", "ATIB Almelo"), Instant.now(), "officer");

        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "ATIB Almelo"), Instant.now(), "officer"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already signed");
        pact.sign(id(), signing("org-2", "Universiteit Twente"), Instant.now(), "officer");

        pact.withdraw(first.id(), LocalDate.of(2012, 1, 1));
        Signature again = pact.sign(id(), signing("org-1", "ATIB Almelo"), Instant.now(), "officer");

        assertThat(pact.activeSignatures()).extracting(Signature::organisationId).containsExactly("org-2", "org-1");
        assertThat(pact.signatures()).hasSize(3);
        assertThat(pact.activeSignatureOf("org-1")).containsSame(again);
        assertThat(pact.pendingEvents()).extracting(OutboxEvent::type).containsExactly("pact.published.v1",
                "pact.signed.v1", "pact.signed.v1", "pact.signature-withdrawn.v1", "pact.signed.v1");
    }

    @Test
    void commitmentsMustNameLinesOfWorkOfThePactOncePerLine() {
        Pact pact = publishedPact("Pact");

        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "x", new Commitment(1, "a"), new Commitment(5, "b")),
                Instant.now(), "officer"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("commitments[1].lineOfWork"));
        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "x", new Commitment(2, "a"), new Commitment(2, "b")),
                Instant.now(), "officer"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.reason()).contains("repeats line 2"));
        assertThat(pact.signatures()).isEmpty();

        Signature signed = pact.sign(id(), signing("org-1", "x", new Commitment(4, "kennis"), new Commitment(1, "mix")),
                Instant.now(), "officer");
        assertThat(signed.commitments()).extracting(Commitment::lineOfWork).containsExactly(1, 4);
    }

    @Test
    void aWithdrawalIsDatedNotBeforeTheSignatureAndHappensOnce() {
        Pact pact = publishedPact("Pact");
        Signature signature = pact.sign(id(), signing("org-1", "x"), Instant.now(), "officer");

        assertThatThrownBy(() -> pact.withdraw(signature.id(), LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("date"));
        pact.withdraw(signature.id(), LocalDate.of(2011, 3, 15));

        assertThat(signature.status()).isEqualTo(SignatureStatus.WITHDRAWN);
        assertThatThrownBy(() -> pact.withdraw(signature.id(), LocalDate.of(2012, 1, 1)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pact.withdraw("no-such-signature", LocalDate.of(2012, 1, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linesOfWorkAreNumberedUniquelyAndThePeriodRunsForward() {
        assertThatThrownBy(() -> new PactContent("t", "v", new Period(2011, 2014), null, null, List.of(), null,
                List.of(new LineOfWork(1, "a"), new LineOfWork(1, "b")), null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("linesOfWork"));
        assertThatThrownBy(() -> new Period(2014, 2011))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("period"));

        PactContent sorted = new PactContent("t", "v", new Period(2011, 2011), null, null, null, null,
                List.of(new LineOfWork(2, "b"), new LineOfWork(1, "a")), null);
        assertThat(sorted.linesOfWork()).extracting(LineOfWork::number).containsExactly(1, 2);
        assertThat(sorted.period()).hasToString("2011");
    }

    @Test
    void draftsAreTheirCitysOnlyPublishedPactsTheNetworks() {
        Pact draft = Pact.draft("almelo", content("Concept"));
        Caller almelo = new Caller("officer@almelo", "almelo", Set.of(Caller.OFFICER));
        Caller antwerpen = new Caller("officer@antwerpen", "antwerpen", Set.of(Caller.OFFICER));

        assertThat(draft.isVisibleTo(almelo)).isTrue();
        assertThat(draft.isVisibleTo(antwerpen)).isFalse();
        assertThat(draft.isVisibleTo(Caller.anonymous())).isFalse();
        draft.publish(Instant.now());
        assertThat(draft.isVisibleTo(antwerpen)).isTrue();
        assertThat(draft.isOwnedBy(antwerpen)).isFalse();
    }

    @Test
    void theEventsRecordedSinceLoadingAreTheOnesToAppend() {
        Pact pact = publishedPact("Pact");
        pact.sign(id(), signing("org-1", "x"), Instant.now(), "officer");

        assertThat(pact.eventsRecordedSinceLoad()).extracting(OutboxEvent::type)
                .containsExactly(PactEvents.PUBLISHED.qualifiedName(), PactEvents.SIGNED.qualifiedName());
    }
}
