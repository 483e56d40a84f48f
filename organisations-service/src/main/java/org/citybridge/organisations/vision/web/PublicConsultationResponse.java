package org.citybridge.organisations.vision.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.citybridge.organisations.vision.Contribution;
import org.citybridge.organisations.vision.ContributionService.PublicConsultation;
import org.citybridge.organisations.vision.PhaseKind;
import org.citybridge.organisations.vision.SourceGroup;
import org.citybridge.organisations.vision.VisionContent;
import org.citybridge.organisations.vision.VisionProcess;
import org.citybridge.organisations.vision.VisionStatus;
import org.citybridge.platform.web.PageResponse;

/**
 * {@code GET /api/visions/{visionId}/public}: the process as anyone sees it, and a page of its approved
 * contributions. Nothing of who entered or moderated them, no ids, no exact time, and the sender's
 * name only where the sender agreed: a contribution must not lead back to an anonymous sender.
 */
record PublicConsultationResponse(String visionId, String municipality, String title, VisionStatus status,
        List<PhaseResponse> phases, PaperResponse discussionPaper, List<QuestionResponse> questions,
        PageResponse<PublicContribution> contributions) {

    record PhaseResponse(PhaseKind kind, LocalDate start, LocalDate end) {
    }

    record PaperResponse(String title, String text) {
    }

    record QuestionResponse(int number, String text) {
    }

    /** @param authorName null unless the sender agreed to be named */
    record PublicContribution(SourceGroup group, String district, String community, Integer question, String text,
            String authorName, LocalDate receivedOn) {

        static PublicContribution of(Contribution contribution) {
            return new PublicContribution(contribution.group(), contribution.district(), contribution.community(),
                    contribution.question(), contribution.text(), contribution.publicAuthorName(),
                    LocalDate.ofInstant(contribution.receivedAt(), ZoneOffset.UTC));
        }
    }

    static PublicConsultationResponse of(PublicConsultation consultation) {
        VisionProcess vision = consultation.vision();
        VisionContent content = vision.content();
        return new PublicConsultationResponse(vision.id(), vision.municipality(), content.title(), vision.status(),
                content.phases().stream().map(p -> new PhaseResponse(p.kind(), p.start(), p.end())).toList(),
                new PaperResponse(content.paperTitle(), content.paperText()),
                content.questions().stream().map(q -> new QuestionResponse(q.number(), q.text())).toList(),
                PageResponse.of(consultation.approved(), PublicContribution::of));
    }
}
