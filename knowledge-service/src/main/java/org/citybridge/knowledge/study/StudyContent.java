package org.citybridge.knowledge.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a commissioned analysis says about itself.
 *
 * @param commissionedBy       who ordered it (a municipality's project, a department)
 * @param conductedBy          who did it (University of Twente, Variya)
 * @param forWhom              whom it serves (the project team, the city council, other cities)
 * @param findings             its findings, in the order the study gives them
 * @param documentUrl          where the report can be read, if online
 * @param documentAttachmentId the report as uploaded to this service ({@code POST /api/studies/{id}/document},
 *                             kept in GridFS); only the upload sets it
 */
public record StudyContent(String title, String commissionedBy, String conductedBy, String forWhom,
        LocalDate periodStart, LocalDate periodEnd, String summary, List<String> findings, String language,
        String documentUrl, String documentAttachmentId) {

    public StudyContent {
        Objects.requireNonNull(title);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    StudyContent withDocument(String attachmentId) {
        return new StudyContent(title, commissionedBy, conductedBy, forWhom, periodStart, periodEnd, summary,
                findings, language, documentUrl, attachmentId);
    }
}
