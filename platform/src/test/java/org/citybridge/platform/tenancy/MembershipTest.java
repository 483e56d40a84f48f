package org.citybridge.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.citybridge.platform.memory.MemoryMongo;
import org.citybridge.platform.security.SecurityProperties;
import org.citybridge.platform.web.ProblemResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import jakarta.servlet.ServletException;
import tools.jackson.databind.json.JsonMapper;

/** Which cities belong to the network, kept in MongoDB so that a restart or another instance knows it too. */
class MembershipTest {

    private final MemoryMongo memory = new MemoryMongo();

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        memory.close();
    }

    @Test
    void foundingMembersAreMembersWhateverTheSpelling() {
        Membership membership = new Membership(memory.template(), Set.of(" Almelo", "antwerpen"));

        assertThat(membership.isMember("almelo")).isTrue();
        assertThat(membership.isMember("ANTWERPEN ")).isTrue();
        assertThat(membership.isMember("gent")).isFalse();
    }

    @Test
    void aCityThatJoinedIsStillAMemberAfterARestart() {
        new Membership(memory.template(), Set.of("almelo")).join("Münster", Instant.parse("2026-03-01T10:00:00Z"));

        Membership afterRestart = new Membership(memory.template(), Set.of("almelo"));

        assertThat(afterRestart.isMember("münster")).isTrue();
        assertThat(afterRestart.isMember("gent")).isFalse();
    }

    @Test
    void joiningTwiceLeavesOneMemberWithTheFirstDate() {
        Membership membership = new Membership(memory.template(), Set.of());
        membership.join("gent", Instant.parse("2026-03-01T10:00:00Z"));
        membership.join("Gent", Instant.parse("2026-04-01T10:00:00Z"));

        List<Membership.Member> members = memory.template().findAll(Membership.Member.class);
        assertThat(members).containsExactly(new Membership.Member("gent", Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void aCityNotYetAMemberIsAskedAgainSoALaterJoinByAnotherInstanceCounts() {
        Membership here = new Membership(memory.template(), Set.of());
        assertThat(here.isMember("gent")).isFalse();

        new Membership(memory.template(), Set.of()).join("gent", Instant.now());

        assertThat(here.isMember("gent")).isTrue();
    }

    @Test
    void aNoIsNotRememberedAsAYes() {
        Membership membership = new Membership(memory.template(), Set.of("almelo"));

        assertThat(membership.isMember("gent")).isFalse();
        assertThat(membership.isMember("gent")).as("asked again, still no").isFalse();
    }

    @Test
    void aTokenOfACityOutsideTheNetworkIsForbidden() throws Exception {
        MockHttpServletResponse response = filter(Set.of("almelo"), token("gent"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("'gent' is not a member");
    }

    @Test
    void aTokenOfAMemberCityOrOfNoCityPasses() throws Exception {
        assertThat(filter(Set.of("almelo"), token("almelo")).getStatus()).isEqualTo(200);
        assertThat(filter(Set.of("almelo"), token(null)).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse filter(Set<String> founders, Jwt jwt) throws ServletException, IOException {
        MembershipFilter filter = new MembershipFilter(new Membership(memory.template(), founders),
                new CallerFactory(new SecurityProperties(null, null)), new ProblemResponses(JsonMapper.builder().build()));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(new MockHttpServletRequest("GET", "/widgets"), response, (request, r) -> passed.set(true));
        assertThat(passed.get()).isEqualTo(response.getStatus() == 200);
        return response;
    }

    private static Jwt token(String municipality) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("anna")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (municipality != null) {
            builder.claim("municipality", municipality);
        }
        return builder.build();
    }
}
