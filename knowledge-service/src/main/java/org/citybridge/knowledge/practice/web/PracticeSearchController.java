package org.citybridge.knowledge.practice.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.search.PracticeSearch;
import org.citybridge.knowledge.practice.search.SearchQuery;
import org.citybridge.knowledge.practice.search.SearchResult;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.BadRequestException;
import org.citybridge.platform.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search of practices in Dutch, German, English and French, with facets. Filters are facet
 * drill-downs and may repeat ({@code theme=education&theme=youth}: either). The query is read with
 * Lucene's simple syntax (quotes, {@code -}, {@code *}), which never fails on odd input.
 */
@RestController
class PracticeSearchController {

    /**
     * @param q    free text; empty lists every practice the caller may see
     * @param lang analyse the text in this language only (default: all four)
     */
    record SearchParams(@Size(max = 500) String q, @Size(max = 20) List<@Size(max = 100) String> municipality,
            @Size(max = 20) List<@Size(max = 60) String> theme,
            @Size(max = 20) List<@Size(max = 200) String> targetGroup,
            @Size(max = 4) List<@Pattern(regexp = PracticeRequest.LANGUAGES) String> language,
            @Size(max = 20) List<@Pattern(regexp = "[0-9]{1,2}") String> lineOfWork,
            @Pattern(regexp = "relevance|date") String sort, @Min(0) @Max(10_000) Integer page,
            @Min(1) @Max(PageQuery.MAX_SIZE) Integer size, @Pattern(regexp = PracticeRequest.LANGUAGES) String lang) {

        SearchQuery toQuery() {
            int pageNumber = page == null ? 0 : page;
            int pageSize = size == null ? PageQuery.DEFAULT_SIZE : size;
            if ((long) (pageNumber + 1) * pageSize > MAX_WINDOW) {
                throw new BadRequestException("Pages go as deep as " + MAX_WINDOW + " results; narrow the search.");
            }
            return new SearchQuery(q, municipality, theme, targetGroup, language, lineOfWork,
                    "date".equals(sort) ? SearchQuery.SearchOrder.DATE : SearchQuery.SearchOrder.RELEVANCE,
                    pageNumber, pageSize, lang == null ? List.of() : List.of(Language.ofCode(lang)));
        }
    }

    static final int MAX_WINDOW = 10_000;

    private final PracticeSearch search;

    PracticeSearchController(PracticeSearch search) {
        this.search = search;
    }

    @GetMapping("/api/practices/search")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    SearchResult search(@Valid SearchParams params, Caller caller) {
        return search.search(caller, params.toQuery());
    }

    /** Published PUBLIC practices only, for anyone. */
    @GetMapping("/api/practices/public/search")
    @PublicRoute
    SearchResult searchPublic(@Valid SearchParams params) {
        return search.searchPublic(params.toQuery());
    }
}
