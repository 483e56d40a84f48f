package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.actions.indicator.IndicatorFixtures.TODAY;
import static org.citybridge.actions.indicator.IndicatorFixtures.at;
import static org.citybridge.actions.indicator.IndicatorFixtures.indicator;
import static org.citybridge.actions.indicator.IndicatorFixtures.measure;
import static org.citybridge.actions.indicator.IndicatorFixtures.up;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    final Indicator parties = indicator("antwerpen", up("2012-01-01", 0, "2012-12-31", 360), Visibility.NETWORK);

    @Test
    void aCorrectionKeepsTheEarlierVersionAndIsAnnouncedAsOne() {
        Measurement first = measure(parties, "2012-03-31", 176);

        Measurement corrected = parties.correctMeasurement(first.id(), new MeasurementValues(
                LocalDate.parse("2012-03-31"), BigDecimal.valueOf(167), "Jaarverslag 2012", "typo"), "officer@antwerpen",
                Instant.parse("2013-02-01T00:00:00Z"), TODAY);

        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(corrected.value()).isEqualByComparingTo("167");
        assertThat(corrected.earlierVersions()).singleElement()
                .satisfies(version -> assertThat(version.value()).isEqualByComparingTo("176"));
        assertThat(parties.measurements()).hasSize(1);
        assertThat(parties.recordedEvents()).hasSize(2).last().isInstanceOfSatisfying(Indicator.Measured.class,
                event -> {
                    assertThat(event.corrected()).isTrue();
                    assertThat(event.progress().progress()).isEqualByComparingTo("0.4639");
                });
    }

    @Test
    void theLatestValueIsTheLatestByDateNotTheLastRecorded() {
        measure(parties, "2012-06-30", 200);
        measure(parties, "2012-03-31", 167);

        assertThat(parties.latest()).contains(at("2012-06-30", 200));
        assertThat(parties.measurements()).extracting(Measurement::date)
                .containsExactly(LocalDate.parse("2012-03-31"), LocalDate.parse("2012-06-30"));
        assertThat(parties.dueOn()).isEqualTo(LocalDate.parse("2012-09-30"));
    }

    @Test
    void aValueBeforeTheBaselineOrInTheFutureIsRefused() {
        assertThatThrownBy(() -> measure(parties, "2011-12-31", 1)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("date"));
        assertThatThrownBy(() -> measure(parties, TODAY.plusDays(1).toString(), 1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("future");
        assertThat(parties.recordedEvents()).isEmpty();
    }

    @Test
    void theBaselineCannotMovePastAMeasurement() {
        measure(parties, "2012-03-31", 167);

        assertThatThrownBy(() -> parties.redefine(up("2012-06-01", 0, "2012-12-31", 360), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("baseline.date"));
    }

    @Test
    void eachMissedPeriodIsAnnouncedOnceWhateverTheOrderOfTheChecks() {
        measure(parties, "2012-03-31", 167);

        assertThat(parties.announceOverdue(LocalDate.parse("2012-06-30"))).isFalse();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-07-01"))).isTrue();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-07-01"))).isFalse();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-08-15"))).isFalse();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-10-01"))).isTrue();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-07-02"))).isFalse();

        List<Indicator.Overdue> announced = parties.recordedEvents().stream()
                .filter(Indicator.Overdue.class::isInstance).map(Indicator.Overdue.class::cast).toList();
        assertThat(announced).extracting(event -> event.period().key()).containsExactly("2012-Q2", "2012-Q3");
        assertThat(announced.get(0).lastMeasuredOn()).isEqualTo(LocalDate.parse("2012-03-31"));
    }

    @Test
    void withoutMeasurementsTheBaselineStartsTheClock() {
        assertThat(parties.dueOn()).isEqualTo(LocalDate.parse("2012-04-01"));
        assertThat(parties.isOverdue(LocalDate.parse("2012-04-01"))).isFalse();
        assertThat(parties.isOverdue(LocalDate.parse("2012-04-02"))).isTrue();
        assertThat(parties.announceOverdue(LocalDate.parse("2012-04-02"))).isTrue();
        assertThat(parties.recordedEvents()).singleElement().isInstanceOfSatisfying(Indicator.Overdue.class,
                event -> assertThat(event.lastMeasuredOn()).isNull());
    }
}
