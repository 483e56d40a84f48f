package org.citybridge.events.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.citybridge.events.EventsClient;
import org.citybridge.events.TestMail;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Mails reach a real SMTP server (GreenMail) in the person's language, and survive an SMTP outage. */
@StackTest
class MailIT {

    @LocalServerPort
    int port;

    @Test
    void theConfirmationArrivesInThePersonsLanguageWithCodeAndManagementLink() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 5, 5, null).get("id").asString();
        String email = EventsClient.email();
        JsonNode made = client.registered(congress, email, "\"language\": \"de\", \"name\": \"Jutta Schulte\"");

        await().atMost(Duration.ofSeconds(60)).until(() -> !TestMail.to(email).isEmpty());
        TestMail.Received mail = TestMail.to(email).get(0);
        assertThat(mail.subject()).startsWith("Bestätigung: ");
        assertThat(mail.body()).contains("Guten Tag Jutta Schulte").contains(made.get("code").asString())
                .contains("/registrations/" + made.get("code").asString() + "?token="
                        + made.get("managementToken").asString());

        assertThat(client.cancel(made).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestMail.to(email))
                .extracting(TestMail.Received::subject).anySatisfy(subject -> assertThat(subject)
                        .startsWith("Stornierung")));
    }

    @Test
    void registrationGoesOnWhileSmtpIsDownAndTheMailFollowsWhenItIsBack() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 5, 5, null).get("id").asString();
        String email = EventsClient.email();
        TestMail.stopServer();
        try {
            HttpResponse<String> response = client.register(congress, email, "\"language\": \"en\"");
            assertThat(response.statusCode()).as("SMTP down does not fail registration").isEqualTo(201);
        } finally {
            TestMail.startServerAgain();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> !TestMail.to(email).isEmpty());
        assertThat(TestMail.to(email).get(0).subject()).startsWith("Confirmation: ");
    }
}
