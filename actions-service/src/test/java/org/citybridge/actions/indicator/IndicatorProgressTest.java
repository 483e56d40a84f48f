package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorFixtures.at;
import static org.citybridge.actions.indicator.IndicatorFixtures.down;
import static org.citybridge.actions.indicator.IndicatorFixtures.up;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Progress, expected value and status, computed by hand. Day counts are chosen to divide evenly:
 * 1 Jan 2010 to 11 Apr 2010 is 100 days, 11 Apr to 20 Jul 2010 another 100.
 */
class IndicatorProgressTest {

    @Test
    void nothingMeasuredIsNoData() {
        IndicatorProgress progress = IndicatorProgress.of(up("2012-01-01", 0, "2012-12-31", 360), null);

        assertThat(progress.status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(progress.progress()).isNull();
        assertThat(progress.measured()).isFalse();
    }

    /** Seed 002: social advisers aim at 360 home parties a year and held 167 in the first three months of 2012. */
    @Test
    void antwerpsHomePartiesAreAheadOfTheLine() {
        IndicatorProgress progress = IndicatorProgress.of(up("2012-01-01", 0, "2012-12-31", 360), at("2012-03-31", 167));

        // 90 of 365 days: 360 × 90 / 365 = 88.767…; 167 / 360 = 0.46388…
        assertThat(progress.expected()).isEqualByComparingTo("88.7671");
        assertThat(progress.progress()).isEqualByComparingTo("0.4639");
        assertThat(progress.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(progress.nextTarget()).isEqualTo(at("2012-12-31", 360));
    }

    @Test
    void onTheLineIsOnTrack() {
        // Day 50 of 100 towards 100: expected 50.
        IndicatorProgress progress = IndicatorProgress.of(up("2010-01-01", 0, "2010-04-11", 100), at("2010-02-20", 50));

        assertThat(progress.expected()).isEqualByComparingTo("50");
        assertThat(progress.status()).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void belowTheBaselineIsBehindAndClampedToNoProgress() {
        IndicatorProgress progress = IndicatorProgress.of(up("2010-01-01", 10, "2010-04-11", 20), at("2010-02-20", 5));

        // (5 - 10) / (20 - 10) = -0.5, shown as 0; expected 15.
        assertThat(progress.progress()).isEqualByComparingTo("0");
        assertThat(progress.expected()).isEqualByComparingTo("15");
        assertThat(progress.status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void aTargetEqualToTheBaselineIsHeldOrNot() {
        IndicatorDefinition keep = up("2010-01-01", 10, "2010-04-11", 10);

        assertThat(IndicatorProgress.of(keep, at("2010-02-20", 10)).status()).isEqualTo(IndicatorStatus.ACHIEVED);
        assertThat(IndicatorProgress.of(keep, at("2010-02-20", 10)).progress()).isEqualByComparingTo("1");
        assertThat(IndicatorProgress.of(keep, at("2010-02-20", 9)).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(IndicatorProgress.of(keep, at("2010-02-20", 9)).progress()).isEqualByComparingTo("0");
    }

    @Nested
    class GoingDown {

        /** From 100 down to 50 in 100 days: on day 50 the line is at 75. */
        final IndicatorDefinition halve = down("2010-01-01", 100, "2010-04-11", 50);

        @Test
        void aboveTheLineIsBehind() {
            IndicatorProgress progress = IndicatorProgress.of(halve, at("2010-02-20", 80));

            assertThat(progress.expected()).isEqualByComparingTo("75");
            // (80 - 100) / (50 - 100) = 0.4
            assertThat(progress.progress()).isEqualByComparingTo("0.4");
            assertThat(progress.status()).isEqualTo(IndicatorStatus.BEHIND);
        }

        @Test
        void belowTheLineIsOnTrack() {
            IndicatorProgress progress = IndicatorProgress.of(halve, at("2010-02-20", 70));

            assertThat(progress.progress()).isEqualByComparingTo("0.6");
            assertThat(progress.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        }

        @Test
        void atOrBelowTheTargetIsAchievedAndClampedToFull() {
            assertThat(IndicatorProgress.of(halve, at("2010-02-20", 50)).status()).isEqualTo(IndicatorStatus.ACHIEVED);
            IndicatorProgress beyond = IndicatorProgress.of(halve, at("2010-02-20", 45));
            // (45 - 100) / (50 - 100) = 1.1, shown as 1.
            assertThat(beyond.progress()).isEqualByComparingTo("1");
            assertThat(beyond.status()).isEqualTo(IndicatorStatus.ACHIEVED);
        }

        @Test
        void aboveTheBaselineIsNoProgress() {
            IndicatorProgress progress = IndicatorProgress.of(halve, at("2010-02-20", 110));

            assertThat(progress.progress()).isEqualByComparingTo("0");
            assertThat(progress.status()).isEqualTo(IndicatorStatus.BEHIND);
        }

        /**
         * Early school leavers: 40 % at the start of 2011, 30 % by 31 Dec 2011, 20 % by 31 Dec 2012.
         * On 1 Jul 2012, 183 of 366 days from the first target to the second: the line is at 25.
         */
        @Test
        void withTwoTargetsTheLineRunsFromTheFirstToTheSecond() {
            IndicatorDefinition leavers = down("2011-01-01", 40, "2011-12-31", 30, "2012-12-31", 20);

            IndicatorProgress behind = IndicatorProgress.of(leavers, at("2012-07-01", 26));
            IndicatorProgress onTrack = IndicatorProgress.of(leavers, at("2012-07-01", 24));

            assertThat(behind.expected()).isEqualByComparingTo("25");
            assertThat(behind.status()).isEqualTo(IndicatorStatus.BEHIND);
            // (26 - 40) / (20 - 40) = 0.7: measured from the baseline, towards the next target
            assertThat(behind.progress()).isEqualByComparingTo("0.7");
            assertThat(onTrack.status()).isEqualTo(IndicatorStatus.ON_TRACK);
            assertThat(onTrack.progress()).isEqualByComparingTo("0.8");
        }
    }

    @Nested
    class SeveralTargets {

        /** 100 by 11 Apr 2010, 300 by 20 Jul 2010. */
        final IndicatorDefinition twoSteps = up("2010-01-01", 0, "2010-04-11", 100, "2010-07-20", 300);

        @Test
        void beforeTheFirstTargetTheLineRunsFromTheBaseline() {
            IndicatorProgress progress = IndicatorProgress.of(twoSteps, at("2010-02-20", 40));

            assertThat(progress.nextTarget()).isEqualTo(at("2010-04-11", 100));
            assertThat(progress.expected()).isEqualByComparingTo("50");
            assertThat(progress.progress()).isEqualByComparingTo("0.4");
            assertThat(progress.status()).isEqualTo(IndicatorStatus.BEHIND);
        }

        @Test
        void onTheFirstTargetsDayThatTargetStillCountsAndReachingItIsNotYetAchieved() {
            IndicatorProgress progress = IndicatorProgress.of(twoSteps, at("2010-04-11", 100));

            assertThat(progress.nextTarget()).isEqualTo(at("2010-04-11", 100));
            assertThat(progress.expected()).isEqualByComparingTo("100");
            assertThat(progress.progress()).isEqualByComparingTo("1");
            assertThat(progress.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        }

        @Test
        void betweenTargetsTheLineRunsFromThePreviousTarget() {
            // 50 of 100 days from 100 to 300: expected 200.
            IndicatorProgress behind = IndicatorProgress.of(twoSteps, at("2010-05-31", 180));
            IndicatorProgress ahead = IndicatorProgress.of(twoSteps, at("2010-05-31", 250));

            assertThat(behind.expected()).isEqualByComparingTo("200");
            assertThat(behind.progress()).isEqualByComparingTo("0.6");
            assertThat(behind.status()).isEqualTo(IndicatorStatus.BEHIND);
            assertThat(ahead.progress()).isEqualByComparingTo("0.8333");
            assertThat(ahead.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        }

        @Test
        void afterTheLastTargetTheLineStaysAtIt() {
            IndicatorProgress shortOf = IndicatorProgress.of(twoSteps, at("2010-09-01", 290));
            IndicatorProgress beyond = IndicatorProgress.of(twoSteps, at("2010-09-01", 310));

            assertThat(shortOf.nextTarget()).isEqualTo(at("2010-07-20", 300));
            assertThat(shortOf.expected()).isEqualByComparingTo("300");
            assertThat(shortOf.progress()).isEqualByComparingTo("0.9667");
            assertThat(shortOf.status()).isEqualTo(IndicatorStatus.BEHIND);
            assertThat(beyond.status()).isEqualTo(IndicatorStatus.ACHIEVED);
            assertThat(beyond.progress()).isEqualByComparingTo(BigDecimal.ONE);
        }

        @Test
        void theLastTargetReachedEarlyIsAchieved() {
            assertThat(IndicatorProgress.of(twoSteps, at("2010-02-20", 300)).status())
                    .isEqualTo(IndicatorStatus.ACHIEVED);
        }
    }
}
