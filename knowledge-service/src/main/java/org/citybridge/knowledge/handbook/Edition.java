package org.citybridge.knowledge.handbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;

/**
 * One edition of a handbook, numbered 1, 2, ... A draft holds the editor's plan (chapters by
 * reference); publishing copies the texts in ({@link FrozenChapter}) and freezes it.
 */
public class Edition {

    private int number;
    private EditionState state;
    private String title;
    private String introduction;
    private List<Chapter> chapters = new ArrayList<>();
    private List<FrozenChapter> frozen = new ArrayList<>();
    private Instant startedAt;
    private Instant publishedAt;
    private String publishedBy;

    protected Edition() {
    }

    Edition(int number, String title, String introduction, List<Chapter> chapters, Instant now) {
        this.number = number;
        this.state = EditionState.DRAFT;
        this.title = title;
        this.introduction = introduction;
        this.chapters = new ArrayList<>(chapters);
        this.startedAt = now;
    }

    void revise(String newTitle, String newIntroduction, List<Chapter> newChapters) {
        requireDraft();
        title = newTitle;
        introduction = newIntroduction;
        chapters = new ArrayList<>(newChapters);
    }

    void publish(List<FrozenChapter> texts, String by, Instant now) {
        requireDraft();
        frozen = new ArrayList<>(texts);
        state = EditionState.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
    }

    void requireDraft() {
        if (state == EditionState.PUBLISHED) {
            throw new ConflictException("Edition " + number + " is published and never changes; start a new "
                    + "edition (POST .../editions) to edit.");
        }
    }

    public int number() {
        return number;
    }

    public EditionState state() {
        return state;
    }

    public boolean isPublished() {
        return state == EditionState.PUBLISHED;
    }

    public String title() {
        return title;
    }

    public String introduction() {
        return introduction;
    }

    public List<Chapter> chapters() {
        return List.copyOf(chapters);
    }

    public List<FrozenChapter> frozenChapters() {
        return List.copyOf(frozen);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
