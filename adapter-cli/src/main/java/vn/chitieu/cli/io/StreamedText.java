package vn.chitieu.cli.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;

/**
 * A text file read in pieces, as {@link vn.chitieu.table.DelimitedText#decode} reads it whole:
 * strict UTF-8 (an invalid byte refuses the file, naming its line and byte, with the same message),
 * the BOM left out, a blank file refused. {@link #check} reads it once and keeps nothing but its
 * first line; {@link #open} then gives the text to parse as it is read.
 */
final class StreamedText {

    private static final int BUFFER = 1 << 16;

    private StreamedText() {
    }

    /** Checks {@code file} as described; answers its first line (BOM removed), for the separator. */
    static String check(Path file, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        StringBuilder first = new StringBuilder();
        boolean firstDone = false;
        boolean start = true;
        boolean blank = true;
        long offset = 0;
        boolean eof = false;
        try (InputStream s = Files.newInputStream(file)) {
            while (true) {
                if (!eof && in.hasRemaining()) {
                    int n = s.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    throw invalid(file, name, offset + in.position());
                }
                boolean finished = false;
                if (eof && result.isUnderflow()) {
                    CoderResult flushed = decoder.flush(out);
                    if (flushed.isError()) {
                        throw invalid(file, name, offset + in.position());
                    }
                    finished = flushed.isUnderflow();
                }
                offset += in.position();
                in.compact();
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (start) {
                        start = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    if (blank && !Character.isWhitespace(c)) {
                        blank = false;
                    }
                    if (!firstDone) {
                        if (c == '\n') {
                            firstDone = true;
                        } else {
                            first.append(c);
                        }
                    }
                }
                out.clear();
                if (finished) {
                    break;
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
        if (blank) {
            throw new InvalidInputException(InputProblem.ofFile(name, "the file is empty: a header line is required"));
        }
        return first.toString();
    }

    /** The text of {@code file} (checked), BOM removed, to be read once and closed. */
    static Reader open(Path file, String name) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8), BUFFER);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
    }

    /** The refusal of the invalid byte at {@code at}, worded as {@code DelimitedText.decode} words it. */
    private static InvalidInputException invalid(Path file, String name, long at) {
        int line = 1;
        int value = 0;
        try (InputStream s = new java.io.BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            for (long i = 0; i < at; i++) {
                if (s.read() == '\n') {
                    line++;
                }
            }
            value = s.read();
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
        return new InvalidInputException(InputProblem.at(name, line, null, String.format("0x%02X", value),
                "not valid UTF-8 (byte " + (at + 1) + "); save or send it as UTF-8 (CSV UTF-8 in Excel)"));
    }
}
