package org.citybridge.web.organise;

import java.util.Map;

/** A session to add to a congress, as typed: its title per language, times, room and places. */
public record SessionForm(String titleNl, String titleDe, String titleEn, String startsAt, String endsAt,
        String room, String capacity) {

    static SessionForm empty() {
        return new SessionForm("", "", "", "", "", "", "");
    }

    Map<String, String> title() {
        return CongressForm.languages(titleNl, titleDe, titleEn);
    }
}
