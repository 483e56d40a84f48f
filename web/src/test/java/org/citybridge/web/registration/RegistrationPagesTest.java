package org.citybridge.web.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.congress.PublicCongress;
import org.citybridge.web.congress.PublicCongresses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The registration pages against a stand-in for the API: where the management token is kept and where it never
 * shows, the API's field errors beside their fields, and the ticket fetched with the kept token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPagesTest {

    private static final String CODE = "K7QM-4TXP";
    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final Instant START = Instant.parse("2027-01-15T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegistrationsApi api;

    @MockitoBean
    PublicCongresses congresses;

    @BeforeEach
    void aCongressWithOneSession() {
        when(congresses.get("c-1")).thenReturn(new PublicCongress("c-1", "almelo",
                Map.of("nl", "Congres KleurRijk", "en", "KleurRijk congress"), null, "Stadhuis", START,
                START.plusSeconds(6 * 3600), null, null, 100, 10, true, "AUTOMATIC", null,
                List.of(new PublicCongress.Session("s-1", Map.of("en", "Workshop"), START, START.plusSeconds(3600),
                        "Zaal 1", 40, 0, List.of()))));
    }

    @Test
    void theMailsLinkLeavesItsTokenInACookieOfThePageAndTheAddressWithoutIt() throws Exception {
        MvcResult opened = mvc.perform(get("/registrations/" + CODE).param("token", TOKEN))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/registrations/" + CODE))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn();
        String cookie = opened.getResponse().getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith(RegistrationTokens.COOKIE + "=" + TOKEN + ";")
                .contains("Path=/registrations/" + CODE + ";").contains("HttpOnly").contains("SameSite=Lax");
        verify(api, never()).get(anyString(), anyString());

        when(api.get(CODE, TOKEN)).thenReturn(registration("WAITLISTED", 3L));
        String page = mvc.perform(get("/registrations/" + CODE).cookie(new Cookie(RegistrationTokens.COOKIE, TOKEN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You are on the waiting list.").contains("You are number 3 in line.")
                .contains(CODE).doesNotContain(TOKEN).doesNotContain("ticket-qr");
    }

    @Test
    void withoutTheTokenThePageAsksForTheFirstMailsLinkAndTheApiIsNotAsked() throws Exception {
        String page = mvc.perform(get("/registrations/" + CODE).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Open your registration").contains("action=\"/registrations/" + CODE + "/token\"");
        verify(api, never()).get(anyString(), anyString());
    }

    @Test
    void aPastedLinkGivesItsTokenToTheBrowser() throws Exception {
        MvcResult pasted = mvc.perform(post("/registrations/" + CODE + "/token").with(csrf())
                        .param("link", "https://citybridge.example/registrations/" + CODE + "?token=" + TOKEN))
                .andExpect(status().isFound())
                .andReturn();

        assertThat(pasted.getResponse().getHeader(HttpHeaders.SET_COOKIE)).startsWith(RegistrationTokens.COOKIE + "=" + TOKEN);
    }

    @Test
    void aTokenThatNoLongerFitsIsForgotten() throws Exception {
        when(api.get(CODE, TOKEN)).thenThrow(new ApiProblem(404, "Not Found", null, null));

        MvcResult refused = mvc.perform(get("/registrations/" + CODE).cookie(new Cookie(RegistrationTokens.COOKIE, TOKEN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andReturn();

        assertThat(refused.getResponse().getContentAsString()).contains("This link is not valid, or no longer.");
        assertThat(refused.getResponse().getHeader(HttpHeaders.SET_COOKIE)).contains("Max-Age=0")
                .contains("Path=/registrations/" + CODE);
    }

    @Test
    void theApisFieldErrorsStandBesideTheirFieldsWithWhatWasTyped() throws Exception {
        when(api.register(eq("c-1"), any())).thenThrow(new ApiProblem(400, "Bad Request", "invalid", List.of(
                new ApiProblem.FieldProblem("email", "must be a well-formed email address"),
                new ApiProblem.FieldProblem("sessions[0]", "names no session"),
                new ApiProblem.FieldProblem("organisationId", "names no active organisation"))));

        String page = mvc.perform(post("/congresses/c-1/register").with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", "Ada Lovelace").param("email", "ada-at-example").param("sessions", "s-1")
                        .param("idempotencyKey", "first-attempt"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"email\"[^>]*value=\"ada-at-example\"[^>]*aria-invalid=\"true\"[^>]*"
                + "aria-describedby=\"email-error email-hint\"")
                .contains("<small id=\"email-error\" class=\"field-error\">must be a well-formed email address</small>")
                .contains("<small id=\"sessions-error\" class=\"field-error\">names no session</small>")
                .contains("names no active organisation")
                .containsPattern("id=\"name\"[^>]*value=\"Ada Lovelace\"")
                .doesNotContain("id=\"name-error\"")
                .containsPattern("value=\"s-1\"[^>]*checked")
                .doesNotContain("first-attempt");
    }

    @Test
    void registeringKeepsTheTokenAndGoesToTheConfirmation() throws Exception {
        Registration made = new Registration(CODE, "c-1", "CONFIRMED", null, null, null, TOKEN, "Ada", "ada@example.org",
                null, null, List.of(), "en", START);
        when(api.register(eq("c-1"), any())).thenReturn(made);

        MvcResult registered = mvc.perform(post("/congresses/c-1/register").with(csrf())
                        .param("name", "Ada").param("email", "ada@example.org").param("language", "en")
                        .param("consentToList", "true").param("idempotencyKey", "key-1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/registrations/" + CODE + "/confirmation"))
                .andReturn();

        assertThat(registered.getResponse().getHeader(HttpHeaders.SET_COOKIE)).startsWith(RegistrationTokens.COOKIE + "=" + TOKEN);
        ArgumentCaptor<RegistrationForm> form = ArgumentCaptor.forClass(RegistrationForm.class);
        verify(api).register(eq("c-1"), form.capture());
        assertThat(form.getValue().getIdempotencyKey()).isEqualTo("key-1");
        assertThat(form.getValue().toApi()).containsEntry("consentToList", true).containsEntry("language", "en")
                .doesNotContainKey("organisation");
    }

    @Test
    void anEmailAlreadyRegisteredIsSaidInWords() throws Exception {
        when(api.register(eq("c-1"), any())).thenThrow(new ApiProblem(409, "Already registered", "already", null));

        mvc.perform(post("/congresses/c-1/register").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", "Ada").param("email", "ada@example.org"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "This email address is already registered for this congress.")));
    }

    @Test
    void theTicketIsFetchedWithTheTokenTheBrowserKeeps() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
        when(api.ticketImage(CODE, TOKEN)).thenReturn(png);

        mvc.perform(get("/registrations/" + CODE + "/ticket.png").cookie(new Cookie(RegistrationTokens.COOKIE, TOKEN)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(content().bytes(png));
        mvc.perform(get("/registrations/" + CODE + "/ticket.png")).andExpect(status().isNotFound());
        when(api.ticketImage(CODE, "x".repeat(43))).thenThrow(new ApiProblem(409, "Conflict", "waiting", null));
        mvc.perform(get("/registrations/" + CODE + "/ticket.png").cookie(new Cookie(RegistrationTokens.COOKIE, "x".repeat(43))))
                .andExpect(status().isNotFound());
    }

    @Test
    void cancellingTakesAConfirmationStep() throws Exception {
        when(api.get(CODE, TOKEN)).thenReturn(registration("CONFIRMED", null));
        Cookie kept = new Cookie(RegistrationTokens.COOKIE, TOKEN);

        String asked = mvc.perform(get("/registrations/" + CODE + "/cancel").cookie(kept)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asked).contains("Cancel your registration?").contains("id=\"confirm-cancel\"");
        verify(api, never()).cancel(anyString(), anyString());

        mvc.perform(post("/registrations/" + CODE + "/cancel").with(csrf()).cookie(kept))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/registrations/" + CODE));
        verify(api).cancel(CODE, TOKEN);
    }

    @Test
    void aChangeOfSessionsTheApiRefusesIsShownOnThePage() throws Exception {
        when(api.get(CODE, TOKEN)).thenReturn(registration("CONFIRMED", null));
        when(api.changeSessions(CODE, TOKEN, List.of("s-1"))).thenThrow(new ApiProblem(400, "Bad Request", "invalid",
                List.of(new ApiProblem.FieldProblem("sessions", "chooses sessions at the same time"))));

        String page = mvc.perform(post("/registrations/" + CODE + "/sessions").with(csrf())
                        .cookie(new Cookie(RegistrationTokens.COOKIE, TOKEN)).param("sessions", "s-1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("chooses sessions at the same time").contains("aria-describedby=\"sessions-error\"");
    }

    private static Registration registration(String status, Long placeInLine) {
        return new Registration(CODE, "c-1", status, placeInLine, placeInLine, null, null, "Ada", "ada@example.org",
                null, null, List.of(new Registration.SessionPlace("s-1", "WISHED", null)), "en", START);
    }
}
