package org.citybridge.web.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The measurement form's fields, passed on as the API's body (which judges them: dates, digits). */
public record MeasurementForm(String date, String value, String source, String note) {

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", blank(date) ? null : date.strip());
        body.put("value", blank(value) ? null : value.strip().replace(',', '.'));
        body.put("source", blank(source) ? null : source.strip());
        body.put("note", blank(note) ? null : note.strip());
        return body;
    }

    /** A number as people write it here: 12, 12.5 or 12,5 (the API would only say its body is unreadable). */
    boolean valueIsNumber() {
        if (blank(value)) {
            return true;
        }
        try {
            new java.math.BigDecimal(value.strip().replace(',', '.'));
            return true;
        }
        catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
