package org.citybridge.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service used to test the platform the way a real service uses it. */
@SpringBootApplication
public class SampleApplication {
}
