package org.citybridge.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may call this route, without a token: public pages (a published pact's signatories, a
 * congress's registration). The handler decides what an anonymous caller sees, through the caller's
 * scope. The gateway must list the route among its public endpoints too, or it refuses anonymous
 * requests before they get here.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicRoute {
}
