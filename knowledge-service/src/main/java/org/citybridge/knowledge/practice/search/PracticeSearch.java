package org.citybridge.knowledge.practice.search;

import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Service;

/** Searches practices as the caller may see them: the visibility comes from the token, never the query. */
@Service
public class PracticeSearch {

    private final PracticeIndex index;
    private final PracticeService practices;

    PracticeSearch(PracticeIndex index, PracticeService practices) {
        this.index = index;
        this.practices = practices;
    }

    public SearchResult search(Caller caller, SearchQuery query) {
        return index.search(query, caller.municipality(), caller.isAnonymous(), practices.groupsOf(caller));
    }

    /** Published PUBLIC practices only, for anyone. */
    public SearchResult searchPublic(SearchQuery query) {
        return index.search(query, null, true, java.util.Set.of());
    }
}
