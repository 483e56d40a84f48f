package org.citybridge.platform.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.citybridge.platform.deadletter.DeadLetterController;
import org.citybridge.platform.deadletter.DeadLetters;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.health.MongoOutageFilter;
import org.citybridge.platform.health.MongoPingHealthIndicator;
import org.citybridge.platform.inbox.ConsumerRetryProperties;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.inbox.TransientFailures;
import org.citybridge.platform.openapi.ApiDocumentation;
import org.citybridge.platform.outbox.OutboxAdmin;
import org.citybridge.platform.outbox.OutboxAdminController;
import org.citybridge.platform.outbox.OutboxHealthIndicator;
import org.citybridge.platform.outbox.OutboxProperties;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.security.RouteAccessInterceptor;
import org.citybridge.platform.security.RouteDeclarations;
import org.citybridge.platform.security.SecurityProperties;
import org.citybridge.platform.security.ServiceSecurityConfiguration;
import org.citybridge.platform.store.AggregateRoot;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.EventTranslation;
import org.citybridge.platform.tenancy.CallerArgumentResolver;
import org.citybridge.platform.tenancy.CallerFactory;
import org.citybridge.platform.tenancy.Membership;
import org.citybridge.platform.tenancy.MembershipListener;
import org.citybridge.platform.tenancy.TenancyProperties;
import org.citybridge.platform.web.ProblemHandler;
import org.citybridge.platform.web.ProblemResponses;
import org.citybridge.platform.web.RequestId;
import org.citybridge.platform.web.RequestIdFilter;
import org.citybridge.platform.web.WebHardening;
import org.slf4j.MDC;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;

import tools.jackson.databind.json.JsonMapper;

/** Wires the platform into every service that has it on its classpath. */
// Before the resource server's, which then uses the platform's JwtDecoder instead of defining its own.
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
        before = OAuth2ResourceServerAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, SecurityProperties.class, TenancyProperties.class,
        ConsumerRetryProperties.class, MongoTimeouts.class})
@Import({ServiceSecurityConfiguration.class, ProblemHandler.class, WebHardening.class})
public class PlatformAutoConfiguration {

    @Bean
    CallerFactory callerFactory(SecurityProperties properties) {
        return new CallerFactory(properties);
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    @Bean
    WebMvcConfigurer callerArgumentAndRouteAccess(CallerFactory callers, ProblemResponses problems) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(callers));
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RouteAccessInterceptor(callers, problems));
            }
        };
    }

    @Bean
    OpenAPI apiDocument(Environment environment) {
        return ApiDocumentation.openApi(environment.getProperty("spring.application.name", "service"));
    }

    @Bean
    OperationCustomizer routeDeclarationsInTheApiDocument() {
        return ApiDocumentation.routeDeclarations();
    }

    /** A route that declares nobody would be refused to everyone at run time; better not to start at all. */
    @Bean
    SmartInitializingSingleton routeDeclarationCheck(ApplicationContext context) {
        return () -> RouteDeclarations.verify(context);
    }

    @Bean
    AggregateStores aggregateStores(MongoTemplate mongo, ObjectProvider<EventTranslation<?>> translations,
            ObjectProvider<OutboxRelay> relay) {
        return new AggregateStores(mongo, translations, relay);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // Before security, so that 401 and 403 answers carry the request id too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Around the security filters, whose MongoDB failures would otherwise be the container's 500. */
    @Bean
    FilterRegistrationBean<MongoOutageFilter> mongoOutageFilter(ProblemResponses problems) {
        FilterRegistrationBean<MongoOutageFilter> registration = new FilterRegistrationBean<>(
                new MongoOutageFilter(problems));
        // Inside the request id filter, so that the 503 carries the request id.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * A request that needs MongoDB while it is away fails within seconds (503, see ProblemHandler)
     * instead of hanging for the driver's default 30 s; health and readiness say DOWN as fast.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer fastMongoFailure(MongoTimeouts timeouts) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(Math.toIntExact(timeouts.connectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                        .readTimeout(Math.toIntExact(timeouts.readTimeout().toMillis()), TimeUnit.MILLISECONDS));
    }

    /** Named like Boot's MongoDB indicator, which then steps aside; shown as "mongo" in /actuator/health. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /** Processed event ids are kept for {@code citybridge.inbox.retention} (default 30 days): the replay window. */
    @Bean
    EventInbox eventInbox(MongoTemplate mongo, Environment environment) {
        EventInbox inbox = new EventInbox(mongo,
                environment.getProperty("citybridge.inbox.retention", Duration.class, Duration.ofDays(30)));
        inbox.prepare();
        return inbox;
    }

    @Bean
    DeadLetters deadLetters(KafkaListenerEndpointRegistry listeners, ConsumerFactory<String, String> consumers,
            MongoTemplate mongo) {
        return new DeadLetters(listeners, consumers, mongo);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    @Bean
    Membership membership(MongoTemplate mongo, TenancyProperties properties) {
        return new Membership(mongo, properties.foundingMembers());
    }

    @Bean
    MembershipListener membershipListener(EventInbox inbox, Membership membership, TenancyProperties properties) {
        return new MembershipListener(inbox, membership, properties.membershipEvent());
    }

    @Bean
    @ConditionalOnProperty("citybridge.outbox.topic")
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            MongoMappingContext mappingContext, ObjectProvider<MeterRegistry> meters) {
        List<String> collections = mappingContext.getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        return new OutboxRelay(mongo, kafka, properties, collections,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnProperty("citybridge.outbox.topic")
    OutboxAdmin outboxAdmin(MongoTemplate mongo, OutboxRelay relay, ObjectProvider<MeterRegistry> meters) {
        OutboxAdmin admin = new OutboxAdmin(mongo, relay);
        meters.ifAvailable(registry -> {
            Gauge.builder("citybridge.outbox.pending", () -> admin.lastStatus().pendingAggregates())
                    .description("Aggregates whose events wait for the relay").register(registry);
            Gauge.builder("citybridge.outbox.parked", () -> admin.lastStatus().parked())
                    .description("Events parked because Kafka refused them for good").register(registry);
        });
        return admin;
    }

    /** Shown as "outbox" in /actuator/health. */
    @Bean
    @ConditionalOnProperty("citybridge.outbox.topic")
    OutboxHealthIndicator outboxHealthIndicator(OutboxAdmin outbox) {
        return new OutboxHealthIndicator(outbox);
    }

    @Bean
    @ConditionalOnProperty("citybridge.outbox.topic")
    OutboxAdminController outboxAdminController(OutboxAdmin outbox) {
        return new OutboxAdminController(outbox);
    }

    @Bean
    @ConditionalOnProperty("citybridge.outbox.topic")
    KafkaAdmin.NewTopics ownTopics(OutboxProperties properties) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(properties.topic()).partitions(3).build(),
                TopicBuilder.name(EventHeaders.deadLetter(properties.topic())).partitions(1).build());
    }

    /**
     * Transient failures (the database or a dependency briefly away) are retried with exponential
     * back-off for minutes, the partition paused meanwhile; anything else goes to the dead-letter
     * topic at once, because it would fail the same way on every retry. Neither blocks the partition
     * for good.
     */
    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> kafka, ConsumerRetryProperties retry,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(EventHeaders.deadLetter(record.topic()), -1));
        // Consumer-aware, so that the dead letter keeps its group header (DeadLetters filters on it).
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) -> {
            registry.counter("citybridge.consumer.dead-letters", "topic", record.topic()).increment();
            publisher.accept(record, consumer, exception);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("consumer-backoff-");
        scheduler.initialize();
        // Pausing instead of sleeping: a back-off of minutes must not make Kafka think the consumer died.
        BackOffHandler pausing = new ContainerPausingBackOffHandler(
                new ListenerContainerPauseService(listeners.getIfAvailable(), scheduler));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff, pausing);
        handler.setRetryListeners((record, exception, attempt) -> registry
                .counter("citybridge.consumer.retries", "topic", record.topic()).increment());
        handler.defaultFalse();
        handler.addRetryableExceptions(TransientFailures.TYPES.toArray(Class[]::new));
        return handler;
    }

    /**
     * Static group membership when the instance has a stable name ({@code citybridge.kafka.instance-id},
     * set by the launcher and the compose file): a consumer restarted after a crash rejoins at once and
     * gets its partitions back, instead of waiting for its old session to expire. Unset (tests, several
     * copies of one context), membership stays dynamic.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer staticGroupMembership(Environment environment) {
        String instance = environment.getProperty("citybridge.kafka.instance-id");
        return factory -> {
            if (instance != null && !instance.isBlank()) {
                factory.updateConfigs(Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance.trim()));
            }
        };
    }

    /** Consumers log with the request id of the HTTP request that caused the event. */
    @Bean
    RecordInterceptor<Object, Object> requestIdFromRecord() {
        return new RecordInterceptor<>() {
            @Override
            public org.apache.kafka.clients.consumer.ConsumerRecord<Object, Object> intercept(
                    org.apache.kafka.clients.consumer.ConsumerRecord<Object, Object> record,
                    org.apache.kafka.clients.consumer.Consumer<Object, Object> consumer) {
                Header header = record.headers().lastHeader(EventHeaders.REQUEST_ID);
                if (header != null) {
                    MDC.put(RequestId.MDC_KEY, new String(header.value(), StandardCharsets.UTF_8));
                }
                return record;
            }

            @Override
            public void afterRecord(org.apache.kafka.clients.consumer.ConsumerRecord<Object, Object> record,
                    org.apache.kafka.clients.consumer.Consumer<Object, Object> consumer) {
                MDC.remove(RequestId.MDC_KEY);
            }
        };
    }
}
