package org.citybridge.gateway.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends bytes an HTTP client library would refuse to send (raw non-ASCII in the request line or a header,
 * unfinished chunked bodies) and reads the answer as it comes, until the gateway closes the connection.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends the bytes as they are (the caller writes the request line, headers and any body) and reads the answer. */
    public Response send(byte[] request) {
        return exchange(out -> out.write(request));
    }

    /** Writes with the callback, then reads; the callback may stop writing early, as a client cut short would. */
    public Response exchange(Writer writer) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            writer.write(out);
            out.flush();
            return read(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One response from the stream: headers, then Content-Length bytes (or chunks, or up to the close). */
    public static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0D0A0D0A && (b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return new Response(-1, Map.of(), "");
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.get("Content-Length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : readUntilClosed(in, headers);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readUntilClosed(InputStream in, Map<String, String> headers) throws IOException {
        String transfer = headers.getOrDefault("Transfer-Encoding", "").toLowerCase(Locale.ROOT);
        if (!transfer.contains("chunked")) {
            return in.readAllBytes();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name);
        }
    }
}
