package org.citybridge.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests the gateway lets through, per client, before answering 429. Buckets live in this
 * gateway's memory, so with several gateway instances each one allows the full rate.
 * <p>
 * A JavaBean rather than a record like the other properties: each policy has its own defaults, and an
 * operator who sets only {@code anonymous-write.burst} must keep that policy's other defaults, which
 * binding onto pre-filled objects gives and a record's constructor binding would not.
 */
@Validated
@ConfigurationProperties("citybridge.gateway.rate-limits")
public class RateLimitProperties {

    /** Off only where something in front of the gateway already limits. */
    private boolean enabled = true;

    /**
     * Key anonymous callers by X-Forwarded-For instead of the connection's address. Off by default:
     * without a proxy in front that sets the header, any client can write whatever it likes there.
     */
    private boolean trustForwardedFor = false;

    /**
     * How many proxies in front of the gateway append to X-Forwarded-For; the client is the entry that many
     * places from the right. Entries further left were written by the client and are ignored.
     */
    @Min(1)
    private int trustedProxies = 1;

    /**
     * Peers whose last X-Forwarded-For entry names the client: the web pages, which call the API on behalf of the
     * browser they serve. Address blocks ({@code 127.0.0.0/8}, {@code ::1/128}, {@code 10.1.2.3}); loopback by
     * default, where the launcher runs the web beside the gateway. Empty: no forwarder is trusted.
     */
    @NotNull
    private List<String> trustedForwarders = new ArrayList<>(List.of("127.0.0.0/8", "::1/128"));

    /**
     * Most clients tracked at once per policy; the least useful buckets are dropped beyond it. About 300 bytes
     * each, so the default costs at most ~12 MB over the four policies.
     */
    @Min(1)
    private long maxClients = 10_000;

    /**
     * How often the refused requests (429) are written to the log, as one WARN line per client address: a flood
     * must not write a line per request.
     */
    @NotNull
    @DurationMin(seconds = 1)
    private Duration refusalLogInterval = Duration.ofMinutes(1);

    /** Identity's endpoints where passwords and codes are tried; limited by the identity policy. */
    @NotEmpty
    private List<String> identityPaths = new ArrayList<>(List.of("/login", "/oauth2/token"));

    /** Anonymous reads (GET, HEAD, ...) of public endpoints and identity's other pages, per client address. */
    @Valid
    @NotNull
    private Policy anonymousRead = new Policy(20, Duration.ofSeconds(1), 40);

    /** Anonymous writes to public endpoints (congress registration), per client address. */
    @Valid
    @NotNull
    private Policy anonymousWrite = new Policy(10, Duration.ofMinutes(1), 10);

    /** Requests with a valid access token, per token subject ({@code sub}), whatever the address. */
    @Valid
    @NotNull
    private Policy authenticated = new Policy(50, Duration.ofSeconds(1), 100);

    /** Requests to {@link #identityPaths}, per client address: slows password guessing. */
    @Valid
    @NotNull
    private Policy identity = new Policy(10, Duration.ofSeconds(1), 20);

    /** The web pages and their static files (every path outside /api and identity's), per client address. */
    @Valid
    @NotNull
    private Policy pages = new Policy(50, Duration.ofSeconds(1), 100);

    public Policy getPages() {
        return pages;
    }

    public void setPages(Policy pages) {
        this.pages = pages;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isTrustForwardedFor() {
        return trustForwardedFor;
    }

    public void setTrustForwardedFor(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public int getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(int trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public List<String> getTrustedForwarders() {
        return trustedForwarders;
    }

    public void setTrustedForwarders(List<String> trustedForwarders) {
        this.trustedForwarders = trustedForwarders;
    }

    /** {@link #trustedForwarders} parsed; an entry that is no address block fails the start. */
    List<AddressRange> trustedForwarderRanges() {
        return trustedForwarders.stream().filter(entry -> entry != null && !entry.isBlank())
                .map(AddressRange::parse).toList();
    }

    public long getMaxClients() {
        return maxClients;
    }

    public void setMaxClients(long maxClients) {
        this.maxClients = maxClients;
    }

    public Duration getRefusalLogInterval() {
        return refusalLogInterval;
    }

    public void setRefusalLogInterval(Duration refusalLogInterval) {
        this.refusalLogInterval = refusalLogInterval;
    }

    public List<String> getIdentityPaths() {
        return identityPaths;
    }

    public void setIdentityPaths(List<String> identityPaths) {
        this.identityPaths = identityPaths;
    }

    public Policy getAnonymousRead() {
        return anonymousRead;
    }

    public void setAnonymousRead(Policy anonymousRead) {
        this.anonymousRead = anonymousRead;
    }

    public Policy getAnonymousWrite() {
        return anonymousWrite;
    }

    public void setAnonymousWrite(Policy anonymousWrite) {
        this.anonymousWrite = anonymousWrite;
    }

    public Policy getAuthenticated() {
        return authenticated;
    }

    public void setAuthenticated(Policy authenticated) {
        this.authenticated = authenticated;
    }

    public Policy getIdentity() {
        return identity;
    }

    public void setIdentity(Policy identity) {
        this.identity = identity;
    }

    /**
     * A token bucket: holds up to {@code burst} requests and refills at {@code requests} per {@code per},
     * continuously. A client that has been quiet can send {@code burst} at once, then the steady rate.
     */
    public static class Policy {

        @Min(1)
        private long requests;

        @NotNull
        @DurationMin(nanos = 1)
        private Duration per;

        @Min(1)
        private long burst;

        public Policy() {
        }

        public Policy(long requests, Duration per, long burst) {
            this.requests = requests;
            this.per = per;
            this.burst = burst;
        }

        public long getRequests() {
            return requests;
        }

        public void setRequests(long requests) {
            this.requests = requests;
        }

        public Duration getPer() {
            return per;
        }

        public void setPer(Duration per) {
            this.per = per;
        }

        public long getBurst() {
            return burst;
        }

        public void setBurst(long burst) {
            this.burst = burst;
        }

        @Override
        public String toString() {
            return requests + " per " + per + ", burst " + burst;
        }
    }
}
