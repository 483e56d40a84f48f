package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded suite listens on loopback only: no port of it (gateway, identity, services, Kafka,
 * MongoDB, mail) can be reached from another machine, so nobody walks around the gateway's limits
 * by calling a service directly. Tried on an address of this machine that is not loopback, which
 * is what another machine on the network would connect to.
 */
@ExtendWith(LaunchedSuite.class)
class LoopbackIT {

    @Test
    void everyPortAcceptsOnLoopbackAndRefusesOnTheMachinesOtherAddresses() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        Assumptions.assumeTrue(outside.isPresent(),
                "SKIPPED: this machine has no network address other than loopback to try the ports on");
        Map<String, Integer> ports = LaunchedSuite.launcher().ports();

        List<String> reachable = new ArrayList<>();
        ports.forEach((name, port) -> {
            Awaitility.await(name + " accepts on 127.0.0.1").atMost(Duration.ofSeconds(60))
                    .until(() -> accepts(InetAddress.getLoopbackAddress(), port));
            if (accepts(outside.get(), port)) {
                reachable.add(name + "=" + port);
            }
        });

        assertThat(reachable).as("ports reachable on %s", outside.get().getHostAddress()).isEmpty();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An address of an interface that is up and not loopback, IPv4 first (the suite's clients use IPv4). */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(LoopbackIT::upAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .min(Comparator.comparing(address -> address instanceof Inet4Address ? 0 : 1));
    }

    private static boolean upAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
