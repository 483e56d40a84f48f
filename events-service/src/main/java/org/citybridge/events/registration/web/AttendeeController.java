package org.citybridge.events.registration.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citybridge.events.registration.Attendee;
import org.citybridge.events.registration.AttendeeList;
import org.citybridge.events.registration.Registration;
import org.citybridge.events.registration.SessionPlace;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.citybridge.platform.web.SpreadsheetCells;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendee lists: in full for the congress's organisers (JSON pages, CSV, counts), and the public list
 * of those who consented, with name, organisation and city only.
 */
@RestController
class AttendeeController {

    record AttendeeJson(String registrationId, String code, String status, Long position, String name, String email,
            String organisation, String municipality, List<String> sessions, String dietaryNeeds,
            String accessibilityNeeds, boolean consentToList, String language, Instant registeredAt) {

        static AttendeeJson of(Registration registration) {
            Attendee attendee = registration.attendee();
            return new AttendeeJson(registration.id(), registration.code(), registration.status().name(),
                    registration.position(), attendee.name(), attendee.email(), attendee.organisation(),
                    attendee.municipality(), registration.confirmedSessionIds(), attendee.dietaryNeeds(),
                    attendee.accessibilityNeeds(), attendee.listed(), attendee.language(), registration.registeredAt());
        }
    }

    record PublicAttendee(String name, String organisation, String municipality) {
    }

    private static final String[] CSV_HEADER = {"code", "status", "position", "name", "email", "organisation",
        "municipality", "sessions", "dietary_needs", "accessibility_needs", "consent_to_list", "language",
        "registered_at"};

    private final AttendeeList attendees;

    AttendeeController(AttendeeList attendees) {
        this.attendees = attendees;
    }

    @GetMapping("/api/congresses/{congressId}/attendees")
    @Allowed(Role.ORGANISER)
    PageResponse<AttendeeJson> list(@PathVariable String congressId, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(attendees.forOrganiser(caller, congressId,
                paging.toPageable(Sort.by("registeredAt", "id"))), AttendeeJson::of);
    }

    @GetMapping("/api/congresses/{congressId}/attendees/counts")
    @Allowed(Role.ORGANISER)
    AttendeeList.Counts counts(@PathVariable String congressId, Caller caller) {
        return attendees.counts(caller, congressId);
    }

    /** Every active registration; cells a spreadsheet would run as formulas are defused. */
    @GetMapping("/api/congresses/{congressId}/attendees.csv")
    @Allowed(Role.ORGANISER)
    void csv(@PathVariable String congressId, Caller caller, HttpServletResponse response) throws IOException {
        // Checked before anything is written, so that another city's congress is a clean 404.
        attendees.counts(caller, congressId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("attendees-" + congressId + ".csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write(SpreadsheetCells.BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
                .setHeader(CSV_HEADER).get());
        attendees.eachForOrganiser(caller, congressId, registration -> row(printer, registration));
        printer.flush();
    }

    private static void row(CSVPrinter printer, Registration registration) {
        Attendee attendee = registration.attendee();
        try {
            printer.printRecord(registration.code(), registration.status().name(),
                    registration.position() == null ? "" : registration.position().toString(),
                    SpreadsheetCells.text(attendee.name()), SpreadsheetCells.text(attendee.email()),
                    SpreadsheetCells.text(attendee.organisation()), SpreadsheetCells.text(attendee.municipality()),
                    String.join(" ", registration.sessions().stream().filter(SessionPlace::isConfirmed)
                            .map(SessionPlace::sessionId).toList()),
                    SpreadsheetCells.text(attendee.dietaryNeeds()),
                    SpreadsheetCells.text(attendee.accessibilityNeeds()), attendee.listed() ? "yes" : "no",
                    attendee.language(), registration.registeredAt() == null ? "" : registration.registeredAt().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/congresses/public/{congressId}/attendees")
    @PublicRoute
    PageResponse<PublicAttendee> publicList(@PathVariable String congressId, @Valid PageQuery paging) {
        return PageResponse.of(attendees.publicList(congressId, paging.toPageable(Sort.by("attendee.name", "id"))),
                registration -> new PublicAttendee(registration.attendee().name(),
                        registration.attendee().organisation(), registration.attendee().municipality()));
    }
}
