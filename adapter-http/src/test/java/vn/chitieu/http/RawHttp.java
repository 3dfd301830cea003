package vn.chitieu.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Bytes on a socket, for the requests a well-behaved HTTP client refuses to send. */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} as written and reads the answer until the server closes or 10 s pass. */
    static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException closedWhileSending) {
                // the server may answer and close before it read everything; the answer is still there
            }
            return read(socket.getInputStream());
        }
    }

    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketException reset) {
            // what arrived before the reset is the answer
        }
        return new Answer(bytes.toString(StandardCharsets.UTF_8));
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Answer head = new Answer(text);
        String length = head.header("Content-Length");
        return length != null && text.length() - end - 4 >= Integer.parseInt(length.strip());
    }

    /** The status line, headers and body as received. */
    record Answer(String text) {

        int status() {
            return text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
        }

        String header(String name) {
            int end = text.indexOf("\r\n\r\n");
            for (String line : (end < 0 ? text : text.substring(0, end)).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
