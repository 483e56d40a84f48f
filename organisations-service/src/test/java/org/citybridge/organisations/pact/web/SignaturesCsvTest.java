package org.citybridge.organisations.pact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.pact.Commitment;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactFixtures;
import org.citybridge.organisations.pact.Signatory;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.organisations.pact.SignatureId;
import org.junit.jupiter.api.Test;

class SignaturesCsvTest {

    @Test
    void writesUtf8WithBomAHeaderAndOneRowPerSignatureWithdrawnOnesIncluded() throws Exception {
        Pact pact = PactFixtures.publishedPact("Pact");
        Signature withdrawn = pact.sign("s1", PactFixtures.signing("org-1", "Stadt Münster"), Instant.now(), "o");
        pact.withdraw(new SignatureId(withdrawn.id()), LocalDate.of(2012, 5, 1));
        Signature active = pact.sign("s2", PactFixtures.signing("org-2", "ATIB Almelo",
                new Commitment(2, "Tolken in het wijkcentrum")), Instant.now(), "o");

        byte[] csv = write(pact, List.of(new Signatory(withdrawn, "Stadt Münster", OrganisationKind.MUNICIPAL_DEPARTMENT,
                null, null), new Signatory(active, "ATIB Almelo", OrganisationKind.SELF_ORGANISATION, null, null)));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).toList()).startsWith("status", "signatureId", "organisationId", "organisation")
                .contains("line 2: Interculturalisatie van voorzieningen");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).startsWith("WITHDRAWN", "s1", "org-1", "Stadt Münster",
                "MUNICIPAL_DEPARTMENT", "A. Voorbeeld", "Voorzitter", "2011-03-15", "2012-05-01");
        assertThat(records.get(2).toList()).startsWith("ACTIVE", "s2").contains("Tolken in het wijkcentrum");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePrefixedWithAnApostrophe() {
        assertThat(SignaturesCsv.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(SignaturesCsv.cell("+31 546 541 111")).isEqualTo("'+31 546 541 111");
        assertThat(SignaturesCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SignaturesCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SignaturesCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SignaturesCsv.cell("ATIB = Almelo")).isEqualTo("ATIB = Almelo");
        assertThat(SignaturesCsv.cell("")).isEmpty();
        assertThat(SignaturesCsv.cell(null)).isEmpty();
    }

    @Test
    void aResponsiblePersonNamedLikeAFormulaIsExportedAsText() throws Exception {
        Pact pact = PactFixtures.publishedPact("Pact");
        Signature signature = pact.sign("s1", new org.citybridge.organisations.pact.Signing("org-1", "x",
                "=cmd|' /C calc'!A0", "@role", LocalDate.of(2011, 3, 15), List.of()), Instant.now(), "o");

        List<CSVRecord> records = parse(write(pact, List.of(new Signatory(signature, "-Org", null, null, null))));

        assertThat(records.get(1).get(3)).isEqualTo("'-Org");
        assertThat(records.get(1).get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(records.get(1).get(6)).isEqualTo("'@role");
    }

    private static byte[] write(Pact pact, List<Signatory> signatories) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignaturesCsv.write(pact, signatories, out);
        return out.toByteArray();
    }

    static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.charAt(0) == SignaturesCsv.BOM) {
            text = text.substring(1);
        }
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
