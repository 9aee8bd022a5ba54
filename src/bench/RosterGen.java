import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a roster of N participants as CSV (Indonesian Excel: BOM, ';', CRLF) and as XLSX (streaming), with valid,
 * distinct NIPs, for src/bench/roster-load.sh. Usage: java -cp "target/quarkus-app/lib/main/*" src/bench/RosterGen.java N DIR
 */
public class RosterGen {
    static final String[] ECHELONS = {"III.a", "III.b", "IV.a", "IV.b", "Ahli Muda", "Ahli Pertama", "Pelaksana", "II.a"};
    static final String[] OPDS = {"Dinas Komunikasi dan Informatika", "Dinas Kesehatan", "Bappeda", "Dinas Pendidikan dan Kebudayaan",
            "BPKAD", "Dinas Sosial", "Dinas Perhubungan", "Inspektorat", "DPMPTSP", "Badan Kepegawaian Daerah"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("\uFEFFNIP;Nama Lengkap;Eselon;OPD\r\n");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = new FileOutputStream(dir.resolve("roster.xlsx").toFile())) {
            var sheet = wb.createSheet("Peserta");
            var h = sheet.createRow(0);
            String[] headers = {"NIP", "Nama Lengkap", "Eselon", "OPD"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 0; i < n; i++) {
                String[] row = {nip(i), "Peserta Uji " + (i + 1) + ", S.Kom.", ECHELONS[i % ECHELONS.length], OPDS[i % OPDS.length]};
                csv.append(String.join(";", row)).append("\r\n");
                var r = sheet.createRow(i + 1);
                for (int c = 0; c < row.length; c++) {
                    r.createCell(c).setCellValue(row[c]);
                }
            }
            wb.write(out);
        }
        Files.writeString(dir.resolve("roster.csv"), csv, StandardCharsets.UTF_8);
    }

    /** A structurally valid, distinct NIP: birth 1965–1994, appointed at 25, gender 1/2, sequence 001–999. */
    static String nip(int i) {
        int seq = i % 999 + 1;
        int k = i / 999;
        int birthYear = 1965 + k % 30;
        int day = 1 + (k / 30) % 28;
        int month = 1 + (k / 840) % 12;
        int gender = 1 + (k / 10080) % 2;
        return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, month, day, birthYear + 25, month, gender, seq);
    }
}
