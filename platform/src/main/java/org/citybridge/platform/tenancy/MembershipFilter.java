package org.citybridge.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a valid token whose municipality is not (yet) a member of the network: an identity
 * provider shared with others must not open CityBridge to cities that never joined.
 */
public class MembershipFilter extends OncePerRequestFilter {

    private final Membership membership;
    private final CallerFactory callers;
    private final ProblemResponses problems;

    public MembershipFilter(Membership membership, CallerFactory callers, ProblemResponses problems) {
        this.membership = membership;
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            String municipality = callers.fromJwt(jwt.getToken()).municipality();
            if (municipality != null && !membership.isMember(municipality)) {
                problems.write(request, response, HttpStatus.FORBIDDEN,
                        "Municipality '" + municipality + "' is not a member of the CityBridge network.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
