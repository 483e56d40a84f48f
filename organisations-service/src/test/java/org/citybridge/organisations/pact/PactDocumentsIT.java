package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.pact.PactClient.ALMELO;
import static org.citybridge.organisations.pact.PactClient.ALMELO_ORGANISER;
import static org.citybridge.organisations.pact.PactClient.ANTWERPEN;
import static org.citybridge.organisations.pact.PactClient.json;
import static org.citybridge.organisations.pact.PactClient.signJson;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.citybridge.organisations.municipality.MunicipalityService;
import org.citybridge.organisations.organisation.LogoReference;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.logo.LogoStore;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

import tools.jackson.databind.JsonNode;

/** The public page of signatories, the printable PDF and the officers' CSV export. */
@StackTest
class PactDocumentsIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LogoStore logos;

    @Autowired
    AggregateStores stores;

    @Autowired
    MunicipalityService municipalities;

    TenantStore<Organisation> organisations() {
        return stores.tenantOwned(Organisation.class);
    }

    PactClient client;

    @BeforeEach
    void client() {
        client = new PactClient(port);
    }

    @Test
    void anyoneReadsThePublicSignatoriesOfAPublishedPactWithoutPrivateData() throws Exception {
        String pact = client.published();
        String withLogo = client.organisation(ALMELO, "ATIB Almelo " + UUID.randomUUID());
        String withoutLogo = client.organisation(ALMELO, "Variya " + UUID.randomUUID());
        storeLogo(withLogo, PdfFiles.png(), "image/png");
        client.post("/api/pacts/" + pact + "/signatures", signJson(withLogo, "M. Yıldız", "2011-03-15", true,
                "[{\"lineOfWork\": 4, \"text\": \"Structureel overleg zelforganisaties\"}]"), ALMELO);
        client.signed(pact, withoutLogo, "S. Bakker");
        String withdrawnOrganisation = client.organisation(ALMELO, "Withdrawn " + UUID.randomUUID());
        client.withdraw(pact, client.signed(pact, withdrawnOrganisation, "W. Weg"), "2012-01-01", ALMELO);

        HttpResponse<String> page = client.get("/api/pacts/" + pact + "/signatories", null);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonNode body = json(page);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("organisationId").asString()).isEqualTo(withLogo);
        assertThat(first.get("organisationName").asString()).startsWith("ATIB Almelo");
        assertThat(first.get("kind").asString()).isEqualTo("SELF_ORGANISATION");
        assertThat(first.get("logoUrl").asString()).isEqualTo("/api/organisations/" + withLogo + "/logo");
        assertThat(first.get("responsibleName").asString()).isEqualTo("M. Yıldız");
        assertThat(first.get("responsibleRole").asString()).isEqualTo("Voorzitter");
        assertThat(first.get("date").asString()).isEqualTo("2011-03-15");
        assertThat(first.get("commitments").get(0).get("lineOfWorkTitle").asString())
                .isEqualTo("Samenwerking en kennisuitwisseling");
        assertThat(body.get("items").get(1).get("logoUrl").isNull()).isTrue();
        assertThat(page.body()).doesNotContain("Withdrawn", "recordedBy", "officer@almelo", "email", "phone");

        JsonNode paged = json(client.get("/api/pacts/" + pact + "/signatories?page=1&size=1", null));
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("items").get(0).get("organisationId").asString()).isEqualTo(withoutLogo);
        assertThat(client.get("/api/pacts/" + pact + "/signatories?size=0", null).statusCode()).isEqualTo(400);
    }

    @Test
    void draftsHaveNoPublicPagesAndUnknownPactsNeither() {
        String draft = client.draft();

        assertThat(client.get("/api/pacts/" + draft + "/signatories", null).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/pacts/" + draft + "/signatories", ALMELO).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/pacts/" + draft + "/pdf", null).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/pacts/" + UUID.randomUUID() + "/pdf", null).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/pacts/" + UUID.randomUUID() + "/signatories", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePdfOfAPublishedPactIsPublicAndNamesItsSignatories() throws Exception {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Universiteit Twente " + UUID.randomUUID());
        storeLogo(organisation, PdfFiles.png(), "image/png");
        client.signed(pact, organisation, "J. de Vries");
        String title = json(client.get("/api/pacts/" + pact, ALMELO)).get("title").asString();

        HttpResponse<byte[]> pdf = client.getBytes("/api/pacts/" + pact + "/pdf", null);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                disposition).startsWith("inline").contains("filename=\"integratiepact-").endsWith(".pdf\""));
        String text = PdfFiles.text(pdf.body());
        assertThat(text).contains("J. de Vries", "Universiteit Twente", "Gemengde participatie");
        // The long test title wraps; its words are all there, in order.
        assertThat(text.replaceAll("\\s", "")).contains(title.replaceAll("\\s", ""));
        assertThat(PdfFiles.images(pdf.body())).isEqualTo(1);
    }

    @Test
    void aCitysOwnOfficersCanPreviewTheirDraftAsPdf() throws Exception {
        String draft = client.draft();

        HttpResponse<byte[]> preview = client.getBytes("/api/pacts/" + draft + "/pdf?lang=en", ALMELO);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(PdfFiles.text(preview.body())).contains("DRAFT");
        assertThat(client.getBytes("/api/pacts/" + draft + "/pdf", ANTWERPEN).statusCode()).isEqualTo(404);
    }

    @Test
    void thePdfSpeaksTheLanguageAskedForElseTheHeadersElseItsCitys() throws Exception {
        joinAlmeloInDutch();
        String pact = client.published();

        String own = PdfFiles.text(client.getBytes("/api/pacts/" + pact + "/pdf", null).body());
        String german = PdfFiles.text(client.getBytes("/api/pacts/" + pact + "/pdf?lang=de", null).body());
        String english = PdfFiles.text(client.send(client.request("/api/pacts/" + pact + "/pdf", null)
                .header("Accept-Language", "fr-FR, en;q=0.8, nl;q=0.5")).body());

        assertThat(own).contains("Ondertekenaars", "Nog geen ondertekeningen.").doesNotContain("Signatories", "(NL)");
        assertThat(german).contains("Unterzeichner", "Gemengde participatie (NL)").doesNotContain("Ondertekenaars");
        assertThat(english).contains("Signatories", "Gemengde participatie (NL)").doesNotContain("Ondertekenaars");
        assertThat(client.getBytes("/api/pacts/" + pact + "/pdf?lang=fr", null).statusCode()).isEqualTo(400);
    }

    /** Demo data is off in these tests, so the pact's city is made a member (unless another test did). */
    private void joinAlmeloInDutch() {
        try {
            municipalities.join("almelo", "Almelo", "NL", List.of("nl"), 72_000L, List.of(), null);
        } catch (ConflictException alreadyMember) {
            assertThat(municipalities.get("almelo").languages()).contains("nl");
        }
    }

    @Test
    void theOwningCitysOfficersExportEverySignatureAsExcelFriendlyCsvWithFormulasDefused() throws Exception {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "=HYPERLINK(\\\"http://evil\\\") " + UUID.randomUUID());
        String withdrawn = client.signed(pact, organisation, "@Eerste");
        client.withdraw(pact, withdrawn, "2012-01-01", ALMELO);
        client.post("/api/pacts/" + pact + "/signatures", signJson(organisation, "+Tweede", "2012-02-01", true,
                "[{\"lineOfWork\": 3, \"text\": \"-Stages voor jongeren\"}]"), ALMELO);

        HttpResponse<byte[]> csv = client.getBytes("/api/pacts/" + pact + "/signatories.csv", ALMELO);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                disposition).startsWith("attachment").endsWith("-signatures.csv\""));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("status");
        assertThat(records.get(0).toList()).contains("line 3: Afspiegeling in scholen, bedrijven en organisaties");
        assertThat(records.get(1).get(0)).isEqualTo("WITHDRAWN");
        assertThat(records.get(1).get(3)).startsWith("'=HYPERLINK(");
        assertThat(records.get(1).get(5)).isEqualTo("'@Eerste");
        assertThat(records.get(1).get(8)).isEqualTo("2012-01-01");
        assertThat(records.get(2).get(0)).isEqualTo("ACTIVE");
        assertThat(records.get(2).get(5)).isEqualTo("'+Tweede");
        assertThat(records.get(2).toList()).contains("'-Stages voor jongeren");
    }

    @Test
    void theCsvIsTheOwningCitysOfficersOnly() {
        String pact = client.published();

        assertThat(client.get("/api/pacts/" + pact + "/signatories.csv", ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/pacts/" + pact + "/signatories.csv", ALMELO_ORGANISER).statusCode())
                .isEqualTo(403);
        assertThat(client.get("/api/pacts/" + pact + "/signatories.csv", null).statusCode()).isEqualTo(401);
    }

    @Test
    void logosAreReadFromGridFs() {
        String organisation = UUID.randomUUID().toString();
        assertThat(logos.find(organisation)).isEmpty();

        storeLogo(organisation, new byte[] {1, 2, 3}, "image/jpeg");

        assertThat(logos.find(organisation)).hasValueSatisfying(logo -> {
            assertThat(logo.content()).containsExactly(1, 2, 3);
            assertThat(logo.contentType()).isEqualTo("image/jpeg");
            assertThat(logo.etag()).isNotBlank();
        });
    }

    /**
     * As the logo upload stores them: bucket "logos", named by the organisation id, type in the
     * metadata; and the organisation records that it has one.
     */
    private void storeLogo(String organisationId, byte[] content, String contentType) {
        GridFSBuckets.create(mongo.getDb(), LogoStore.BUCKET).uploadFromStream(organisationId,
                new ByteArrayInputStream(content), new GridFSUploadOptions().metadata(
                        new Document("contentType", contentType).append("_contentType", contentType)));
        organisations().findForSystem(organisationId).ifPresent(organisation -> {
            organisation.logoReplaced(new LogoReference(contentType, content.length, "\"test\"", Instant.now()));
            organisations().save(organisation);
        });
    }
}
