package org.citybridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

class RouteDeclarationsTest {

    @Test
    void aServiceWithAnUndeclaredRouteDoesNotStartAndSaysWhichRoute() {
        assertThatThrownBy(() -> start(Forgetful.class)).hasMessageContaining("GET /forgotten")
                .hasMessageNotContaining("/declared");
    }

    @Test
    void aMethodsOwnDeclarationWinsOverItsControllers() {
        try (AnnotationConfigWebApplicationContext context = start(OfficersByDefault.class)) {
            assertThat(RouteDeclarations.routes(context)).extracting(Object::toString, RouteDeclarations.Route::access)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("GET /inherited", RouteAccess.of(Role.OFFICER)),
                            org.assertj.core.groups.Tuple.tuple("POST /own", RouteAccess.of(Role.ADMIN)),
                            org.assertj.core.groups.Tuple.tuple("GET /open", RouteAccess.publicRoute()));
        }
    }

    @Test
    void aDeclarationAdmitsAnyOfItsRolesAndNothingElse() {
        RouteAccess officersOrOrganisers = RouteAccess.of(Role.OFFICER, Role.ORGANISER);

        assertThat(officersOrOrganisers.admits(caller(Role.ORGANISER))).isTrue();
        assertThat(officersOrOrganisers.admits(caller(Role.OFFICER, Role.ADMIN))).isTrue();
        assertThat(officersOrOrganisers.admits(caller(Role.ADMIN))).isFalse();
        assertThat(officersOrOrganisers.admits(caller())).isFalse();
        assertThat(officersOrOrganisers.admits(Caller.anonymous())).isFalse();
        assertThat(RouteAccess.publicRoute().admits(Caller.anonymous())).isTrue();
    }

    private static Caller caller(Role... roles) {
        return new Caller("someone", "almelo", Set.of(roles));
    }

    private static AnnotationConfigWebApplicationContext start(Class<?> controller) {
        AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
        context.register(Mvc.class, controller);
        context.setServletContext(new MockServletContext());
        context.refresh();
        return context;
    }

    @Configuration
    @EnableWebMvc
    static class Mvc {
        /** The same check the platform's auto-configuration registers. */
        @Bean
        SmartInitializingSingleton routeDeclarationCheck(ApplicationContext context) {
            return () -> RouteDeclarations.verify(context);
        }
    }

    @RestController
    static class Forgetful {
        @GetMapping("/forgotten")
        String forgotten() {
            return "nobody said who may call this";
        }

        @GetMapping("/declared")
        @PublicRoute
        String declared() {
            return "anyone";
        }
    }

    @RestController
    @Allowed(Role.OFFICER)
    static class OfficersByDefault {
        @GetMapping("/inherited")
        String inherited() {
            return "officers";
        }

        @PostMapping("/own")
        @Allowed(Role.ADMIN)
        String own() {
            return "the admin";
        }

        @GetMapping("/open")
        @PublicRoute
        String open() {
            return "anyone";
        }
    }
}
