package org.citybridge.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * A route's declaration of who may call it, read from {@link Allowed} or {@link PublicRoute} on the
 * handler method or, failing that, on its controller.
 *
 * @param isPublic whether anonymous callers may call it
 * @param roles    the roles accepted when it is not public (at least one)
 */
public record RouteAccess(boolean isPublic, Set<Role> roles) {

    public static RouteAccess publicRoute() {
        return new RouteAccess(true, Set.of());
    }

    public static RouteAccess of(Role... roles) {
        return new RouteAccess(false, roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles)));
    }

    /** The declaration of a handler, or empty when it has none. A handler that says both is refused. */
    public static Optional<RouteAccess> declaredOn(HandlerMethod handler) {
        Optional<RouteAccess> own = declaredOn(handler.getMethod());
        return own.isPresent() ? own : declaredOn(handler.getBeanType());
    }

    private static Optional<RouteAccess> declaredOn(java.lang.reflect.AnnotatedElement element) {
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(element, Allowed.class);
        boolean isPublic = AnnotatedElementUtils.hasAnnotation(element, PublicRoute.class);
        if (allowed != null && isPublic) {
            throw new IllegalStateException(element + " is declared both @Allowed and @PublicRoute");
        }
        if (allowed != null && allowed.value().length == 0) {
            throw new IllegalStateException(element + " declares @Allowed without a role; use @PublicRoute or name one");
        }
        return isPublic ? Optional.of(publicRoute())
                : Optional.ofNullable(allowed).map(declared -> of(declared.value()));
    }

    public boolean admits(Caller caller) {
        return isPublic || caller.hasAnyRole(roles);
    }
}
