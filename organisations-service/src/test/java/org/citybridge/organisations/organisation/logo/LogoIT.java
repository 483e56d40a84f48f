package org.citybridge.organisations.organisation.logo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO_ORGANISER;
import static org.citybridge.organisations.organisation.OrganisationsApi.ANTWERPEN;
import static org.citybridge.organisations.organisation.OrganisationsApi.json;
import static org.citybridge.organisations.organisation.OrganisationsApi.problem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.bson.Document;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationsApi;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

/** Logos: checked by content, sanitised, stored in GridFS, served with caching and without a way to run script. */
@StackTest
class LogoIT {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    TenantStore<Organisation> organisations() {
        return stores.tenantOwned(Organisation.class);
    }

    @Autowired
    LogoStore logos;

    @Autowired
    MongoTemplate mongo;

    OrganisationsApi api;

    @BeforeEach
    void api() {
        api = OrganisationsApi.onPort(port);
    }

    @Test
    void aPngIsRecognisedByItsContentAndServedWithCachingHeaders() {
        String id = api.register("With logo " + UUID.randomUUID(), "SCHOOL", "NETWORK");
        byte[] png = LogoSamples.png();

        HttpResponse<String> uploaded = api.upload(id, ALMELO, "logo.bin", "application/octet-stream", png);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(json(uploaded).get("contentType").asString()).isEqualTo("image/png");
        HttpResponse<byte[]> served = api.logo(id, ALMELO, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo(json(uploaded).get("etag").asString()).startsWith("\"");
        // Only some may see this one, so no shared cache may keep it.
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=86400, private");
        assertThat(served.headers().allValues("Pragma")).isEmpty();
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy")).hasValue(CSP);

        HttpResponse<byte[]> revalidated = api.logo(id, ALMELO, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(api.logo(id, ALMELO, "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(api.logo(id, ANTWERPEN, null).statusCode()).as("NETWORK: other cities see it").isEqualTo(200);
        assertThat(api.logo(id, null, null).statusCode()).as("NETWORK: not anonymous").isEqualTo(404);
        assertThat(json(api.get("/api/organisations/" + id, ALMELO)).get("logo").asString())
                .isEqualTo("/api/organisations/" + id + "/logo");
    }

    @Test
    void aNewLogoReplacesTheOldOneInGridFs() {
        String id = api.register("Rebranded " + UUID.randomUUID(), "COMPANY", "PRIVATE");
        assertThat(api.upload(id, ALMELO, "old.png", "image/png", LogoSamples.png()).statusCode()).isEqualTo(200);

        HttpResponse<String> replaced = api.upload(id, ALMELO, "new.jpg", "image/jpeg", LogoSamples.jpeg());

        assertThat(replaced.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> served = api.logo(id, ALMELO, null);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.body()).isEqualTo(LogoSamples.jpeg());
        assertThat(mongo.count(Query.query(Criteria.where("filename").is(id)), "logos.files")).isEqualTo(1);
        LogoStore.Logo stored = logos.find(id).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.etag()).isEqualTo(served.headers().firstValue("ETag").orElseThrow());
        assertThat(logos.find("no-such-organisation")).isEmpty();
    }

    @Test
    void findReadsALogoWhoseMetadataHasOnlyAContentType() {
        String id = UUID.randomUUID().toString();
        GridFSBuckets.create(mongo.getDb(), LogoStore.BUCKET).uploadFromStream(id,
                new ByteArrayInputStream(new byte[] {1, 2, 3}),
                new GridFSUploadOptions().metadata(new Document("_contentType", "image/jpeg")));

        LogoStore.Logo logo = logos.find(id).orElseThrow();

        assertThat(logo.content()).containsExactly(1, 2, 3);
        assertThat(logo.contentType()).isEqualTo("image/jpeg");
        assertThat(logo.etag()).startsWith("\"").endsWith("\"").hasSizeGreaterThan(2);
    }

    @Test
    void publicAndPubliclyListedLogosAreReadableWithoutAToken() {
        String publicOne = api.register("Public " + UUID.randomUUID(), "SCHOOL", "PUBLIC");
        String privateOne = api.register("Private " + UUID.randomUUID(), "SCHOOL", "PRIVATE");
        api.upload(publicOne, ALMELO, "a.png", "image/png", LogoSamples.png());
        api.upload(privateOne, ALMELO, "b.png", "image/png", LogoSamples.png());

        HttpResponse<byte[]> anonymous = api.logo(publicOne, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
        assertThat(api.logo(privateOne, null, null).statusCode()).isEqualTo(404);
        assertThat(api.logo(privateOne, ANTWERPEN, null).statusCode()).isEqualTo(404);

        Organisation organisation = organisations().findForSystem(privateOne).orElseThrow();
        organisation.listPublicly();
        organisations().save(organisation);

        HttpResponse<byte[]> listed = api.logo(privateOne, null, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
        assertThat(api.logo(privateOne, ANTWERPEN, null).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/organisations/" + privateOne, ANTWERPEN).statusCode())
                .as("only the logo became public").isEqualTo(404);
    }

    @Test
    void anSvgComesBackWithoutScriptAndUnderAPolicyThatForbidsIt() {
        String id = api.register("Vector " + UUID.randomUUID(), "SCHOOL", "NETWORK");

        HttpResponse<String> uploaded = api.upload(id, ALMELO, "logo.png", "image/png",
                LogoSamples.svg(LogoSamples.EVIL_SVG));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        HttpResponse<byte[]> served = api.logo(id, ANTWERPEN, null);
        String svg = new String(served.body(), StandardCharsets.UTF_8);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg).contains("<svg").contains("<circle").doesNotContain("<script").doesNotContain("onload")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("foreignObject");
        assertThat(served.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void otherTypesGet415WhateverNameOrTypeTheyClaim() {
        String id = api.register("Wrong types " + UUID.randomUUID(), "SCHOOL", "PRIVATE");

        problem(api.upload(id, ALMELO, "logo.gif", "image/gif", LogoSamples.gif()), 415);
        problem(api.upload(id, ALMELO, "logo.png", "image/png",
                "I am only text pretending to be a PNG".getBytes(StandardCharsets.UTF_8)), 415);
        problem(api.upload(id, ALMELO, "logo.svg", "image/svg+xml",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), 415);
        problem(api.post("/api/organisations/" + id + "/logo", "{\"file\":\"logo.png\"}", ALMELO), 415);
        assertThat(api.logo(id, ALMELO, null).statusCode()).as("nothing was stored").isEqualTo(404);
    }

    @Test
    void moreThanOneMebibyteGets413() {
        String id = api.register("Heavy " + UUID.randomUUID(), "SCHOOL", "PRIVATE");

        assertThat(api.upload(id, ALMELO, "max.png", "image/png", LogoSamples.pngOfSize(1024 * 1024)).statusCode())
                .isEqualTo(200);
        problem(api.upload(id, ALMELO, "big.png", "image/png", LogoSamples.pngOfSize(1024 * 1024 + 1)), 413);
        problem(api.upload(id, ALMELO, "huge.png", "image/png", LogoSamples.pngOfSize(1536 * 1024)), 413);
    }

    @Test
    void onlyTheOwningCitysOfficerUploads() {
        String id = api.register("Guarded " + UUID.randomUUID(), "SCHOOL", "NETWORK");

        problem(api.upload(id, ANTWERPEN, "logo.png", "image/png", LogoSamples.png()), 403);
        problem(api.upload(id, ALMELO_ORGANISER, "logo.png", "image/png", LogoSamples.png()), 403);
        problem(api.upload(id, null, "logo.png", "image/png", LogoSamples.png()), 401);
        problem(api.upload(id, ALMELO, "empty.png", "image/png", new byte[0]), 400);
        assertThat(api.logo(id, ALMELO, null).statusCode()).isEqualTo(404);
        problem(api.upload("no-such-organisation", ALMELO, "logo.png", "image/png", LogoSamples.png()), 404);
    }
}
