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
}
