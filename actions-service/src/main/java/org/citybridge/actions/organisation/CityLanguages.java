package org.citybridge.actions.organisation;

import java.util.List;

/** The languages each member city writes in, as organisations-service announced them; its first is its own. */
public interface CityLanguages {

    /** Empty for a city not (yet) announced. */
    List<String> languagesOf(String municipality);
}
