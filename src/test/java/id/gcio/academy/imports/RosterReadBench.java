package id.gcio.academy.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: generates a 100,000-row roster as XLSX (shared strings, as Excel saves) and as CSV (UTF-8 BOM, {@code ;},
 * CRLF) into {@code target/roster-bench/} unless they are there already (writing the XLSX needs more heap than reading
 * it), then times reading and validating each and reports the heap's peak. Run with a small heap, e.g.
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> id.gcio.academy.imports.RosterReadBench [rows]}.
 */
public final class RosterReadBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] HEADERS = {"No", "NIP", "Nama Lengkap", "Email", "No. HP", "Jabatan", "Eselon",
            "Unit Kerja", "Status Kepegawaian"};
    private static final String[] OPDS = {"Diskominfo", "BKD", "Bappeda", "Inspektorat"};
    private static final String[] ECHELONS = {"II.a", "III.a", "III.b", "IV.a", "JF Ahli Muda", "Pelaksana"};

    private RosterReadBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(Path.of("target", "roster-bench"));
        Path xlsx = dir.resolve("roster-" + rows + ".xlsx");
        Path csv = dir.resolve("roster-" + rows + ".csv");
        if (!Files.exists(xlsx)) {
            writeXlsx(xlsx, rows);
        }
        if (!Files.exists(csv)) {
            writeCsv(csv, rows);
        }
        System.out.printf(Locale.ROOT, "max heap %d MB; %d rows%n", Runtime.getRuntime().maxMemory() >> 20, rows);
        for (int round = 1; round <= 2; round++) {
            bench("xlsx", xlsx, rows, round);
            bench("csv", csv, rows, round);
        }
    }

    private static void bench(String label, Path file, int rows, int round) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        RosterFile.Limits limits = new RosterFile.Limits(Math.max(bytes.length, RosterFile.Limits.DEFAULT.maxBytes()),
                rows);
        System.gc();
        long before = heapUsed();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        RosterTable table = RosterFile.read(bytes, file.getFileName().toString(), limits);
        long read = System.nanoTime() - start;
        long readCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long peakRead = peak(pools);
        System.gc();
        long retained = heapUsed() - before;
        start = System.nanoTime();
        List<RowResult> results = RosterRowValidator.flagDuplicateNips(table.lines().stream()
                .map(l -> RosterRowValidator.validate(l, Opds.KALTIM, LocalDate.of(2026, 1, 15))).toList());
        long validate = System.nanoTime() - start;
        long valid = results.stream().filter(RowResult::valid).count();
        System.out.printf(Locale.ROOT, "round %d %-4s %4.1f MB: read %,d lines in %,d ms (%,.0f rows/s, thread CPU "
                        + "%,d ms), validated in %,d ms (%,d valid); heap before %d MB, peak during read %d MB, table "
                        + "retained %d MB; problems %s%n",
                round, label, bytes.length / 1048576.0, table.lines().size(), read / 1_000_000,
                table.lines().size() / (read / 1e9), readCpu / 1_000_000, validate / 1_000_000, valid, before >> 20,
                peakRead >> 20, retained >> 20, table.problems().stream().map(FileProblem::code).toList());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Sum of the pools' peaks: an upper bound of the heap's peak since the reset. */
    private static long peak(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String[] row(int i) {
        int k = i / 999;
        String nip = String.format(Locale.ROOT, "%d%02d%02d%d%02d%d%03d", 1960 + k % 40, 1 + k % 12, 1 + k % 28,
                1985 + k % 40, 1 + i % 12, 1 + i % 2, 1 + i % 999);
        return new String[] {String.valueOf(i + 1), nip, "Peserta Nomor " + (i + 1) + ", S.Kom.",
                "peserta" + (i + 1) + "@kaltimprov.go.id", "0812" + String.format(Locale.ROOT, "%08d", i),
                "Analis Kebijakan " + (i % 50), ECHELONS[i % ECHELONS.length], OPDS[i % OPDS.length],
                i % 10 == 0 ? "PPPK" : "PNS"};
    }

    private static void writeXlsx(Path file, int rows) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(partial)) {
            Sheet sheet = wb.createSheet("Peserta");
            sheet.createRow(0).createCell(0).setCellValue("Daftar Peserta DLA Angkatan 3");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(3 + i);
                String[] values = row(i);
                row.createCell(0).setCellValue(i + 1);
                for (int c = 1; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        Files.move(partial, file);
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(";", HEADERS) + "\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(";", row(i)) + "\r\n");
            }
        }
    }
}
