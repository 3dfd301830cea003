package vn.chitieu.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;

/**
 * A CSV file streamed ({@link TableFiles#stream}: rows read as they are asked for, not held) gives
 * the rows, lines and refusals that reading it whole ({@link TableFiles#read}) gives.
 */
class StreamedTableFilesTest {

    @TempDir
    Path dir;

    private final TableFiles files = new TableFiles();

    /**
     * Headers, then each row as line:cells; or, when the file is refused, only the refusal's problems
     * (a streamed table refuses after its last row, so a reader may have seen rows before: it keeps
     * nothing of them, as every reader of a refused table does).
     */
    private static List<String> seen(java.util.function.Supplier<Table> open, boolean streamed) {
        List<String> out = new ArrayList<>();
        try {
            Table table = open.get();
            out.add(String.join("|", table.headers()));
            for (TableRow row : streamed ? table.each() : table.rows()) {
                StringBuilder s = new StringBuilder().append(row.line()).append(':');
                for (String h : table.headers()) {
                    s.append(row.get(h.isEmpty() ? "#" : h)).append(';');
                }
                out.add(s.toString());
            }
            table.requireRows("rows");
        } catch (InvalidInputException e) {
            out.clear();
            for (InputProblem p : e.problems()) {
                out.add("problem " + p);
            }
            out.add("total " + e.total());
        }
        return out;
    }

    private List<String> both(Path file) {
        List<String> whole = seen(() -> files.read(file), false);
        List<String> streamed = seen(() -> files.stream(file), true);
        assertThat(streamed).isEqualTo(whole);
        return whole;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unit,indicator,period,numerator,denominator\nxa-1,ONLINE_RATE,2022,1,2\n\n# a comment\n\"Xã \"\"Ea\"\"\nKar\",X,2022,3,4\n",
        "\uFEFFTên cơ quan;Số lượng tiếp nhận;Đúng hạn SL\nXã Ea Kar;1.234;\"1,5\"\n;;\n",
        "a\tb\tc\n1\t2\t3\n",
        "unit,indicator\nxa-1,ONLINE_RATE,extra\nxa-2,X,,\n",
        "unit,indicator\nxa-\u0001,X\nxa-2,Y\n",
        "unit,indicator\n",
        "   \n\n",
        "",
        "unit,unit\n1,2\n",
        "unit,indicator\n\"never closed,X\n"})
    void aStreamedFileReadsAsTheWholeFileDoes(String text) throws IOException {
        both(write("t.csv", text));
    }

    @Test
    void anInvalidByteDeepInTheFileRefusesItWithItsLineAndByteAsBefore() throws IOException {
        StringBuilder s = new StringBuilder("unit,indicator,period,numerator,denominator\n");
        for (int i = 0; i < 20_000; i++) {
            s.append("xa-").append(i).append(",ONLINE_RATE,2022,1,2\n");
        }
        byte[] head = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 12];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = "xa-x,\u00FF,1\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        List<String> seen = both(write("bad.csv", java.util.Arrays.copyOf(bytes, head.length + tail.length)));
        assertThat(seen).anySatisfy(l -> assertThat(l).contains("line=20002").contains("0xFF")
                .contains("not valid UTF-8 (byte " + (head.length + 6) + ")"));
    }

    @Test
    void aMissingFileIsNamedAsBefore() {
        List<String> whole = seen(() -> files.read(dir.resolve("none.csv")), false);
        assertThat(seen(() -> files.stream(dir.resolve("none.csv")), true)).isEqualTo(whole);
        assertThat(whole.get(0)).contains("file not found");
    }
}
