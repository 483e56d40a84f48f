package org.citybridge.knowledge.practice.search;

import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.citybridge.knowledge.practice.PracticeStatus;
import org.citybridge.platform.tenancy.Visibility;

/**
 * The caller's visibility as a clause of every search, so that what it may not see is neither a hit
 * nor counted in a total or a facet: its own city's practices, drafts included; other cities'
 * published NETWORK and PUBLIC ones; published ones shared with a bridge group of its city. Anonymous
 * callers: published PUBLIC ones only. The same rule as {@code PracticeScope} for MongoDB reads.
 */
final class VisibilityFilter {

    private VisibilityFilter() {
    }

    /**
     * @param municipality the caller's city, or null (network admin, anonymous)
     * @param anonymous    whether the caller has no token
     * @param groups       the bridge groups of the caller's city
     */
    static Query of(String municipality, boolean anonymous, Set<String> groups) {
        Query published = new TermQuery(new Term(PracticeFields.STATUS, PracticeStatus.PUBLISHED.name()));
        if (anonymous) {
            return new BooleanQuery.Builder().add(published, Occur.FILTER)
                    .add(new TermQuery(new Term(PracticeFields.VISIBILITY, Visibility.PUBLIC.name())), Occur.FILTER)
                    .build();
        }
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        shared.add(new TermQuery(new Term(PracticeFields.VISIBILITY, Visibility.NETWORK.name())), Occur.SHOULD);
        shared.add(new TermQuery(new Term(PracticeFields.VISIBILITY, Visibility.PUBLIC.name())), Occur.SHOULD);
        if (!groups.isEmpty()) {
            shared.add(new TermInSetQuery(PracticeFields.GROUP, groups.stream().map(BytesRef::new).toList()),
                    Occur.SHOULD);
        }
        Query sharedAndPublished = new BooleanQuery.Builder().add(published, Occur.FILTER)
                .add(shared.build(), Occur.FILTER).build();
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(sharedAndPublished, Occur.SHOULD);
        if (municipality != null) {
            any.add(new TermQuery(new Term(PracticeFields.MUNICIPALITY, municipality)), Occur.SHOULD);
        }
        return any.build();
    }
}
