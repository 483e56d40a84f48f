package org.citybridge.gateway.ratelimit;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of addresses written as {@code 127.0.0.0/8} or {@code ::1/128} (a bare address is the block of one).
 * IPv4-mapped IPv6 addresses ({@code ::ffff:127.0.0.1}, as a dual-stack socket reports an IPv4 peer) count as
 * the IPv4 address they carry.
 */
record AddressRange(byte[] network, int prefixBits) {

    static AddressRange parse(String text) {
        String value = text.trim();
        int slash = value.indexOf('/');
        String literal = slash < 0 ? value : value.substring(0, slash);
        InetAddress address = ClientAddresses.parseLiteral(literal);
        if (address == null) {
            throw new IllegalArgumentException("not an address or address/prefix: " + text);
        }
        byte[] bytes = plain(address);
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(value.substring(slash + 1));
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an address or address/prefix: " + text, e);
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + text);
            }
        }
        return new AddressRange(bytes, bits);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = plain(address);
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefixBits / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    private static byte[] plain(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isMappedIpv4(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    @Override
    public String toString() {
        return ClientAddresses.describe(network) + "/" + prefixBits;
    }
}
