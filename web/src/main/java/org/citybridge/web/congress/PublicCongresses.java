package org.citybridge.web.congress;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads the public congresses from the API; the registration pages use it too. */
@Component
public class PublicCongresses {

    private final RestClient api;

    PublicCongresses(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    /** The congress, or an {@link org.citybridge.web.api.ApiProblem} 404 unless published and public. */
    public PublicCongress get(String congressId) {
        return api.get().uri("/api/congresses/public/{id}", congressId).retrieve().body(PublicCongress.class);
    }
}
