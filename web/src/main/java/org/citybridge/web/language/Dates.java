package org.citybridge.web.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader writes them ("31 december 2026, 09:00", "31. Dezember 2026, 09:00"), in the
 * network's time zone: the API speaks UTC instants, people do not. Templates: {@code ${@dates.dateTime(c.startsAt)}}.
 */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    Dates(@Value("${citybridge.web.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.zone = zone;
    }

    /** The date as the reader writes it, the time on the 24-hour clock in every language (the network's own). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + ", " + time(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
    }

    public ZoneId zone() {
        return zone;
    }
}
