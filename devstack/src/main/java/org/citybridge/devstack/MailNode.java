package org.citybridge.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a local port that keeps every mail it receives, so that the mails
 * the services send (registration confirmations, wait-list offers) can be read without a mail account:
 * each one is written to {@code <dir>/NNNNN.txt} as readable text (To, From, Subject, Date, then the
 * decoded body), which {@code ./citybridge mail} lists. Nothing is relayed anywhere.
 */
public final class MailNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailNode.class);

    private final Path dir;
    private final int port;
    private GreenMail server;
    private ScheduledExecutorService copier;
    /** Message-IDs of the mails already written (GreenMail's list is grouped by mailbox, not by arrival). */
    private final Set<String> copied = new HashSet<>();

    public MailNode(Path dir, int port) {
        this.dir = dir;
        this.port = Ports.resolve(port)[0];
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        copied.clear();
        copier = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-copier");
            thread.setDaemon(true);
            return thread;
        });
        copier.scheduleWithFixedDelay(this::copyNew, 200, 200, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes the mails received since the last copy, numbered after the ones already in the directory. Not by
     * index: GreenMail lists received mails mailbox by mailbox, so a mail to someone who already had one lands
     * before mails copied earlier, and an index would copy one twice and skip another.
     */
    private synchronized void copyNew() {
        try {
            for (MimeMessage message : server.getReceivedMessages()) {
                String id = message.getMessageID();
                if (id == null) {
                    id = message.getSentDate() + " " + addresses(message.getAllRecipients()) + " " + message.getSubject();
                }
                if (!copied.contains(id)) {
                    write(message);
                    copied.add(id);
                }
            }
        } catch (RuntimeException | IOException | MessagingException e) {
            log.warn("Could not write a received mail to {}: {}", dir, e.toString());
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        long number;
        try (var existing = Files.list(dir)) {
            number = existing.filter(path -> path.getFileName().toString().endsWith(".txt")).count() + 1;
        }
        StringBuilder text = new StringBuilder();
        text.append("To: ").append(addresses(message.getAllRecipients())).append('\n');
        text.append("From: ").append(addresses(message.getFrom())).append('\n');
        text.append("Subject: ").append(message.getSubject()).append('\n');
        text.append("Date: ").append(message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant())
                .append('\n').append('\n');
        Object content = message.getContent();
        text.append(content instanceof String body ? body : "(" + message.getContentType() + ")").append('\n');
        Files.writeString(dir.resolve("%05d.txt".formatted(number)), text, StandardCharsets.UTF_8);
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (Address address : addresses) {
            joined.append(joined.isEmpty() ? "" : ", ").append(address);
        }
        return joined.toString();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        copyNew();
        copier.shutdownNow();
        server.stop();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }
}
