package org.citybridge.knowledge.practice;

import jakarta.validation.Valid;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only for now: the foundation proves routing, tokens and tenancy; the feature issue adds the rest. */
@RestController
class PracticeController {

    record PracticeSummary(String id, String municipality, String title) {
    }

    private final PracticeRepository repository;

    PracticeController(PracticeRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/practices")
    PageResponse<PracticeSummary> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(repository.findVisibleToMunicipality(caller.municipality(), paging.toPageable(Sort.by("title"))),
                item -> new PracticeSummary(item.id(), item.municipality(), item.title()));
    }
}
