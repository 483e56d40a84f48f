package org.citybridge.organisations.pact.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citybridge.organisations.pact.Commitment;
import org.citybridge.organisations.pact.LineOfWork;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.Signatory;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.web.SpreadsheetCells;

/**
 * The officers' export of a pact's signatures, one row each, withdrawn ones included. UTF-8 WITH a
 * byte order mark, because Excel reads a CSV without one in the machine's legacy code page and
 * garbles names such as "Münster"; comma-separated with CRLF line ends (RFC 4180, Excel's own CSV).
 */
final class SignaturesCsv {

    static final char BOM = SpreadsheetCells.BOM;

    private SignaturesCsv() {
    }

    static void write(Pact pact, List<Signatory> signatories, OutputStream out) {
        List<LineOfWork> lines = pact.content().linesOfWork();
        List<String> header = new ArrayList<>(List.of("status", "signatureId", "organisationId", "organisation",
                "kind", "responsibleName", "responsibleRole", "date", "withdrawnOn"));
        lines.forEach(line -> header.add("line " + line.number() + ": " + line.title()));
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(header.stream().map(SignaturesCsv::cell).toList());
                for (Signatory signatory : signatories) {
                    Signature signature = signatory.signature();
                    List<String> row = new ArrayList<>(List.of(signature.status().name(), signature.id(),
                            signature.organisationId(), signatory.organisationName(),
                            signatory.kind() == null ? "" : signatory.kind().name(), signature.responsibleName(),
                            signature.responsibleRole(), String.valueOf(signature.signedOn()),
                            signature.withdrawnOn() == null ? "" : signature.withdrawnOn().toString()));
                    for (LineOfWork line : lines) {
                        row.add(signature.commitments().stream().filter(c -> c.lineOfWork() == line.number())
                                .map(Commitment::text).findFirst().orElse(""));
                    }
                    printer.printRecord(row.stream().map(SignaturesCsv::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** See {@link SpreadsheetCells#text}: a cell is never run as a formula. */
    static String cell(String value) {
        return SpreadsheetCells.text(value);
    }
}
