package org.citybridge.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.citybridge.platform.tenancy.Role;

/**
 * Who may call a route: a caller with a valid token and at least one of these roles. Anyone else gets
 * 403 (401 without a token) before the handler runs. Put it on the handler method, or on the
 * controller for all its methods; a method's own declaration wins. Every route declares this or
 * {@link PublicRoute}: a service with an undeclared route does not start.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {

    Role[] value();
}
