package org.citybridge.knowledge.question.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.question.Audience;

/** The bodies the question routes accept; no municipality: the asker's city comes from the token. */
final class QuestionRequests {

    static final String CITY = "[a-z0-9][a-z0-9-]{0,62}";

    private QuestionRequests() {
    }

    /**
     * @param municipalities the cities asked, for audience MUNICIPALITIES
     * @param bridgeGroupId  the group asked, for audience BRIDGE_GROUP: one the asker's city belongs to
     * @param invite         user ids (token subjects) of officers invited to answer, whatever their city
     */
    record Ask(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10_000) String body,
            @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as nl, de, en, fr") String language,
            @Size(max = 10) List<@NotBlank @Size(max = 60) String> themes, @NotNull Audience audience,
            @Size(max = 20) List<@NotNull @Pattern(regexp = CITY) String> municipalities,
            @Size(max = 100) String bridgeGroupId,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> invite) {
    }

    record AnswerText(@NotBlank @Size(max = 10_000) String body) {
    }
}
