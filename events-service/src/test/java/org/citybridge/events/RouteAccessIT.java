package org.citybridge.events;

import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of events-service with every role, none and no token. None names a resource yet, so
 * the other-city pass has nothing to call; the congress routes will join it as they are written.
 */
@StackTest
class RouteAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        RouteMatrix.of(context, port, new RouteMatrix.Fixtures())
                .assertAll("almelo", "antwerpen");
    }
}
