package org.citybridge.web.organise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.citybridge.web.api.ApiProblem;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final Set<String> FORM = Set.of("title", "capacity", "startsAt");

    @Test
    void theApisFieldNamesGoToTheFormFieldTheyBelongTo() {
        FieldErrors errors = FieldErrors.of(new ApiProblem(400, "Bad Request", "The request has invalid fields.",
                List.of(new ApiProblem.FieldProblem("title[nl]", "must not be blank"),
                        new ApiProblem.FieldProblem("sessions[0].capacity", "must be at least 1"),
                        new ApiProblem.FieldProblem("startsAt", "must not be null"))), FORM);

        assertThat(errors.get("title")).isEqualTo("must not be blank");
        assertThat(errors.get("capacity")).isEqualTo("must be at least 1");
        assertThat(errors.get("startsAt")).isEqualTo("must not be null");
        assertThat(errors.has(FieldErrors.GENERAL)).isFalse();
    }

    @Test
    void whatNamesNoFieldOfTheFormIsShownAboveIt() {
        FieldErrors unknownField = FieldErrors.of(new ApiProblem(400, "Bad Request", "invalid",
                List.of(new ApiProblem.FieldProblem("offerHours", "must be at most 720"))), FORM);
        FieldErrors noFields = FieldErrors.of(new ApiProblem(409, "Conflict", "The congress is published already.",
                List.of()), FORM);

        assertThat(unknownField.get(FieldErrors.GENERAL)).isEqualTo("must be at most 720");
        assertThat(noFields.get(FieldErrors.GENERAL)).isEqualTo("The congress is published already.");
    }

    @Test
    void twoProblemsOfOneFieldAreBothShown() {
        FieldErrors errors = FieldErrors.none().add("title", "too long").add("title", "not in nl, de or en");

        assertThat(errors.get("title")).isEqualTo("too long; not in nl, de or en");
    }
}
