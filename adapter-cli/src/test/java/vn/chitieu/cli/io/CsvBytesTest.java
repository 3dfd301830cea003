package vn.chitieu.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierCounts;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.dossier.DossierReader;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.ProcedureLevel;
import vn.chitieu.dossier.Procedures;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * The byte reader of dossier CSV ({@link CsvBytes}) reads the records FastCSV reads ({@link DossierFiles}'
 * text form), line numbers included, whatever the chunks it cuts the file in and the threads it reads them
 * on; and the indicators and the bad records found over it, on several threads, are those of the text form.
 */
class CsvBytesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** line → the fields (null when empty) as FastCSV gives them; unreadable lines as "!reason". */
    private static Map<Integer, List<String>> text(Path file) {
        Map<Integer, List<String>> out = new TreeMap<>();
        new DossierFiles().open(file).read(new DossierSource.Records() {
            @Override
            public void columns(int line, String[] labels) {
                out.put(-line, Arrays.asList(labels.clone()));
            }

            @Override
            public void record(int line, String[] values) {
                out.put(line, Arrays.asList(values.clone()));
            }

            @Override
            public void unreadable(int line, String reason) {
                out.put(line, List.of("!" + reason));
            }
        });
        return out;
    }

    /** The same from the byte form, cut in chunks of {@code chunk} bytes, on {@code threads} threads. */
    private static Map<Integer, List<String>> bytes(Path file, int chunk, int threads) {
        Map<Integer, List<String>> out = new ConcurrentHashMap<>();
        AtomicInteger outOfOrder = new AtomicInteger();
        new CsvBytes(file, false, chunk).read(new DossierSource.ByteReading() {
            @Override
            public void columns(int line, String[] labels) {
                out.put(-line, Arrays.asList(labels.clone()));
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public DossierSource.ByteRecords part() {
                return new DossierSource.ByteRecords() {
                    int last;

                    @Override
                    public void record(int line, byte[] data, int[] at) {
                        if (line <= last) {
                            outOfOrder.incrementAndGet();
                        }
                        last = line;
                        String[] v = new String[DossierField.count()];
                        for (int f = 0; f < v.length; f++) {
                            v[f] = at[2 * f] < 0 ? null
                                    : new String(data, at[2 * f], at[2 * f + 1] - at[2 * f], StandardCharsets.UTF_8);
                        }
                        out.put(line, Arrays.asList(v));
                    }

                    @Override
                    public void unreadable(int line, String reason) {
                        out.put(line, List.of("!" + reason));
                    }
                };
            }
        });
        assertThat(outOfOrder).as("each part sees increasing lines").hasValue(0);
        return new TreeMap<>(out);
    }

    private static final String HEADER = "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult";

    @Test
    void quotesCommentsEmptyLinesLineEndingsAndStrippingAsFastCsvReadsThem() throws IOException {
        String text = "\uFEFF" + HEADER + ",extra\r\n"
                + "A1,1.001,xa-0,1,2025-06-01 08:00:00,,,4,0,0,0,0\r\n"
                + "\r\n"
                + "# a comment, with \"an open quote\n"
                + "\"A,2\",1.001,\"Xã \"\"Mới\"\", huyện A\",2,2025-06-02,,,4,0,0,0,0,surplus\n"
                + "A3,1.001,\"UBND\nxã B\",3,  2025-06-03  ,\u3000,,5\n"
                + ",,,,,,,,,,,\n"
                + "   \n"
                + "A4;x,1.002,\u00a0Xã C\u3000,1,20250604,20250610,20250609,10,1,5000,1,1\r"
                + "A5,1.003,xa-1,1,\"2025-06-05 \"\"x\",,,2,0,0,0,0\r"
                + "A6,1.004,xa-1,1,2025-06-06,,,2,0,0,0,0";
        Path file = write("tricky.csv", text);
        Map<Integer, List<String>> expected = text(file);
        assertThat(expected).hasSizeGreaterThan(6);
        for (int chunk : new int[] {16, 37, 64, 1 << 20}) {
            for (int threads : new int[] {1, 2}) {
                assertThat(bytes(file, chunk, threads)).as("chunk " + chunk + ", threads " + threads).isEqualTo(expected);
            }
        }
    }

    @Test
    void semicolonsAndAFileWithoutAFinalLineBreak() throws IOException {
        Path file = write("semi.csv", "MaHoSo;MaTTHC;DonViXuLy;KenhThucHien;NgayTiepNhan;TrangThaiHoSo\n"
                + "H1;1.001;Xã Ea Kly;2;01/06/2025;4\nH2;1.001;\"Xã; Ea\";2;01/06/2025;4");
        Map<Integer, List<String>> expected = text(file);
        assertThat(bytes(file, 8, 2)).isEqualTo(expected).hasSize(3);
    }

    @Test
    void aRecordThatIsNotUtf8IsUnreadableOnItsLineAndTheOthersAreRead() throws IOException {
        byte[] good = (HEADER + "\nA1,1.001,xa-0,1,2025-06-01,,,4,0,0,0,0\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "A2,1.001,X\u00e3,1,2025-06-01,,,4,0,0,0,0\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] after = "A3,1.001,xa-0,1,2025-06-01,,,4,0,0,0,0\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + bad.length + after.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(after, 0, all, good.length + bad.length, after.length);
        Map<Integer, List<String>> read = bytes(write("latin1.csv", all), 1 << 20, 2);
        assertThat(read.get(3)).hasSize(1);
        assertThat(read.get(3).get(0)).startsWith("!not valid UTF-8");
        assertThat(read.get(2).get(0)).isEqualTo("A1");
        assertThat(read.get(4).get(0)).isEqualTo("A3");
    }

    @Test
    void aQuoteNeverClosedIsUnreadable() throws IOException {
        Path file = write("open.csv", HEADER + "\nA1,1.001,xa-0,1,2025-06-01,,,4,0,0,0,0\nA2,\"1.001,xa-0,1\n");
        Map<Integer, List<String>> read = bytes(file, 1 << 20, 1);
        assertThat(read.get(2).get(0)).isEqualTo("A1");
        assertThat(read.get(3).get(0)).startsWith("!not valid CSV");
    }

    // indicators over many chunks on two threads = over the text form on one

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(UnitCode.of("tinh"), "Tỉnh Mẫu", UnitKind.PROVINCE, null));
        for (int d = 0; d < 3; d++) {
            units.add(new Unit(UnitCode.of("huyen-" + d), "Huyện " + d, UnitKind.DISTRICT, UnitCode.of("tinh")));
            for (int c = 0; c < 4; c++) {
                units.add(new Unit(UnitCode.of("xa-" + d + "-" + c), "Xã Số " + c + " Huyện " + d, UnitKind.COMMUNE,
                        UnitCode.of("huyen-" + d)));
            }
        }
        return units;
    }

    private static Procedures procedures() {
        List<Procedure> list = new ArrayList<>();
        ProcedureLevel[] levels = ProcedureLevel.values();
        for (int i = 0; i < 12; i++) {
            list.add(new Procedure("1.0" + (10 + i), "Thủ tục " + i, levels[i % levels.length], i % 2 == 0));
        }
        return Procedures.of(list);
    }

    /** The text form only: what the reader did before the byte form, and does for a workbook or NDJSON. */
    private static DossierSource textOnly(Path file) {
        DossierSource csv = new DossierFiles().open(file);
        return new DossierSource() {
            @Override
            public String file() {
                return csv.file();
            }

            @Override
            public void read(Records records) {
                csv.read(records);
            }
        };
    }

    /** The byte form, in small chunks. */
    private static DossierSource smallChunks(Path file) {
        return new DossierSource() {
            @Override
            public String file() {
                return file.toString();
            }

            @Override
            public void read(Records records) {
                throw new AssertionError("the byte form is read");
            }

            @Override
            public boolean readBytes(ByteReading reading) {
                new CsvBytes(file, false, 4096).read(reading);
                return true;
            }
        };
    }

    private Path generated(String name, List<GeneratedDossier> dossiers) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierGenerator(21).writeCsv(w, dossiers, DossierGenerator.Headers.NATIONAL, ',', true);
        }
        return file;
    }

    private List<GeneratedDossier> dossiers(int n, List<Unit> units) {
        List<List<String>> names = units.stream().map(u -> List.of(u.name())).toList();
        return new DossierGenerator(7).dossiers(n, units.stream().map(u -> u.code().value()).toList(), names,
                procedures().all().stream().map(Procedure::code).toList(), 2025, 6);
    }

    @Test
    void indicatorsOverManyChunksOnTwoThreadsEqualTheTextFormsOnOne() throws IOException {
        List<Unit> units = units();
        UnitTree tree = UnitTree.of(units);
        Path file = generated("many.csv", dossiers(6000, units));
        assertThat(Files.size(file)).as("many chunks").isGreaterThan(40 * 4096);
        Period june = Period.parse("2025-06");
        DossierCounts one = new DossierReader(tree, new NameResolver(tree), procedures(), 1).count(textOnly(file), june);
        DossierCounts two = new DossierReader(tree, new NameResolver(tree), procedures(), 2).count(smallChunks(file), june);
        assertThat(two.read()).isEqualTo(6000).isEqualTo(one.read());
        assertThat(two.excluded()).isEqualTo(one.excluded()).isPositive();
        List<IndicatorFigure> expected = one.figures(null);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(two.figures(null)).isEqualTo(expected);
    }

    @Test
    void badRecordsInDifferentChunksAndADuplicateAcrossThemAreTheTextFormsOnes() throws IOException {
        List<Unit> units = units();
        UnitTree tree = UnitTree.of(units);
        List<GeneratedDossier> list = new ArrayList<>(dossiers(3000, units));
        GeneratedDossier first = list.get(10);
        GeneratedDossier g = list.get(2500);
        list.set(2500, new GeneratedDossier(first.code(), g.procedure(), g.unit(), g.channel(), g.received(), g.due(),
                g.finished(), g.status(), g.paidOnline(), g.fee(), g.digitized(), g.eResult()));
        for (int i : new int[] {400, 1700, 2900}) {
            GeneratedDossier d = list.get(i);
            list.set(i, new GeneratedDossier(d.code(), "9.999", d.unit(), d.channel(), d.received(), d.due(),
                    d.finished(), d.status(), d.paidOnline(), d.fee(), d.digitized(), d.eResult()));
        }
        Path file = generated("bad.csv", list);
        Period june = Period.parse("2025-06");
        InvalidInputException text = refusal(() -> new DossierReader(tree, new NameResolver(tree), procedures(), 1)
                .count(textOnly(file), june));
        InvalidInputException bytes = refusal(() -> new DossierReader(tree, new NameResolver(tree), procedures(), 2)
                .count(smallChunks(file), june));
        assertThat(text.total()).isEqualTo(4);
        assertThat(bytes.problems()).isEqualTo(text.problems());
        assertThat(bytes.getMessage()).contains(":2502: column 'MaHoSo', value '" + first.code()
                + "': dossier code given twice in the file (first on line 12)", ":402: column 'MaTTHC', value '9.999'");
    }

    private static InvalidInputException refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aFileWithAHeaderOnlyHasNoRows() throws IOException {
        UnitTree tree = UnitTree.of(units());
        Path file = write("header.csv", HEADER + "\n");
        assertThatThrownBy(() -> new DossierReader(tree, new NameResolver(tree), procedures(), 2)
                .count(new DossierFiles().open(file), Period.parse("2025-06")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no rows");
    }
}
