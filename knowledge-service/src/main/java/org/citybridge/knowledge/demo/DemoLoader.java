package org.citybridge.knowledge.demo;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data when {@code citybridge.demo.enabled} is set, in the one order that works: the
 * practices first, then the bridge groups, studies, questions and the handbook, whose first edition
 * quotes practices and is published at load (publishing copies their texts in).
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final KnowledgeDemoData practices;
    private final ExchangeDemoData exchange;

    DemoLoader(KnowledgeDemoData practices, ExchangeDemoData exchange) {
        this.practices = practices;
        this.exchange = exchange;
    }

    @Override
    public void run(ApplicationArguments args) {
        practices.load();
        log.info("Demo data: {}", exchange.load().stream().map(ExchangeDemoData.Tally::toString)
                .collect(Collectors.joining("; ")));
    }
}
