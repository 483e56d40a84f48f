package org.citybridge.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    private static final InetSocketAddress PEER = new InetSocketAddress("192.0.2.1", 40_000);

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(false, 1);

        assertThat(addresses.clientOf(request("203.0.113.7"))).isEqualTo("192.0.2.1");
    }

    @Test
    void withTrustTheEntryTheProxyAddedCounts() {
        ClientAddresses addresses = new ClientAddresses(true, 1);

        assertThat(addresses.clientOf(request("203.0.113.7"))).isEqualTo("203.0.113.7");
        // What the client wrote itself stands on the left; the proxy appended the real address.
        assertThat(addresses.clientOf(request("10.9.9.9, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void withTwoProxiesTheSecondEntryFromTheRightCounts() {
        ClientAddresses addresses = new ClientAddresses(true, 2);

        assertThat(addresses.clientOf(request("10.9.9.9, 203.0.113.7, 198.51.100.2"))).isEqualTo("203.0.113.7");
        assertThat(addresses.clientOf(request("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void severalHeaderLinesAreOneList() {
        MockServerHttpRequest request = MockServerHttpRequest.get("/").remoteAddress(PEER)
                .header(ClientAddresses.X_FORWARDED_FOR, "10.9.9.9")
                .header(ClientAddresses.X_FORWARDED_FOR, "203.0.113.7")
                .build();

        assertThat(new ClientAddresses(true, 1).clientOf(request)).isEqualTo("203.0.113.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "localhost", "cafe", "unknown", "999.1.1.1", "1.2.3", ".:", "1:2", "_hidden", " "})
    void anythingButAnAddressLiteralFallsBackToThePeer(String forwarded) {
        assertThat(new ClientAddresses(true, 1).clientOf(request(forwarded))).isEqualTo("192.0.2.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7:5123          | 203.0.113.7",
            "2001:db8:1:2::5           | 2001:db8:1:2:0:0:0:0/64",
            "[2001:db8:1:2:aa::9]:443  | 2001:db8:1:2:0:0:0:0/64",
            "::ffff:203.0.113.7        | 203.0.113.7"})
    void literalsAreNormalisedAndIpv6IsGroupedBySubscriberNetwork(String forwarded, String client) {
        assertThat(new ClientAddresses(true, 1).clientOf(request(forwarded))).isEqualTo(client);
    }

    @Test
    void theWholeIpv6SlashSixtyFourIsOneClient() {
        ClientAddresses addresses = new ClientAddresses(true, 1);

        assertThat(addresses.clientOf(request("2001:db8:1:2::1")))
                .isEqualTo(addresses.clientOf(request("2001:db8:1:2:ffff:ffff:ffff:ffff")))
                .isNotEqualTo(addresses.clientOf(request("2001:db8:1:3::1")));
    }

    @Test
    void aRequestWithoutPeerAddressStillCountsSomewhere() {
        assertThat(new ClientAddresses(false, 1).clientOf(MockServerHttpRequest.get("/").build()))
                .isEqualTo(ClientAddresses.UNKNOWN);
    }

    private static final List<AddressRange> LOOPBACK = List.of(AddressRange.parse("127.0.0.0/8"),
            AddressRange.parse("::1/128"));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"})
    void aTrustedForwarderNamesTheClientInTheLastEntry(String forwarder) {
        ClientAddresses addresses = new ClientAddresses(false, 1, LOOPBACK);

        assertThat(addresses.clientOf(from(forwarder, "203.0.113.7"))).isEqualTo("203.0.113.7");
        // Whatever stood further left came from further away, and may be the browser's own invention.
        assertThat(addresses.clientOf(from(forwarder, "10.9.9.9, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void visitorsOfThePagesDoNotShareTheForwardersBucket() {
        ClientAddresses addresses = new ClientAddresses(false, 1, LOOPBACK);

        assertThat(addresses.clientOf(from("127.0.0.1", "203.0.113.7")))
                .isNotEqualTo(addresses.clientOf(from("127.0.0.1", "198.51.100.2")))
                .isNotEqualTo(addresses.clientOf(from("127.0.0.1", null)));
    }

    @Test
    void aForwarderWithoutAnAddressLiteralCountsAsItself() {
        ClientAddresses addresses = new ClientAddresses(false, 1, LOOPBACK);

        assertThat(addresses.clientOf(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(addresses.clientOf(from("127.0.0.1", "evil.example"))).isEqualTo("127.0.0.1");
        assertThat(addresses.clientOf(from("127.0.0.1", "203.0.113.7, evil.example"))).isEqualTo("127.0.0.1");
    }

    @Test
    void anyOtherPeerIsNotTrustedForItsHeader() {
        ClientAddresses addresses = new ClientAddresses(false, 1, LOOPBACK);

        assertThat(addresses.clientOf(request("203.0.113.7"))).isEqualTo("192.0.2.1");
        assertThat(addresses.clientOf(from("128.0.0.1", "203.0.113.7"))).isEqualTo("128.0.0.1");
    }

    @Test
    void behindATrustedProxyTheForwarderStillNamesItsOwnClientLast() {
        // trust-forwarded-for with two proxies: requests from the pages still carry one entry, their browser's.
        ClientAddresses addresses = new ClientAddresses(true, 2, LOOPBACK);

        assertThat(addresses.clientOf(from("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.clientOf(request("10.9.9.9, 203.0.113.7, 198.51.100.2"))).isEqualTo("203.0.113.7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/8      | 10.255.1.2       | true",
            "10.0.0.0/8      | 11.0.0.1         | false",
            "172.16.0.0/12   | 172.31.255.255   | true",
            "172.16.0.0/12   | 172.32.0.1       | false",
            "192.0.2.5       | 192.0.2.5        | true",
            "192.0.2.5       | 192.0.2.6        | false",
            "::1/128         | ::1              | true",
            "::1/128         | 127.0.0.1        | false",
            "2001:db8::/32   | 2001:db8:ffff::1 | true",
            "0.0.0.0/0       | 203.0.113.7      | true"})
    void addressRangesMatchTheirPrefix(String range, String address, boolean contained) {
        assertThat(AddressRange.parse(range).contains(ClientAddresses.parseLiteral(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/x", "10.0.0.0/-1", "", "/8"})
    void aRangeThatIsNoAddressBlockIsRefused(String range) {
        assertThatThrownBy(() -> AddressRange.parse(range)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress(ClientAddresses.parseLiteral(peer), 40_000));
        if (forwardedFor != null) {
            builder.header(ClientAddresses.X_FORWARDED_FOR, forwardedFor);
        }
        return builder.build();
    }

    private static MockServerHttpRequest request(String forwardedFor) {
        return MockServerHttpRequest.get("/").remoteAddress(PEER)
                .header(ClientAddresses.X_FORWARDED_FOR, forwardedFor)
                .build();
    }
}
