package org.citybridge.events.registration;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Passes on offered places nobody accepted in time. Every instance may run it: an offer that expires
 * is a conditional save, so two sweeps never pass one place on twice.
 */
@Component
class OfferSweep {

    private static final Logger log = LoggerFactory.getLogger(OfferSweep.class);

    private final RegistrationService registrations;
    private final Clock clock;

    OfferSweep(RegistrationService registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${citybridge.events.offer-sweep.interval:PT1M}",
            fixedDelayString = "${citybridge.events.offer-sweep.interval:PT1M}")
    void run() {
        try {
            int expired = registrations.expireOffersDue(clock.instant());
            if (expired > 0) {
                log.info("{} offered places were not accepted in time and passed on", expired);
            }
        } catch (RuntimeException e) {
            log.warn("Offer sweep failed; the next run tries again: {}", e.toString());
        }
    }
}
