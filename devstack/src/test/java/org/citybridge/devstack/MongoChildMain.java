package org.citybridge.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Runs a disk-backed Mongo server in a separate JVM so that a test can kill it with SIGKILL.
 * Arguments: data directory, port, and optionally {@code plain} to use the stock H2Backend instead of MongoNode.
 * Exits when its stdin closes, so that it never outlives the test JVM.
 */
public final class MongoChildMain {

    private MongoChildMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        boolean plain = args.length > 2 && "plain".equals(args[2]);

        Runnable stop;
        if (plain) {
            dataDir.toFile().mkdirs();
            MongoServer server = new MongoServer(
                new H2Backend(MVStore.open(dataDir.resolve(MongoNode.STORE_FILE_NAME).toString())));
            server.bind("localhost", port);
            stop = server::shutdown;
        } else {
            MongoNode node = MongoNode.onDisk(dataDir, port);
            node.start();
            stop = node::stop;
        }
        System.out.println("ready");
        System.out.flush();

        InputStream in = System.in;
        while (in.read() >= 0) {
            // only EOF matters
        }
        stop.run();
    }
}
