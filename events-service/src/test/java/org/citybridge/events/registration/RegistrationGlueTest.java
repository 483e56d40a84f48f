package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressPlan;
import org.citybridge.events.mail.Letter;
import org.citybridge.events.mail.LetterKind;
import org.citybridge.events.mail.MailProperties;
import org.citybridge.events.mail.MailQueue;
import org.citybridge.events.seat.SeatScope;
import org.citybridge.events.seat.Seats;
import org.citybridge.events.seat.WaitingLine;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The registration flow's helpers: which mail goes out, session places or lines, and the offer sweep. */
class RegistrationGlueTest {

    static final Instant NOW = Instant.parse("2030-04-01T09:00:00Z");

    final MailQueue queue = mock(MailQueue.class);
    final Congress congress = Congress.plan("congress-1", "almelo", new CongressPlan(
            Map.of("nl", "Congres KleurRijk", "de", "Kongress KleurRijk"), null, null, null,
            Instant.parse("2030-05-12T07:00:00Z"), Instant.parse("2030-05-12T17:00:00Z"), null, null, 100,
            Visibility.PUBLIC, true, null, null));

    RegistrationMails mails(String publicUrl) {
        return new RegistrationMails(queue, new MailProperties(publicUrl, "CityBridge <no-reply@example.org>",
                Duration.ofSeconds(5), 20));
    }

    static Registration registration(String language) {
        return Registration.pending("registration-1", "K7QM-4TXP", "congress-1", "almelo", new Attendee("Jan Jansen",
                "jan@example.org", null, null, "Almelo", null, null, false, language), List.of(), "hash", NOW);
    }

    Letter sent() {
        ArgumentCaptor<Letter> letter = ArgumentCaptor.forClass(Letter.class);
        verify(queue).send(letter.capture());
        return letter.getValue();
    }

    @Test
    void theFirstMailCarriesTheTokenOnceAndTheTitleInThePersonsLanguage() {
        Registration registration = registration("de");
        registration.confirm(List.of(), NOW);

        mails("https://citybridge.example").registered(new NewRegistration(registration, "tok3n", 0), congress);

        Letter letter = sent();
        assertThat(letter.kind()).isEqualTo(LetterKind.CONFIRMED);
        assertThat(letter.to()).isEqualTo("jan@example.org");
        assertThat(letter.name()).isEqualTo("Jan Jansen");
        assertThat(letter.language()).isEqualTo("de");
        assertThat(letter.code()).isEqualTo("K7QM-4TXP");
        assertThat(letter.congressTitle()).isEqualTo("Kongress KleurRijk");
        assertThat(letter.link()).isEqualTo("https://citybridge.example/registrations/K7QM-4TXP?token=tok3n");
        assertThat(letter.registrationId()).isEqualTo("registration-1");
        assertThat(letter.congressId()).isEqualTo("congress-1");
    }

    @Test
    void aPersonOnTheWaitListLearnsTheirPlaceInLine() {
        Registration registration = registration("nl");
        registration.waitlist(9, NOW);

        mails("https://citybridge.example/").registered(new NewRegistration(registration, "tok3n", 9), congress);

        Letter letter = sent();
        assertThat(letter.kind()).isEqualTo(LetterKind.WAITLISTED);
        assertThat(letter.position()).isEqualTo(9L);
        assertThat(letter.link()).as("one slash, whatever the configured address ends with")
                .isEqualTo("https://citybridge.example/registrations/K7QM-4TXP?token=tok3n");
    }

    @Test
    void aNewRegistrationOfferedAPlaceAtOnceIsToldSo() {
        Registration registration = registration("nl");
        registration.waitlist(1, NOW);
        registration.offer(NOW.plusSeconds(3600), NOW);

        mails("https://citybridge.example").registered(new NewRegistration(registration, "tok3n", 1), congress);

        assertThat(sent().kind()).isEqualTo(LetterKind.OFFERED);
    }

    @Test
    void laterMailsLinkToThePageWithoutTheToken() {
        Registration promoted = registration("nl");
        promoted.waitlist(1, NOW);
        promoted.promote(List.of(), NOW);

        mails("https://citybridge.example").promoted(promoted, congress);

        Letter letter = sent();
        assertThat(letter.kind()).isEqualTo(LetterKind.PROMOTED);
        assertThat(letter.link()).isEqualTo("https://citybridge.example/registrations/K7QM-4TXP");
        assertThat(letter.position()).isNull();
        assertThat(letter.congressTitle()).isEqualTo("Congres KleurRijk");
    }

    @Test
    void anOfferNamesItsExpiry() {
        Registration offered = registration("en");
        offered.waitlist(1, NOW);
        offered.offer(NOW.plusSeconds(3600), NOW);

        mails("https://citybridge.example").promoted(offered, congress);

        Letter letter = sent();
        assertThat(letter.kind()).isEqualTo(LetterKind.OFFERED);
        assertThat(letter.offerExpiresAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aCancellationAndAnExpiredOfferAreDifferentMails() {
        Registration cancelled = registration("nl");
        cancelled.cancel(NOW);
        mails("https://citybridge.example").cancelled(cancelled, congress);
        assertThat(sent().kind()).isEqualTo(LetterKind.CANCELLED);

        MailQueue expiredQueue = mock(MailQueue.class);
        Registration expired = registration("nl");
        expired.waitlist(1, NOW);
        expired.offer(NOW.plusSeconds(60), NOW);
        expired.expireOffer(NOW.plusSeconds(61));
        new RegistrationMails(expiredQueue, new MailProperties("https://citybridge.example", "x", Duration.ofSeconds(5),
                20)).cancelled(expired, congress);
        ArgumentCaptor<Letter> letter = ArgumentCaptor.forClass(Letter.class);
        verify(expiredQueue).send(letter.capture());
        assertThat(letter.getValue().kind()).isEqualTo(LetterKind.OFFER_EXPIRED);
    }

    @Test
    void aFreeSessionPlaceIsTakenAndAFullSessionGivesAPlaceInItsLine() {
        Seats seats = mock(Seats.class);
        WaitingLine line = mock(WaitingLine.class);
        SeatScope open = SeatScope.session("congress-1", "s1");
        SeatScope full = SeatScope.session("congress-1", "s2");
        when(seats.take(open)).thenReturn(true);
        when(seats.take(full)).thenReturn(false);
        when(seats.nextPosition(full)).thenReturn(6L);

        List<SessionPlace> places = new Places(seats, line).takeSessions("congress-1", "registration-1",
                List.of("s1", "s2"));

        assertThat(places).containsExactly(SessionPlace.confirmed("s1"), SessionPlace.waitlisted("s2", 6));
        verify(line).join(full, 6L, "registration-1");
        verify(line, never()).join(org.mockito.ArgumentMatchers.eq(open), org.mockito.ArgumentMatchers.anyLong(), any());
        verify(seats, never()).nextPosition(open);
    }

    @Test
    void theOfferSweepPassesOnWhatIsDueNowAndSurvivesAFailure() {
        RegistrationService registrations = mock(RegistrationService.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        when(registrations.expireOffersDue(NOW)).thenReturn(2).thenThrow(new IllegalStateException("store down"))
                .thenReturn(0);
        OfferSweep sweep = new OfferSweep(registrations, clock);

        sweep.run();
        sweep.run();
        sweep.run();

        verify(registrations, times(3)).expireOffersDue(NOW);
    }
}
