package org.citybridge.knowledge.bridgegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;

/** A bridge group's rules: who founds it, who is invited and joins, its people and its meetings. */
class BridgeGroupTest {

    static final Instant NOW = Instant.parse("2012-05-01T10:00:00Z");
    static final Caller ALMELO = officer("anna", "almelo");
    static final Caller MUENSTER = officer("jonas", "muenster");
    static final Caller ANTWERPEN = officer("an", "antwerpen");

    @Test
    void theAdminMakesAGroupBetweenTwoOrMoreCitiesAtOnce() {
        BridgeGroup group = BridgeGroup.between("bg-1", " Münster–Almelo ", " Bruggen bouwen ",
                List.of("muenster", "almelo", "muenster"), NOW);

        assertThat(group.id()).isEqualTo("bg-1");
        assertThat(group.name()).isEqualTo("Münster–Almelo");
        assertThat(group.purpose()).isEqualTo("Bruggen bouwen");
        assertThat(group.memberCities()).containsExactly("muenster", "almelo");
        assertThat(group.invitedCities()).isEmpty();
        assertThat(group.municipality()).as("the first city named").isEqualTo("muenster");
        assertThat(group.createdAt()).isEqualTo(NOW);
        assertThat(group.isMember("almelo")).isTrue();
        assertThat(group.isMember(null)).isFalse();
    }

    @Test
    void aGroupOfOneCityIsRefused() {
        assertThatThrownBy(() -> BridgeGroup.between(null, "n", null, List.of("almelo", "almelo"), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.property()).isEqualTo("memberCities"));
        assertThatThrownBy(() -> BridgeGroup.founded(ALMELO, "n", null, List.of("almelo"), NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void withoutAnIdTheGroupGetsOne() {
        BridgeGroup group = BridgeGroup.between(null, "n", null, List.of("almelo", "muenster"), NOW);
        assertThat(group.id()).isNotBlank();
        assertThat(group.purpose()).isNull();
    }

    @Test
    void anOfficerFoundsAGroupOfTheirCityAndInvitesTheOthers() {
        BridgeGroup group = founded();

        assertThat(group.id()).isNotBlank();
        assertThat(group.memberCities()).containsExactly("almelo");
        assertThat(group.invitedCities()).containsExactly("muenster");
        assertThat(group.municipality()).isEqualTo("almelo");
        assertThat(group.isReadableBy(ALMELO)).isTrue();
        assertThat(group.isReadableBy(MUENSTER)).as("to decide whether to join").isTrue();
        assertThat(group.isReadableBy(ANTWERPEN)).isFalse();
    }

    @Test
    void onlyAnInvitedCityJoinsAndOnlyOnce() {
        BridgeGroup group = founded();

        assertThatThrownBy(() -> group.join(ANTWERPEN)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> group.join(ALMELO)).isInstanceOf(ConflictException.class);

        group.join(MUENSTER);

        assertThat(group.memberCities()).containsExactly("almelo", "muenster");
        assertThat(group.invitedCities()).isEmpty();
        assertThatThrownBy(() -> group.join(MUENSTER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void membersManageItInvitedCitiesDoNot() {
        BridgeGroup group = founded();

        group.requireManagedBy(ALMELO);
        assertThatThrownBy(() -> group.requireManagedBy(MUENSTER)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> group.requireManagedBy(ANTWERPEN)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aCityIsInvitedOnceAndNeverWhenAMember() {
        BridgeGroup group = founded();

        group.invite("antwerpen");

        assertThat(group.invitedCities()).containsExactly("muenster", "antwerpen");
        assertThatThrownBy(() -> group.invite("antwerpen")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> group.invite("almelo")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aGroupHasAtMostTwentyCitiesMembersAndInvitedTogether() {
        BridgeGroup group = founded();
        for (int i = 3; i <= BridgeGroup.MAX_CITIES; i++) {
            group.invite("city-" + i);
        }
        assertThat(group.memberCities().size() + group.invitedCities().size()).isEqualTo(20);

        assertThatThrownBy(() -> group.invite("city-21")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("20");
    }

    @Test
    void peopleAndOrganisationsTakePartForAMemberCityOnceEach() {
        BridgeGroup group = founded();
        Member officer = new Member(MemberKind.OFFICER, "anna", "almelo", "Anna");
        Member organisation = new Member(MemberKind.ORGANISATION, "anna", "almelo", "Stichting Anna");

        group.addMember(officer);
        group.addMember(organisation);

        assertThat(group.members()).containsExactly(officer, organisation);
        assertThatThrownBy(() -> group.addMember(new Member(MemberKind.OFFICER, "anna", "almelo", "again")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> group.addMember(new Member(MemberKind.OFFICER, "jonas", "muenster", "Jonas")))
                .as("an invited city is no member yet").isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.property()).isEqualTo("municipality"));
    }

    @Test
    void aMemberIsRemovedByIdAndAnUnknownOneIsNotFound() {
        BridgeGroup group = founded();
        group.addMember(new Member(MemberKind.OFFICER, "anna", "almelo", "Anna"));
        group.addMember(new Member(MemberKind.OFFICER, "bert", "almelo", "Bert"));

        group.removeMember("anna");

        assertThat(group.members()).extracting(Member::id).containsExactly("bert");
        assertThatThrownBy(() -> group.removeMember("anna")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void meetingsAreKeptInDateOrderAndRemovedById() {
        BridgeGroup group = founded();
        Meeting later = group.planMeeting(null, " Terugkomdag ", LocalDate.of(2012, 9, 1));
        Meeting sooner = group.planMeeting("c-1", "Kick-off", LocalDate.of(2012, 6, 1));

        assertThat(later.title()).isEqualTo("Terugkomdag");
        assertThat(sooner.congressId()).isEqualTo("c-1");
        assertThat(group.meetings()).containsExactly(sooner, later);

        group.removeMeeting(sooner.id());

        assertThat(group.meetings()).containsExactly(later);
        assertThatThrownBy(() -> group.removeMeeting(sooner.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void renamingStripsTheWords() {
        BridgeGroup group = founded();
        group.rename("  Nieuwe naam ", null);

        assertThat(group.name()).isEqualTo("Nieuwe naam");
        assertThat(group.purpose()).isNull();
    }

    private static BridgeGroup founded() {
        return BridgeGroup.founded(ALMELO, "Almelo–Münster", "Leren van elkaar", List.of("muenster", "almelo"), NOW);
    }

    private static Caller officer(String subject, String city) {
        return new Caller(subject, city, Set.of(Role.OFFICER));
    }
}
