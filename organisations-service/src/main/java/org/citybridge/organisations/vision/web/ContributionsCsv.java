package org.citybridge.organisations.vision.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citybridge.organisations.vision.Contribution;
import org.citybridge.organisations.vision.Question;
import org.citybridge.organisations.vision.VisionContent;
import org.citybridge.platform.web.SpreadsheetCells;

/**
 * The officers' export of a consultation, one row per contribution, approved and pending ones with
 * their moderation state. UTF-8 with a byte order mark and CRLF (see pact/web/SignaturesCsv: what Excel
 * needs), every cell formula-safe, because the texts come from anyone on the public form.
 */
final class ContributionsCsv {

    static final List<String> HEADER = List.of("moderation", "contributionId", "receivedAt", "channel", "group",
            "district", "community", "question", "questionText", "text", "authorName", "showName", "consent",
            "conversationId");

    private ContributionsCsv() {
    }

    static void write(VisionContent vision, List<Contribution> contributions, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(SpreadsheetCells.BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(HEADER);
                for (Contribution c : contributions) {
                    String questionText = c.question() == null ? ""
                            : vision.question(c.question()).map(Question::text).orElse("");
                    printer.printRecord(Stream.of(c.moderation().name(), c.id(), String.valueOf(c.receivedAt()),
                            c.channel().name(), c.group().name(), c.district(), c.community(),
                            c.question() == null ? "" : c.question().toString(), questionText, c.text(),
                            c.authorName(), String.valueOf(c.showName()), String.valueOf(c.consent()),
                            c.conversationId()).map(SpreadsheetCells::text).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
