package org.citybridge.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PracticeFormTest {

    @Test
    void theRequestLeavesBlanksOutAndSplitsTheLists() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("title", "  Buurtmoeders ");
        params.add("summary", " ");
        params.add("targetGroups", "moeders\r\n\n nieuwkomers \n");
        params.addAll("themes", List.of("family", "family", ""));
        params.addAll("linesOfWork", List.of("1", "4", "x"));
        params.add("language", "de");
        params.add("translations[nl].title", "Buurtmoeders");
        params.add("translations[en].summary", "");
        params.add("visibility", "SECRET");

        PracticeForm.Request request = PracticeForm.from(params).toRequest();

        assertThat(request.title()).isEqualTo("Buurtmoeders");
        assertThat(request.summary()).isNull();
        assertThat(request.targetGroups()).containsExactly("moeders", "nieuwkomers");
        assertThat(request.themes()).containsExactly("family");
        assertThat(request.linesOfWork()).containsExactly(1, 4);
        assertThat(request.language()).isEqualTo("de");
        assertThat(request.translations()).containsOnlyKeys("nl");
        assertThat(request.contactPerson()).isNull();
        // Not a choice the form offers: the safest sharing, not whatever was sent.
        assertThat(request.visibility()).isEqualTo("PRIVATE");
    }

    @Test
    void namesTheFieldsAPersonMustCorrect() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("title", " ");
        params.add("contactPerson.email", "nobody");
        params.add("translations[de].summary", "Nur eine Zusammenfassung");

        assertThat(PracticeForm.from(params).problems()).containsOnlyKeys("title", "contactPerson.name",
                "contactPerson.email", "translations[de].title");
    }

    @Test
    void aCompleteContactIsFine() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("title", "Taalcafé");
        params.add("contactPerson.name", "A. Officer");
        params.add("contactPerson.email", "officer@almelo.example");

        PracticeForm form = PracticeForm.from(params);

        assertThat(form.problems()).isEmpty();
        assertThat(form.toRequest().contactPerson())
                .isEqualTo(new PracticeForm.Contact("A. Officer", null, "officer@almelo.example", null));
    }
}
