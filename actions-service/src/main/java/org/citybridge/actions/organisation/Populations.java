package org.citybridge.actions.organisation;

import java.util.OptionalLong;

/** Each member city's number of inhabitants, as organisations-service announced it (for per-capita figures). */
public interface Populations {

    OptionalLong of(String municipality);
}
