package id.gcio.academy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class RosterFileRefusalTest {

    private static RosterTable read(byte[] bytes, String name) {
        return RosterFile.read(bytes, name, RosterFile.Limits.DEFAULT);
    }

    private static FileProblem onlyProblem(RosterTable table) {
        assertEquals(1, table.problems().size(), table.problems()::toString);
        FileProblem problem = table.problems().get(0);
        assertTrue(problem.blocking());
        assertFalse(table.readable());
        assertEquals(List.of(), table.lines());
        return problem;
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(FileProblem.EMPTY_FILE, onlyProblem(read(new byte[0], "peserta.csv")).code());
        assertEquals(FileProblem.EMPTY_FILE, onlyProblem(read("\uFEFF \r\n\r\n".getBytes(StandardCharsets.UTF_8),
                "peserta.csv")).code());
    }

    @Test
    void refusesAnXlsxWithAnEmptyFirstSheet() {
        assertEquals(FileProblem.EMPTY_FILE, onlyProblem(read(XlsxFixture.workbook(sheet -> { }), "p.xlsx")).code());
    }

    @Test
    void refusesLegacyXlsByContentAskingForXlsxOrCsv() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Peserta").createRow(0).createCell(0).setCellValue("NIP");
            wb.write(out);
            xls = out.toByteArray();
        }

        FileProblem problem = onlyProblem(read(xls, "peserta.xlsx"));

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, problem.code());
        assertTrue(problem.message().contains(".xls") && problem.message().contains("CSV"), problem.message());
    }

    @Test
    void refusesAPdfEvenWhenNamedCsv() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        FileProblem problem = onlyProblem(read(pdf, "peserta.csv"));

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, problem.code());
        assertTrue(problem.message().contains("PDF"), problem.message());
    }

    @Test
    void refusesAnImageByItsNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, onlyProblem(read(png, "peserta.csv")).code());
    }

    @Test
    void refusesAWordDocumentThatIsAZipWithoutAWorkbook() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("NIP Nama OPD Eselon");
            doc.write(out);
            docx = out.toByteArray();
        }

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, onlyProblem(read(docx, "peserta.xlsx")).code());
    }

    @Test
    void refusesAnOpenDocumentSpreadsheetAskingForXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
        }

        FileProblem problem = onlyProblem(read(out.toByteArray(), "peserta.ods"));

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, problem.code());
        assertTrue(problem.message().contains(".ods"), problem.message());
    }

    @Test
    void refusesAWebPageSavedWithAnXlsName() {
        byte[] html = "<html><body><table><tr><td>NIP</td><td>Nama</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        FileProblem problem = onlyProblem(read(html, "export-simpeg.xls"));

        assertEquals(FileProblem.UNSUPPORTED_FORMAT, problem.code());
        assertTrue(problem.message().contains("HTML"), problem.message());
    }

    @Test
    void reportsADamagedXlsxAsUnreadable() {
        byte[] xlsx = XlsxFixture.sheet(new Object[] {"NIP", "Nama", "OPD", "Eselon"});
        byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);

        assertEquals(FileProblem.FILE_UNREADABLE, onlyProblem(read(cut, "peserta.xlsx")).code());
    }

    @Test
    void namesTheFileInTheMessage() {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

        assertTrue(onlyProblem(read(pdf, "Daftar Peserta.pdf")).message().contains("\"Daftar Peserta.pdf\""));
    }
}
