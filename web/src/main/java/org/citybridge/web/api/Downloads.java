package org.citybridge.web.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A document of the API (a report's PDF, a pact's PDF) handed to the browser under a page's own path: the browser
 * holds no token, the session does, so the page fetches it with the person's token and passes it on.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> pass(RestClient api, String fileName, String uri, Object... variables) {
        ResponseEntity<byte[]> answer = api.get().uri(uri, variables).retrieve().toEntity(byte[].class);
        MediaType type = answer.getHeaders().getContentType();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return new ResponseEntity<>(answer.getBody(), headers, 200);
    }
}
