package org.citybridge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.mongodb.MongoClientSettings;

class MongoTimeoutsTest {

    @Test
    void unsetTimeoutsFailWithinSecondsInsteadOfTheDriversThirty() {
        MongoClientSettings settings = customised(new MongoTimeouts(null, null, null));

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(30_000);
    }

    @Test
    void configuredTimeoutsReachTheDriver() {
        MongoClientSettings settings = customised(
                new MongoTimeouts(Duration.ofMillis(700), Duration.ofSeconds(4), Duration.ofMinutes(1)));

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(700);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(4000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(60_000);
    }

    private static MongoClientSettings customised(MongoTimeouts timeouts) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new PlatformAutoConfiguration().fastMongoFailure(timeouts).customize(builder);
        return builder.build();
    }
}
