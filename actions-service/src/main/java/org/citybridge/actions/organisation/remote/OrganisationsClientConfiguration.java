package org.citybridge.actions.organisation.remote;

import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = OrganisationsClient.class)
class OrganisationsClientConfiguration {

    /**
     * One circuit breaker per service called, named as its Feign client ({@code organisations}), instead
     * of OpenFeign's default of one per method with a generated name: when organisations-service is
     * down, it is down for every method, and a plain name can be configured in application.yml.
     */
    @Bean
    CircuitBreakerNameResolver circuitBreakerPerService() {
        return (feignClientName, target, method) -> feignClientName;
    }
}
