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

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class PactTest {

    @Test
    void aDraftCanBeRevisedAndPublishedOnceRecordingOneEvent() {
        Pact pact = Pact.draft("almelo", content("Concept"));
        pact.revise(content("Integratiepact KleurRijk Almelo 2011-2014"));
        assertThat(pact.recordedEvents()).isEmpty();

        pact.publish(Instant.parse("2011-03-01T09:00:00Z"));

        assertThat(pact.status()).isEqualTo(PactStatus.PUBLISHED);
        assertThat(pact.recordedEvents()).containsExactly(new Pact.Published(pact.id(), "almelo",
                content("Integratiepact KleurRijk Almelo 2011-2014"), null, Instant.parse("2011-03-01T09:00:00Z")));
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

        pact.withdraw(new SignatureId(first.id()), LocalDate.of(2012, 1, 1));
        Signature again = pact.sign(id(), signing("org-1", "ATIB Almelo"), Instant.now(), "officer");

        assertThat(pact.activeSignatures()).extracting(Signature::organisationId).containsExactly("org-2", "org-1");
        assertThat(pact.signatures()).hasSize(3);
        assertThat(pact.activeSignatureOf("org-1")).containsSame(again);
        assertThat(pact.recordedEvents()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "Published", "Signed", "Signed", "SignatureWithdrawn", "Signed");
        assertThat(pact.recordedEvents().get(3)).isEqualTo(new Pact.SignatureWithdrawn(pact.id(), first.id(), "org-1",
                LocalDate.of(2012, 1, 1)));
    }

    @Test
    void commitmentsMustNameLinesOfWorkOfThePactOncePerLine() {
        Pact pact = publishedPact("Pact");

        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "x", new Commitment(1, "a"), new Commitment(5, "b")),
                Instant.now(), "officer"))
                .isInstanceOfSatisfying(CommitmentRejectedException.class,
                        e -> assertThat(e.index()).isEqualTo(1));
        assertThatThrownBy(() -> pact.sign(id(), signing("org-1", "x", new Commitment(2, "a"), new Commitment(2, "b")),
                Instant.now(), "officer"))
                .isInstanceOfSatisfying(CommitmentRejectedException.class,
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

        SignatureId signatureId = new SignatureId(signature.id());
        assertThatThrownBy(() -> pact.withdraw(signatureId, LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("withdrawnOn"));
        pact.withdraw(signatureId, LocalDate.of(2011, 3, 15));

        assertThat(signature.status()).isEqualTo(SignatureStatus.WITHDRAWN);
        assertThatThrownBy(() -> pact.withdraw(signatureId, LocalDate.of(2012, 1, 1)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pact.withdraw(new SignatureId("no-such-signature"), LocalDate.of(2012, 1, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linesOfWorkAreNumberedUniquelyAndThePeriodRunsForward() {
        assertThatThrownBy(() -> new PactContent("t", "v", new Period(2011, 2014), null, null, List.of(), null,
                List.of(new LineOfWork(1, "a"), new LineOfWork(1, "b")), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("linesOfWork"));
        assertThatThrownBy(() -> new Period(2014, 2011))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("period"));

        PactContent sorted = new PactContent("t", "v", new Period(2011, 2011), null, null, null, null,
                List.of(new LineOfWork(2, "b"), new LineOfWork(1, "a")), null);
        assertThat(sorted.linesOfWork()).extracting(LineOfWork::number).containsExactly(1, 2);
        assertThat(sorted.period()).hasToString("2011");
    }

    @Test
    void draftsAreTheirCitysOnlyPublishedPactsArePublic() {
        Pact draft = Pact.draft("almelo", content("Concept"));
        Caller almelo = new Caller("officer@almelo", "almelo", Set.of(Role.OFFICER));
        Caller antwerpen = new Caller("officer@antwerpen", "antwerpen", Set.of(Role.OFFICER));

        assertThat(draft.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(draft.isVisibleTo(almelo)).isTrue();
        assertThat(draft.isVisibleTo(antwerpen)).isFalse();
        assertThat(draft.isVisibleTo(Caller.anonymous())).isFalse();
        draft.publish(Instant.now());
        assertThat(draft.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(draft.isVisibleTo(antwerpen)).isTrue();
        assertThat(draft.isVisibleTo(Caller.anonymous())).as("its public pages").isTrue();
        assertThat(draft.isOwnedBy(antwerpen)).isFalse();
    }
}
