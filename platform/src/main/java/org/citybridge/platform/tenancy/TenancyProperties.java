package org.citybridge.platform.tenancy;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param foundingMembers municipalities that form the network from the start; later ones join at
 *                        runtime through {@code municipality.joined.v1}
 */
@ConfigurationProperties("citybridge.tenancy")
public record TenancyProperties(Set<String> foundingMembers) {

    public TenancyProperties {
        foundingMembers = foundingMembers == null ? Set.of() : Set.copyOf(foundingMembers);
    }
}
