package org.citybridge.web.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registration form as the person filled it in; shown again with their values when the API refused it.
 * {@code idempotencyKey} is new each time the form is shown: a double click or a resent POST registers once,
 * a corrected form is a new request.
 */
public class RegistrationForm {

    private String name;
    private String email;
    private String organisation;
    private String municipality;
    private String language;
    private List<String> sessions = new ArrayList<>();
    private String dietaryNeeds;
    private String accessibilityNeeds;
    private boolean consentToList;
    private String idempotencyKey = UUID.randomUUID().toString();

    /** The body of {@code POST /api/congresses/{id}/registrations}; blank fields are left out. */
    Map<String, Object> toApi() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", trimmed(name));
        body.put("email", trimmed(email));
        putIfPresent(body, "organisation", organisation);
        putIfPresent(body, "municipality", municipality);
        putIfPresent(body, "language", language);
        body.put("sessions", sessions == null ? List.of() : sessions);
        putIfPresent(body, "dietaryNeeds", dietaryNeeds);
        putIfPresent(body, "accessibilityNeeds", accessibilityNeeds);
        body.put("consentToList", consentToList);
        return body;
    }

    void newAttempt() {
        idempotencyKey = UUID.randomUUID().toString();
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        String trimmed = trimmed(value);
        if (trimmed != null && !trimmed.isEmpty()) {
            body.put(field, trimmed);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    public boolean chose(String sessionId) {
        return sessions != null && sessions.contains(sessionId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getSessions() {
        return sessions;
    }

    public void setSessions(List<String> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : new ArrayList<>(sessions);
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        this.dietaryNeeds = dietaryNeeds;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public boolean isConsentToList() {
        return consentToList;
    }

    public void setConsentToList(boolean consentToList) {
        this.consentToList = consentToList;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
