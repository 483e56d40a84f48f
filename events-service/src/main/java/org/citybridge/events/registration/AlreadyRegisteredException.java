package org.citybridge.events.registration;

import java.util.Map;

import org.citybridge.platform.domain.ConflictException;

/** The email already holds a registration for this congress: the answer names it instead of adding a second. */
public class AlreadyRegisteredException extends ConflictException {

    private final String code;

    AlreadyRegisteredException(String code) {
        super("This email address is already registered for the congress (registration " + code
                + "); use the link in its confirmation mail to view, change or cancel it.", "Already registered",
                Map.of("code", code, "registration", "/api/registrations/" + code));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
