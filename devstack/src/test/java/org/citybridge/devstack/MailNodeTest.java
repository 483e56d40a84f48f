package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP sink takes mail over a real SMTP connection and writes it, decoded, where ./citybridge mail reads it. */
class MailNodeTest {

    @TempDir
    Path dir;

    @Test
    void aMailSentOverSmtpIsWrittenAsReadableText() throws Exception {
        try (MailNode node = new MailNode(dir, 0)) {
            node.start();
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(node.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("no-reply@citybridge.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("jutta@example.org"));
            message.setSubject("Bestätigung: Kongress KleurRijk", "UTF-8");
            message.setText("Guten Tag, Ihr Code: K7QM-4TXP (Münster)", "UTF-8");
            Transport.send(message);

            Path written = dir.resolve("00001.txt");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(written));
            String text = Files.readString(written, StandardCharsets.UTF_8);
            assertThat(text).contains("To: jutta@example.org").contains("Subject: Bestätigung: Kongress KleurRijk")
                    .contains("Ihr Code: K7QM-4TXP (Münster)");
        }
    }

    @Test
    void mailsAreListedOnceEachInTheOrderTheyCame() throws Exception {
        try (MailNode node = new MailNode(dir, 0)) {
            node.start();
            // A second mail to someone who already had one: GreenMail then lists it before the other person's.
            send(node, "anna@example.org", "Bevestiging");
            awaitMails(1);
            send(node, "bernd@example.org", "Bestätigung");
            awaitMails(2);
            send(node, "anna@example.org", "Annulering");
            awaitMails(3);

            assertThat(subjectOf(1)).isEqualTo("Bevestiging");
            assertThat(subjectOf(2)).isEqualTo("Bestätigung");
            assertThat(subjectOf(3)).isEqualTo("Annulering");
            node.stop();
            try (var files = Files.list(dir)) {
                assertThat(files.count()).as("nothing written twice").isEqualTo(3);
            }
        }
    }

    private static void send(MailNode node, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(node.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@citybridge.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Code K7QM-4TXP", "UTF-8");
        Transport.send(message);
    }

    private void awaitMails(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(dir.resolve("%05d.txt".formatted(count))));
    }

    private String subjectOf(int number) throws Exception {
        return Files.readAllLines(dir.resolve("%05d.txt".formatted(number)), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("Subject: ")).findFirst().orElseThrow().substring("Subject: ".length());
    }
}
