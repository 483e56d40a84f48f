package org.citybridge.actions.organisation.remote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;

import org.citybridge.platform.web.ProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a client gets when a partner check could not be made: the platform's 503, with Retry-After. */
class OrganisationsUnavailableExceptionTest {

    @Test
    void isAnsweredAs503WithRetryAfter() throws Exception {
        // A local class: component scanning skips it, so it never becomes a route of the service's test contexts.
        @RestController
        class SavesAnAction {
            @PostMapping("/actions")
            void save() {
                throw new OrganisationsUnavailableException(new ConnectException("Connection refused"));
            }
        }
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SavesAnAction()).setControllerAdvice(new ProblemHandler())
                .build();

        mvc.perform(post("/actions")).andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }
}
