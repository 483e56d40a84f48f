package org.citybridge.knowledge.practice.search;

import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class PracticeSearchConfiguration {

    @Bean(destroyMethod = "close")
    PracticeIndex practiceIndex(PracticeService practices, ThemeVocabulary themes, SearchProperties properties) {
        return new PracticeIndex(practices, themes, properties);
    }

    /**
     * Rebuilt once every bean exists and before the Kafka listeners start, so that the index listener
     * replays the events from the rebuild's start ({@link PracticeIndexListener}).
     */
    @Bean
    SmartInitializingSingleton rebuildPracticeIndex(PracticeIndex index) {
        return index::rebuild;
    }
}
