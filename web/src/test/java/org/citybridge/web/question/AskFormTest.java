package org.citybridge.web.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class AskFormTest {

    @Test
    void onlyTheChosenAudienceSendsItsAddressees() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("title", "Gastgezinnen?");
        params.add("body", "Hoe werven jullie ze?");
        params.add("themes", "vrijwilligers, , inburgering,vrijwilligers");
        params.add("audience", "NETWORK");
        params.add("municipalities", "muenster");
        params.add("bridgeGroupId", "demo-bridge-group-muenster-almelo");

        AskForm.Request request = AskForm.from(params).toRequest();

        assertThat(request.audience()).isEqualTo("NETWORK");
        assertThat(request.municipalities()).isNull();
        assertThat(request.bridgeGroupId()).isNull();
        assertThat(request.themes()).containsExactly("vrijwilligers", "inburgering");
        assertThat(request.language()).isEqualTo("nl");
    }

    @Test
    void askingCitiesNeedsACityAndAskingAGroupNeedsAGroup() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("audience", "MUNICIPALITIES");
        assertThat(AskForm.from(params).problems()).containsOnlyKeys("title", "body", "municipalities");

        params.set("audience", "BRIDGE_GROUP");
        assertThat(AskForm.from(params).problems()).containsOnlyKeys("title", "body", "bridgeGroupId");
    }
}
