package org.citybridge.actions.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for overdue indicators every hour ({@code citybridge.indicators.overdue-check.every}). Checking
 * more often than the shortest interval (a month) costs little and announces nothing twice: each
 * indicator remembers the period it announced. The first check waits a while after start-up
 * ({@code first-after}), so that a test run or a restart does not sweep before anyone asked;
 * {@code enabled: false} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "citybridge.indicators.overdue-check.enabled", havingValue = "true",
        matchIfMissing = true)
class OverdueCheckSchedule {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheckSchedule.class);

    private final IndicatorService indicators;

    OverdueCheckSchedule(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Scheduled(fixedDelayString = "${citybridge.indicators.overdue-check.every:PT1H}",
            initialDelayString = "${citybridge.indicators.overdue-check.first-after:PT15M}")
    void check() {
        int announced = indicators.announceOverdue(indicators.today());
        if (announced > 0) {
            log.info("{} indicator(s) newly overdue", announced);
        }
    }
}
