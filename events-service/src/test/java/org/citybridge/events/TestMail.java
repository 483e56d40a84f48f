package org.citybridge.events;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * ONE real SMTP server (GreenMail) per test JVM, on a free port, started before any test class so that
 * every cached Spring context of this module sends its mail there, whichever test class made it.
 * Registered through {@code META-INF/services}.
 */
public class TestMail implements LauncherSessionListener {

    /** A mail as received: who it went to, its subject and its text. */
    public record Received(List<String> to, String subject, String body) {
    }

    private static GreenMail server;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            System.setProperty("spring.mail.host", "127.0.0.1");
            port = server.getSmtp().getPort();
            System.setProperty("spring.mail.port", String.valueOf(port));
        }
    }

    /** Every mail received so far by this JVM's server. */
    public static List<Received> received() {
        start();
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::read).toList();
    }

    /** The mails to one address. */
    public static List<Received> to(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    public static void stopServer() {
        server.stop();
    }

    public static void startServerAgain() {
        server = new GreenMail(ServerSetupTest.SMTP.port(port));
        server.start();
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    message.getSubject(), message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
