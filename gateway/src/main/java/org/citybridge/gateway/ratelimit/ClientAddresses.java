package org.citybridge.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.StringUtils;

/**
 * Which client an anonymous request counts against: the connection's address; for a request from a trusted
 * forwarder (the web pages, which call the API for the browser they serve and name its address as the last
 * {@code X-Forwarded-For} entry; loopback by default) that entry; or with {@code trust-forwarded-for} the
 * address the trusted proxy in front of the gateway saw.
 * <p>
 * Not Spring Cloud Gateway's XForwardedRemoteAddressResolver: it hands each entry to
 * {@code new InetSocketAddress(String, int)}, which looks up a host name in DNS, on the event loop, for
 * whatever a client wrote. Here only address literals count and nothing is ever looked up.
 */
final class ClientAddresses {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    /** Requests without a peer address (not over TCP) share one bucket rather than escaping the limit. */
    static final String UNKNOWN = "unknown";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    // Starts with a hex digit or a colon and has a colon: InetAddress.getByName then only parses, see below.
    private static final Pattern IPV6 = Pattern.compile("(?=[^:]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    /** One subscriber usually gets a whole IPv6 /64, so per-address buckets there would be no limit at all. */
    private static final int IPV6_PREFIX_BYTES = 8;

    private final boolean trustForwardedFor;
    private final int trustedProxies;
    private final List<AddressRange> trustedForwarders;

    ClientAddresses(boolean trustForwardedFor, int trustedProxies) {
        this(trustForwardedFor, trustedProxies, List.of());
    }

    ClientAddresses(boolean trustForwardedFor, int trustedProxies, List<AddressRange> trustedForwarders) {
        this.trustForwardedFor = trustForwardedFor;
        this.trustedProxies = trustedProxies;
        this.trustedForwarders = List.copyOf(trustedForwarders);
    }

    String clientOf(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer != null && trustedForwarders.stream().anyMatch(range -> range.contains(peer))) {
            // The forwarder wrote the last entry itself; what stands left of it came from further away.
            InetAddress forwarded = forwardedFor(request, 1);
            if (forwarded != null) {
                return key(forwarded);
            }
        }
        else if (trustForwardedFor) {
            InetAddress forwarded = forwardedFor(request, trustedProxies);
            if (forwarded != null) {
                return key(forwarded);
            }
        }
        return peer == null ? UNKNOWN : key(peer);
    }

    // Each proxy appends the address it received the request from, so the last entries are the trusted ones;
    // a client can only add entries on the left. A missing or unreadable entry falls back to the peer
    // (the proxy), which errs towards limiting too much rather than letting a forged value through.
    private static InetAddress forwardedFor(ServerHttpRequest request, int fromTheRight) {
        List<String> lines = request.getHeaders().get(X_FORWARDED_FOR);
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        // Several header lines are one comma-separated list (RFC 9110, 5.3), in order.
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            Arrays.stream(StringUtils.tokenizeToStringArray(line, ",")).forEach(entries::add);
        }
        if (entries.isEmpty()) {
            return null;
        }
        return parseLiteral(entries.get(Math.max(0, entries.size() - fromTheRight)));
    }

    /** An IPv4 or IPv6 address literal (an optional port is allowed), or null; never a DNS lookup. */
    static InetAddress parseLiteral(String entry) {
        String value = entry.trim();
        Matcher v4 = IPV4.matcher(value);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return byAddress(bytes);
        }
        Matcher bracketed = BRACKETED_IPV6.matcher(value);
        String v6 = bracketed.matches() ? bracketed.group(1) : value;
        // Starting with a hex digit or colon and holding a colon, InetAddress.getByName parses it as an IPv6
        // literal and fails rather than resolving it as a name.
        if (IPV6.matcher(v6).matches()) {
            try {
                return InetAddress.getByName(v6);
            }
            catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, IPV6_PREFIX_BYTES, 16, (byte) 0);
            InetAddress network = byAddress(prefix);
            return network == null ? UNKNOWN : network.getHostAddress() + "/64";
        }
        return address.getHostAddress();
    }

    /** An address's usual text, for messages. */
    static String describe(byte[] bytes) {
        InetAddress address = byAddress(bytes);
        return address == null ? "?" : address.getHostAddress();
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        }
        catch (UnknownHostException e) {
            return null;
        }
    }
}
