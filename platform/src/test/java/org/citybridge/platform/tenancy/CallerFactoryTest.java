package org.citybridge.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.platform.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who a token says the caller is: subject, city and the roles CityBridge knows. */
class CallerFactoryTest {

    private final CallerFactory callers = new CallerFactory(new SecurityProperties(null, null));

    @Test
    void readsSubjectCityAndRolesFromTheDefaultClaims() {
        Caller caller = callers.fromJwt(token(Map.of("municipality", "Almelo", "roles", List.of("officer", "ADMIN"))));

        assertThat(caller.subject()).isEqualTo("anna");
        assertThat(caller.municipality()).as("slugs are lower case").isEqualTo("almelo");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ADMIN);
        assertThat(caller.isAnonymous()).isFalse();
    }

    @Test
    void rolesMayComeAsOneStringSeparatedBySpacesOrCommas() {
        assertThat(callers.roles(token(Map.of("roles", "officer, organiser service")))).containsExactlyInAnyOrder(
                Role.OFFICER, Role.ORGANISER, Role.SERVICE);
        assertThat(callers.roles(token(Map.of("roles", " officer")))).containsExactly(Role.OFFICER);
    }

    @Test
    void rolesCityBridgeDoesNotKnowAreLeftOut() {
        assertThat(callers.roles(token(Map.of("roles", List.of("superuser", "officer"))))).containsExactly(Role.OFFICER);
        assertThat(callers.roles(token(Map.of("roles", "superuser")))).isEmpty();
        assertThat(callers.roles(token(Map.of("roles", 42)))).as("neither a list nor a string").isEmpty();
    }

    @Test
    void aTokenWithoutCityOrRolesIsANetworkWideCallerWithoutRoles() {
        Caller caller = callers.fromJwt(token(Map.of("scope", "openid")));

        assertThat(caller.municipality()).isNull();
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void claimNamesComeFromConfigurationForOtherProviders() {
        CallerFactory other = new CallerFactory(new SecurityProperties("tenant", "groups"));

        Caller caller = other.fromJwt(token(Map.of("tenant", "Muenster", "groups", List.of("organiser"),
                "municipality", "almelo", "roles", List.of("admin"))));

        assertThat(caller.municipality()).isEqualTo("muenster");
        assertThat(caller.roles()).containsExactly(Role.ORGANISER);
    }

    @Test
    void theCallersRolesAnswerWhatItMayDo() {
        Caller officer = new Caller("anna", "almelo", Set.of(Role.OFFICER));
        Caller admin = new Caller("root", null, Set.of(Role.ADMIN));

        assertThat(officer.hasRole(Role.OFFICER)).isTrue();
        assertThat(officer.hasRole(Role.ORGANISER)).isFalse();
        assertThat(officer.isAdmin()).isFalse();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(officer.hasAnyRole(Set.of(Role.ORGANISER, Role.OFFICER))).isTrue();
        assertThat(officer.hasAnyRole(Set.of(Role.ADMIN))).isFalse();
        assertThat(new Caller("x", "almelo", null).roles()).isEmpty();
    }

    @Test
    void aCallerBelongsOnlyToItsOwnCity() {
        Caller officer = new Caller("anna", "almelo", Set.of(Role.OFFICER));

        assertThat(officer.belongsTo("almelo")).isTrue();
        assertThat(officer.belongsTo("antwerpen")).isFalse();
        assertThat(new Caller("root", null, Set.of(Role.ADMIN)).belongsTo("almelo")).isFalse();
        assertThat(officer.requireMunicipality()).isEqualTo("almelo");
        assertThat(Caller.anonymous().isAnonymous()).isTrue();
    }

    @Test
    void anOperationInsideOneCityNeedsACity() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Caller("root", null, Set.of()).requireMunicipality())
                .isInstanceOf(org.citybridge.platform.domain.NotAllowedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Caller("root", " ", Set.of()).requireMunicipality())
                .isInstanceOf(org.citybridge.platform.domain.NotAllowedException.class);
    }

    @Test
    void roleNamesIgnoreCaseAndSpaces() {
        assertThat(Role.named(" Organiser ")).contains(Role.ORGANISER);
        assertThat(Role.named("mayor")).isEmpty();
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("anna")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
