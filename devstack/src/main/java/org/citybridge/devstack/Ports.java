package org.citybridge.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Picks free TCP ports once, so that a node restarts on the ports its clients already know. */
final class Ports {

    private Ports() {
    }

    /**
     * Returns {@code requested} unchanged unless it is 0, in which case 0s are replaced by distinct free ports.
     * All probe sockets are held open together so that two zeros never get the same port.
     */
    static int[] resolve(int... requested) {
        int[] result = requested.clone();
        ServerSocket[] probes = new ServerSocket[requested.length];
        try {
            for (int i = 0; i < requested.length; i++) {
                if (requested[i] < 0 || requested[i] > 65535) {
                    throw new IllegalArgumentException("invalid port " + requested[i]);
                }
                if (requested[i] == 0) {
                    probes[i] = new ServerSocket(0);
                    result[i] = probes[i].getLocalPort();
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port", e);
        } finally {
            for (ServerSocket probe : probes) {
                closeQuietly(probe);
            }
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // a probe that fails to close only leaks a descriptor until GC; the port number is still valid
        }
    }
}
