package org.citybridge.knowledge.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.citybridge.knowledge.action.ActionResults;
import org.citybridge.knowledge.action.ActionResultsReadModel;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The practice use cases: a city's officers write, revise and publish practices; the network reads
 * what is published and shared with it. Every read goes through {@link #visible}: the caller's own
 * city's practices, others' once published and shared (NETWORK, PUBLIC, or a bridge group the caller's
 * city belongs to); whatever else answers 404.
 */
@Service
public class PracticeService {

    private final TenantStore<Practice> practices;
    private final GroupMemberships memberships;
    private final ThemeVocabulary themes;
    private final ActionResultsReadModel actionResults;
    private final ApplicationEventPublisher local;

    PracticeService(AggregateStores stores, GroupMemberships memberships, ThemeVocabulary themes,
            ActionResultsReadModel actionResults, ApplicationEventPublisher local) {
        this.practices = stores.tenantOwned(Practice.class);
        this.memberships = memberships;
        this.themes = themes;
        this.actionResults = actionResults;
        this.local = local;
    }

    public Practice draft(Caller caller, PracticeContent content, Visibility visibility, Set<String> sharedWithGroups) {
        check(content);
        checkGroups(caller, sharedWithGroups, Set.of());
        return saved(Practice.draft(caller.requireMunicipality(), content,
                visibility == null ? Visibility.PRIVATE : visibility, sharedWithGroups, caller.subject()));
    }

    /**
     * A PRIVATE draft of the caller's city under an id its source decides (a question turned into a
     * practice), once: called again with the same id, it answers the practice written the first time, so
     * a retry after a failure half-way writes no second one.
     */
    public Practice draftOnce(Caller caller, String id, PracticeContent content) {
        check(content);
        Practice draft = Practice.draftWithId(id, caller.requireMunicipality(), content, Visibility.PRIVATE,
                Set.of(), caller.subject());
        addIfAbsent(draft);
        return getForChange(caller, id);
    }

    /** A practice the caller may read, or 404. */
    public Practice get(Caller caller, String id) {
        return practices.findForSystem(id).filter(practice -> visible(caller, practice))
                .orElseThrow(() -> NotFoundException.of("Practice", id));
    }

    /** A public, published practice, for anyone; 404 for every other. */
    public Practice getPublic(String id) {
        return get(Caller.anonymous(), id);
    }

    /** A practice of the caller's own city, to change; another city's answers 404 even when shared. */
    public Practice getForChange(Caller caller, String id) {
        return practices.findOwned(caller, id).orElseThrow(() -> NotFoundException.of("Practice", id));
    }

    public Practice revise(Caller caller, Practice practice, PracticeContent content, Visibility visibility,
            Set<String> sharedWithGroups) {
        check(content);
        checkGroups(caller, sharedWithGroups, practice.sharedWithGroups());
        practice.revise(content, visibility, sharedWithGroups, caller.subject());
        return saved(practice);
    }

    public Practice publish(Caller caller, String id) {
        Practice practice = getForChange(caller, id);
        practice.publish(caller.subject());
        return saved(practice);
    }

    public Practice withdraw(Caller caller, String id) {
        Practice practice = getForChange(caller, id);
        practice.withdraw(caller.subject());
        return saved(practice);
    }

    /**
     * Shares one of the caller's city's practices with a bridge group the city is a member of: the
     * group's other cities then read it once it is published, even when it is PRIVATE. Another city's
     * practice answers 404 (even when the caller may read it); a group the city is not a member of, 403.
     * Sharing again changes nothing.
     */
    public Practice share(Caller caller, String practiceId, String groupId) {
        return ConcurrentSaves.retried("practice", () -> {
            Practice practice = getForChange(caller, practiceId);
            requireMember(caller, groupId);
            return practice.shareWith(groupId, caller.subject()) ? saved(practice) : practice;
        });
    }

    /** Takes a practice of the caller's city back from a group; not shared with it, nothing changes. */
    public Practice unshare(Caller caller, String practiceId, String groupId) {
        return ConcurrentSaves.retried("practice", () -> {
            Practice practice = getForChange(caller, practiceId);
            return practice.unshareWith(groupId, caller.subject()) ? saved(practice) : practice;
        });
    }

    public Page<Practice> list(Caller caller, PracticeFilter filter, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(scope(caller));
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.municipality() != null) {
            criteria.add(Criteria.where(TenantScope.MUNICIPALITY).is(filter.municipality()));
        }
        if (filter.theme() != null) {
            criteria.add(Criteria.where("content.themes").is(filter.theme()));
        }
        if (filter.language() != null) {
            criteria.add(Criteria.where("content.language").is(filter.language().name()));
        }
        if (filter.sharedWithGroup() != null) {
            criteria.add(Criteria.where("sharedWithGroups").is(filter.sharedWithGroup()));
        }
        // The scope above is this service's visibility rule (PracticeScope), stricter than the
        // platform's: a draft is never shared, a bridge group may see a private practice.
        return practices.findForSystem(new Criteria().andOperator(criteria), pageable);
    }

    /** The earlier versions of a practice the caller may read, newest first. */
    public Page<Revision> revisions(Caller caller, String id, Pageable pageable) {
        List<Revision> all = new ArrayList<>(get(caller, id).revisions());
        java.util.Collections.reverse(all);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * A practice's texts for the caller, as the handbook quotes them; 404 when the caller may not read
     * it. The results end with the linked actions' latest indicator values the caller may see.
     */
    public PracticeTexts textsFor(Caller caller, String id) {
        Practice practice = get(caller, id);
        PracticeContent content = practice.content();
        StringBuilder results = new StringBuilder(content.results() == null ? "" : content.results());
        for (ActionResults action : linkedResults(caller, practice)) {
            action.indicators().stream()
                    .filter(indicator -> ActionResultsReadModel.indicatorVisibleTo(action, indicator, caller))
                    .forEach(indicator -> results.append(results.isEmpty() ? "" : "\n").append(indicator.name())
                            .append(": ").append(indicator.value() == null ? "" : indicator.value().toPlainString())
                            .append(indicator.unit() == null ? "" : " " + indicator.unit())
                            .append(indicator.date() == null ? "" : " (" + indicator.date() + ")"));
        }
        ContactPerson contact = content.contactPerson();
        return new PracticeTexts(practice.id(), practice.municipality(), content.language(), content.title(),
                content.summary(), content.purpose(), content.rationale(), content.approach(), content.whatWorked(),
                content.whatDidNot(), results.toString(), content.targetGroups(),
                contact == null ? null : contact.name(), content.translations());
    }

    /** The practice's linked actions the caller may see, with their latest indicator values. */
    public List<ActionResults> linkedResults(Caller caller, Practice practice) {
        return actionResults.visibleTo(caller, practice.content().linkedActions());
    }

    public Practice attach(Caller caller, String id, AttachmentReference attachment) {
        Practice practice = getForChange(caller, id);
        practice.attach(attachment);
        return practices.save(practice);
    }

    public AttachmentReference detach(Caller caller, String id, String attachmentId) {
        Practice practice = getForChange(caller, id);
        AttachmentReference removed = practice.detach(attachmentId);
        practices.save(practice);
        return removed;
    }

    /** The groups the caller's city belongs to: the search applies them as this service's reads do. */
    public Set<String> groupsOf(Caller caller) {
        return caller.municipality() == null ? Set.of() : memberships.groupsOf(caller.municipality());
    }

    /** For the search index: one practice as stored, without a caller (the index filters by caller itself). */
    public java.util.Optional<Practice> findForIndex(String id) {
        return practices.findForSystem(id);
    }

    /** For the search index's rebuild: every practice, in batches by id (no skipping), without a caller. */
    public void forEachForIndex(int batchSize, Consumer<List<Practice>> batch) {
        Pageable first = PageRequest.of(0, batchSize, Sort.by("_id"));
        String after = null;
        while (true) {
            Criteria next = after == null ? null : Criteria.where("_id").gt(after);
            List<Practice> found = practices.findForSystem(next, first).getContent();
            if (found.isEmpty()) {
                return;
            }
            batch.accept(found);
            if (found.size() < batchSize) {
                return;
            }
            after = found.get(found.size() - 1).id();
        }
    }

    /**
     * For demo data with fixed ids: saves the practice unless one with its id exists (an officer may
     * have changed it since). Returns whether it was added.
     */
    public boolean addIfAbsent(Practice practice) {
        if (existsForSystem(practice.id())) {
            return false;
        }
        try {
            saved(practice);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException loadedMeanwhile) {
            return false;
        }
    }

    Practice saveDraftFromAction(Practice draft) {
        return saved(draft);
    }

    boolean existsForSystem(String id) {
        return practices.findForSystem(id).isPresent();
    }

    private boolean visible(Caller caller, Practice practice) {
        return practice.visibleTo(caller.municipality(), caller.isAnonymous(), groupsOf(caller));
    }

    private Criteria scope(Caller caller) {
        return PracticeScope.visibleTo(caller, groupsOf(caller));
    }

    private Practice saved(Practice practice) {
        Practice saved = practices.save(practice);
        local.publishEvent(new PracticeChanged(saved.id()));
        return saved;
    }

    /**
     * A practice names only groups its city is a member of; on a revision, groups it was shared with
     * before stay allowed, so that an edit does not fail over a sharing made earlier.
     */
    private void checkGroups(Caller caller, Set<String> named, Set<String> alreadyShared) {
        if (named == null || named.isEmpty()) {
            return;
        }
        Set<String> mine = groupsOf(caller);
        for (String group : named) {
            if (!mine.contains(group) && !alreadyShared.contains(group)) {
                throw new InvalidValueException("sharedWithGroups", "names '" + group
                        + "', a bridge group your city is not a member of (GET /api/bridge-groups)");
            }
        }
    }

    private void requireMember(Caller caller, String groupId) {
        if (!groupsOf(caller).contains(groupId)) {
            throw new NotAllowedException("Practices are shared with bridge groups the city is a member of.");
        }
    }

    private void check(PracticeContent content) {
        for (String theme : content.themes()) {
            if (!themes.contains(theme)) {
                throw new InvalidValueException("themes", "has '" + theme + "', which is not in the vocabulary "
                        + "(GET /api/themes)");
            }
        }
        content.translations().forEach((language, translation) -> {
            if (translation.language() != language) {
                throw new InvalidValueException("translations", "has a " + translation.language().code()
                        + " translation under " + language.code());
            }
        });
    }
}
