package org.citybridge.platform.tenancy;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param foundingMembers municipalities that form the network from the start; later ones join at
 *                        runtime through the membership event
 * @param membershipTopic the topic that announces new members
 * @param membershipEvent the versioned type of the event that announces one; its envelope's
 *                        {@code municipality} is the new member
 */
@ConfigurationProperties("citybridge.tenancy")
public record TenancyProperties(Set<String> foundingMembers, String membershipTopic, String membershipEvent) {

    public TenancyProperties {
        foundingMembers = foundingMembers == null ? Set.of() : Set.copyOf(foundingMembers);
    }
}
