package org.citybridge.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static MockServerHttpRequest request(String forwardedFor) {
        return MockServerHttpRequest.get("/").remoteAddress(PEER)
                .header(ClientAddresses.X_FORWARDED_FOR, forwardedFor)
                .build();
    }
}
