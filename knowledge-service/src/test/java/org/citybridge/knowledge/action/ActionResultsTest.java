package org.citybridge.knowledge.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** The copy of an action kept from actions-service's events: applied in order, latest values kept. */
class ActionResultsTest {

    static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

    @Test
    void anUnknownActionIsPrivateToItsCityUntilItsStateArrives() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");

        assertThat(results.id()).isEqualTo("a-1");
        assertThat(results.municipality()).isEqualTo("almelo");
        assertThat(results.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(results.title()).isNull();
        assertThat(results.targetGroups()).isEmpty();
        assertThat(results.indicators()).isEmpty();
    }

    @Test
    void theStateIsCopiedWhole() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");

        assertThat(results.applyState(state("Taalcafé", new ActionState.LineOfWork(2, "Meedoen"), List.of("nieuwkomers"),
                "NETWORK"), 1L)).isTrue();

        assertThat(results.programmeId()).isEqualTo("prog-1");
        assertThat(results.title()).isEqualTo("Taalcafé");
        assertThat(results.description()).isEqualTo("Wekelijks");
        assertThat(results.goal()).isEqualTo(3);
        assertThat(results.lineOfWork()).isEqualTo(2);
        assertThat(results.lineOfWorkTitle()).isEqualTo("Meedoen");
        assertThat(results.targetGroups()).containsExactly("nieuwkomers");
        assertThat(results.status()).isEqualTo("RUNNING");
        assertThat(results.visibility()).isEqualTo(Visibility.NETWORK);
    }

    @Test
    void aStateWithoutLineOfWorkOrTargetGroupsClearsThem() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyState(state("Taalcafé", new ActionState.LineOfWork(2, "Meedoen"), List.of("x"), "NETWORK"), 1L);

        results.applyState(state("Taalcafé", null, null, "PUBLIC"), 2L);

        assertThat(results.lineOfWork()).isNull();
        assertThat(results.lineOfWorkTitle()).isNull();
        assertThat(results.targetGroups()).isEmpty();
        assertThat(results.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void anOlderOrRepeatedStateIsIgnoredAndOneWithoutSequenceAlwaysApplies() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyState(state("v5", null, null, "NETWORK"), 5L);

        assertThat(results.applyState(state("v4", null, null, "NETWORK"), 4L)).isFalse();
        assertThat(results.applyState(state("v5 again", null, null, "NETWORK"), 5L)).isFalse();
        assertThat(results.title()).isEqualTo("v5");
        assertThat(results.applyState(state("v6", null, null, "NETWORK"), 6L)).isTrue();
        assertThat(results.applyState(state("unsequenced", null, null, "NETWORK"), null)).isTrue();
        assertThat(results.title()).isEqualTo("unsequenced");
        assertThat(results.applyState(state("first after", null, null, "NETWORK"), 1L)).isTrue();
    }

    @Test
    void completingKeepsAKnownTitleAndTakesTheCompletionsVisibility() {
        ActionResults known = ActionResults.unknown("a-1", "almelo");
        known.applyState(state("Taalcafé", null, null, "PRIVATE"), 1L);
        known.completed("Other title", "NETWORK");

        assertThat(known.status()).isEqualTo("COMPLETED");
        assertThat(known.title()).isEqualTo("Taalcafé");
        assertThat(known.visibility()).isEqualTo(Visibility.NETWORK);

        ActionResults unknown = ActionResults.unknown("a-2", "almelo");
        unknown.completed("From the completion", "PUBLIC");
        assertThat(unknown.title()).isEqualTo("From the completion");
    }

    @Test
    void theValueWithTheLatestDateIsKeptButNameAndStatusFollowTheNewestEvent() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyMeasurement(measured("Deelnemers", APRIL, "40", "ON_TRACK"), 1L);

        results.applyMeasurement(measured("Deelnemers (aantal)", MARCH, "30", "AT_RISK"), 2L);

        assertThat(results.indicators()).singleElement().satisfies(value -> {
            assertThat(value.date()).isEqualTo(APRIL);
            assertThat(value.value()).isEqualByComparingTo("40");
            assertThat(value.name()).isEqualTo("Deelnemers (aantal)");
            assertThat(value.status()).isEqualTo("AT_RISK");
            assertThat(value.unit()).isEqualTo("personen");
            assertThat(value.indicatorId()).isEqualTo("i-1");
        });
    }

    @Test
    void aLaterOrSameDatedValueReplacesTheOneBefore() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyMeasurement(measured("Deelnemers", MARCH, "30", "ON_TRACK"), 1L);
        results.applyMeasurement(measured("Deelnemers", MARCH, "31", "ON_TRACK"), 2L);
        assertThat(results.indicators()).singleElement().satisfies(value ->
                assertThat(value.value()).isEqualByComparingTo("31"));

        results.applyMeasurement(measured("Deelnemers", APRIL, "45", "ON_TRACK"), 3L);
        assertThat(results.indicators()).singleElement().satisfies(value -> {
            assertThat(value.value()).isEqualByComparingTo("45");
            assertThat(value.date()).isEqualTo(APRIL);
        });
    }

    @Test
    void anUndatedValueAlwaysCounts() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyMeasurement(measured("Deelnemers", null, "10", "ON_TRACK"), 1L);
        results.applyMeasurement(measured("Deelnemers", MARCH, "20", "ON_TRACK"), 2L);
        results.applyMeasurement(measured("Deelnemers", null, "25", "ON_TRACK"), 3L);

        assertThat(results.indicators()).singleElement().satisfies(value ->
                assertThat(value.value()).isEqualByComparingTo("25"));
    }

    @Test
    void anOlderOrRepeatedMeasurementEventIsIgnored() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyMeasurement(measured("Deelnemers", MARCH, "30", "ON_TRACK"), 5L);

        results.applyMeasurement(measured("Deelnemers", APRIL, "99", "ON_TRACK"), 5L);
        results.applyMeasurement(measured("Deelnemers", APRIL, "98", "ON_TRACK"), 4L);
        assertThat(results.indicators()).singleElement().satisfies(value ->
                assertThat(value.value()).isEqualByComparingTo("30"));

        results.applyMeasurement(measured("Deelnemers", APRIL, "50", "ON_TRACK"), null);
        results.applyMeasurement(measured("Deelnemers", APRIL, "51", "ON_TRACK"), 6L);
        assertThat(results.indicators()).singleElement().satisfies(value ->
                assertThat(value.value()).isEqualByComparingTo("51"));
    }

    @Test
    void eachIndicatorKeepsItsOwnSequence() {
        ActionResults results = ActionResults.unknown("a-1", "almelo");
        results.applyMeasurement(measured("Deelnemers", MARCH, "30", "ON_TRACK"), 5L);
        results.applyMeasurement(new IndicatorMeasured("i-2", "a-1", "Tevredenheid", "%", MARCH, new BigDecimal("80"),
                "ON_TRACK", "NETWORK"), 1L);

        assertThat(results.indicators()).extracting(IndicatorValue::indicatorId).containsExactly("i-1", "i-2");
    }

    @Test
    void aProgrammeNamesItsGoalsByNumber() {
        ProgrammeContext programme = new ProgrammeContext("prog-1", "almelo", Visibility.NETWORK, "Samen Almelo",
                Map.of("1", "Iedereen doet mee"));

        assertThat(programme.municipality()).isEqualTo("almelo");
        assertThat(programme.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(programme.title()).isEqualTo("Samen Almelo");
        assertThat(programme.goal(1)).isEqualTo("Iedereen doet mee");
        assertThat(programme.goal(2)).isNull();
        assertThat(programme.goal(null)).isNull();
    }

    private static ActionState state(String title, ActionState.LineOfWork line, List<String> groups,
            String visibility) {
        return new ActionState("a-1", "prog-1", title, "Wekelijks", 3, line, groups, "RUNNING", visibility);
    }

    private static IndicatorMeasured measured(String name, LocalDate date, String value, String status) {
        return new IndicatorMeasured("i-1", "a-1", name, "personen", date, new BigDecimal(value), status, "NETWORK");
    }
}
