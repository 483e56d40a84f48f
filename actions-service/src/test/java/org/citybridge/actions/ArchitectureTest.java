package org.citybridge.actions;

import org.citybridge.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform's rules (stores, tenancy, messaging one way, no HTTP in the domain) hold in this service. */
class ArchitectureTest {

    @Test
    void followsThePlatformRules() {
        ArchitectureRules.check("org.citybridge.actions");
    }
}
