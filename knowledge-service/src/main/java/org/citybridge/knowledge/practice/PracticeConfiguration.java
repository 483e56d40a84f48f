package org.citybridge.knowledge.practice;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeConfiguration {

    /** No bridge groups until the bridge-group feature declares its own {@link GroupMemberships} bean. */
    @Bean
    @ConditionalOnMissingBean(GroupMemberships.class)
    GroupMemberships noGroupMemberships() {
        return municipality -> Set.of();
    }
}
