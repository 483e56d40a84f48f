package org.citybridge.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The pages' own behaviour with the API out of reach (a closed port): sign-in is asked for where it is needed, the
 * language is chosen, and a page that needs the API says so in the reader's language, never with a stack trace.
 */
@SpringBootTest(properties = "citybridge.web.api-url=http://127.0.0.1:9")
@AutoConfigureMockMvc
class PagesWithoutTheApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesBehindSignInSendVisitorsToIdentity() throws Exception {
        mvc.perform(get("/organisations"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/signin/citybridge")));
        mvc.perform(get("/signin/citybridge"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/oauth2/authorize")))
                .andExpect(header().string("Location", containsString("code_challenge_method=S256")));
    }

    @Test
    void theApiOutOfReachIsA503PageInTheReadersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "nl"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("CityBridge is nu niet bereikbaar")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
