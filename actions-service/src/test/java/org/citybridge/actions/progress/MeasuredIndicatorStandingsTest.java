package org.citybridge.actions.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.IndicatorProgress;
import org.citybridge.actions.indicator.IndicatorStatus;
import org.junit.jupiter.api.Test;

/** What the status rule hears of each indicator. */
class MeasuredIndicatorStandingsTest {

    static final DatedValue LATEST = new DatedValue(LocalDate.parse("2012-03-31"), BigDecimal.valueOf(50));

    @Test
    void anIndicatorBehindTheLineIsBehind() {
        IndicatorStanding standing = MeasuredIndicatorStandings.standing(new IndicatorProgress(IndicatorStatus.BEHIND,
                LATEST, new BigDecimal("0.1389"), new BigDecimal("88.7671"), LATEST));

        assertThat(standing).isEqualTo(new IndicatorStanding(true, true, false, 0.1389));
    }

    @Test
    void anAchievedIndicatorIsAchieved() {
        IndicatorStanding standing = MeasuredIndicatorStandings.standing(new IndicatorProgress(
                IndicatorStatus.ACHIEVED, LATEST, BigDecimal.ONE, BigDecimal.TEN, LATEST));

        assertThat(standing).isEqualTo(new IndicatorStanding(true, false, true, 1.0));
    }

    @Test
    void anIndicatorWithoutDataHasNoProgressAndIsNotBegun() {
        IndicatorStanding standing = MeasuredIndicatorStandings.standing(new IndicatorProgress(IndicatorStatus.NO_DATA,
                null, null, null, null));

        assertThat(standing).isEqualTo(new IndicatorStanding(false, false, false, null));
    }
}
