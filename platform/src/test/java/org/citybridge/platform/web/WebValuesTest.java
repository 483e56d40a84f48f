package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The small values every controller uses: entity tags, page requests, download names, spreadsheet cells. */
class WebValuesTest {

    @Test
    void anEntityTagIsTheQuotedVersionAndZeroBeforeTheFirstSave() {
        assertThat(EntityTags.ofVersion(3L)).isEqualTo("\"3\"");
        assertThat(EntityTags.ofVersion(null)).isEqualTo("\"0\"");
    }

    @Test
    void aChangeNeedsIfMatchAndTheCurrentTag() {
        assertThatThrownBy(() -> EntityTags.requireMatch(null, "\"3\"")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> EntityTags.requireMatch(" ", "\"3\"")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> EntityTags.requireMatch("\"2\"", "\"3\"")).isInstanceOf(PreconditionFailedException.class);
        EntityTags.requireMatch("\"2\", \"3\"", "\"3\"");
        EntityTags.requireMatch("*", "\"3\"");
    }

    @Test
    void withoutIfMatchAnOptionalCheckLetsTheChangeThrough() {
        EntityTags.requireMatchIfPresent(null, "\"3\"");
        EntityTags.requireMatchIfPresent("", "\"3\"");
        assertThatThrownBy(() -> EntityTags.requireMatchIfPresent("\"2\"", "\"3\""))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void aWeakTagMatchesOnlyForReads() {
        assertThat(EntityTags.matchesStrongly("W/\"3\"", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("W/\"3\"", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"3\"", "W/\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"1\", *", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"2\"", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly(null, "\"3\"")).isFalse();
    }

    @Test
    void aConcurrentSaveBecomesPreconditionFailed() {
        assertThat(EntityTags.unlessChangedMeanwhile("pact", () -> "saved")).isEqualTo("saved");
        assertThatThrownBy(() -> EntityTags.unlessChangedMeanwhile("pact", () -> {
            throw new OptimisticLockingFailureException("stale");
        })).isInstanceOf(PreconditionFailedException.class).hasMessageContaining("pact");
    }

    @Test
    void aPageQueryDefaultsToTheFirstPageOfTwenty() {
        Pageable defaults = new PageQuery(null, null).toPageable(Sort.by("name"));
        Pageable asked = new PageQuery(2, 50).toPageable(Sort.unsorted());

        assertThat(defaults.getPageNumber()).isZero();
        assertThat(defaults.getPageSize()).isEqualTo(20);
        assertThat(defaults.getSort()).isEqualTo(Sort.by("name"));
        assertThat(asked.getPageNumber()).isEqualTo(2);
        assertThat(asked.getPageSize()).isEqualTo(50);
    }

    @Test
    void aDownloadNameIsAnAsciiSlugOfAtMostEightyCharacters() {
        assertThat(DownloadNames.of("Pact Münster 2026!", "pact", ".pdf")).isEqualTo("pact-munster-2026.pdf");
        assertThat(DownloadNames.of("¿¿¿", "pact", ".pdf")).isEqualTo("pact.pdf");
        String longTitle = "a".repeat(79) + " b";
        assertThat(DownloadNames.of(longTitle, "x", ".csv")).isEqualTo("a".repeat(79) + ".csv");
        assertThat(DownloadNames.of("b".repeat(80), "x", "")).hasSize(80);
    }

    @Test
    void aCellThatWouldStartAFormulaIsKeptAsText() {
        assertThat(SpreadsheetCells.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCells.text("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetCells.text("Almelo")).isEqualTo("Almelo");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isEmpty();
    }

    @Test
    void aCountryCodeIsAnIsoCodeInAnyCase() {
        CountryCode.Validator validator = new CountryCode.Validator();

        assertThat(validator.isValid("nl", null)).isTrue();
        assertThat(validator.isValid("BE", null)).isTrue();
        assertThat(validator.isValid(null, null)).as("absent is for @NotNull to judge").isTrue();
        assertThat(validator.isValid("XX", null)).isFalse();
    }
}
