package org.citybridge.knowledge.practice.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDirectory where this instance keeps its index; blank (the default) keeps it in memory.
 *                       Either way it is rebuilt from MongoDB on start, so one instance's directory
 *                       must never be another's.
 * @param maxWindow      how deep pages go: page × size must stay below it
 */
@ConfigurationProperties("citybridge.knowledge.search")
public record SearchProperties(String indexDirectory, Integer maxWindow) {

    public SearchProperties {
        maxWindow = maxWindow == null ? 10_000 : maxWindow;
    }
}
