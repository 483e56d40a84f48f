package org.citybridge.platform.web;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * Nothing a client sends is a 500, and no body is read whole before its size is known: the
 * filters, handlers and Tomcat valve that make it so, in front of everything else a service runs.
 */
@Configuration(proxyBeanMethods = false)
public class WebHardening {

    /** Default {@code citybridge.web.max-body-size}: JSON bodies are forms, not files. */
    static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(1); // Spring counts MB in 1024s: 1 MiB

    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(ProblemResponses problems) {
        FilterRegistrationBean<MalformedRequestFilter> registration =
                new FilterRegistrationBean<>(new MalformedRequestFilter(problems));
        // Right after the request id, before anything (security included) parses parameters or headers.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemResponses problems,
            Environment environment) {
        DataSize limit = environment.getProperty("citybridge.web.max-body-size", DataSize.class,
                DEFAULT_MAX_BODY_SIZE);
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), problems));
        // Before security and the idempotency filter, which reads bodies to hash them.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    ErrorPages errorPages(ProblemResponses problems) {
        return new ErrorPages(problems);
    }

    @Bean
    FilterRegistrationBean<ErrorPages> errorPagesFilter(ErrorPages errorPages, Environment environment) {
        String path = environment.getProperty("server.error.path", "/error");
        FilterRegistrationBean<ErrorPages> registration = new FilterRegistrationBean<>(errorPages);
        registration.addUrlPatterns(path, path + "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        // Before security, which would otherwise ask an anonymous error dispatch for a token.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    RequestRejectedHandler rejectedRequests(ProblemResponses problems) {
        return new RejectedRequests(problems);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ProblemResponses problems) {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    // The host adds a valve of this class only when its pipeline has none yet.
                    host.getPipeline().addValve(new ProblemReportValve(problems));
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }
    }
}
