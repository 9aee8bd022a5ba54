package id.gcio.academy.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadInspectorTest {

    private static final String DOCX_CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";

    private final UploadInspector inspector = new UploadInspector(UploadInspector.DEFAULT_MAX_BYTES);

    private UploadInspector.Inspection inspect(String name, byte[] bytes) throws IOException {
        return inspector.inspect(name, new ByteArrayInputStream(bytes));
    }

    private static void assertRefused(String code, UploadInspector.Inspection inspection) {
        assertEquals(code, inspection.refusalCode(), inspection::refusalMessage);
        assertFalse(inspection.accepted());
        assertNull(inspection.kind());
        assertNull(inspection.bytes());
    }

    @Test
    void acceptsPdfWithItsBytesAndHash() throws IOException {
        byte[] pdf = pdf();

        UploadInspector.Inspection inspection = inspect("laporan.pdf", pdf);

        assertTrue(inspection.accepted());
        assertEquals(FileKind.PDF, inspection.kind());
        assertArrayEquals(pdf, inspection.bytes());
        assertEquals(64, inspection.sha256Hex().length());
        assertEquals("laporan.pdf", inspection.safeFileName());
        assertNull(inspection.refusalMessage());
    }

    @Test
    void acceptsDocxByItsContentTypes() throws IOException {
        UploadInspector.Inspection inspection = inspect("Rencana Aksi.docx", docx());

        assertEquals(FileKind.DOCX, inspection.kind(), inspection::refusalMessage);
        assertEquals("Rencana Aksi.docx", inspection.safeFileName());
    }

    @Test
    void acceptsXlsxByItsContentTypes() throws IOException {
        UploadInspector.Inspection inspection = inspect("anggaran.xlsx", xlsx());

        assertEquals(FileKind.XLSX, inspection.kind(), inspection::refusalMessage);
        assertEquals("anggaran.xlsx", inspection.safeFileName());
    }

    @Test
    void acceptsPngAndJpegByTheirHeaders() throws IOException {
        assertEquals(FileKind.PNG, inspect("foto.png", image("png")).kind());
        UploadInspector.Inspection jpeg = inspect("foto.JPEG", image("jpg"));
        assertEquals(FileKind.JPEG, jpeg.kind(), jpeg::refusalMessage);
        assertEquals("foto.jpg", jpeg.safeFileName());
    }

    @Test
    void acceptsFileWithoutExtensionAndAddsTheDetectedOne() throws IOException {
        UploadInspector.Inspection inspection = inspect("laporan", pdf());

        assertEquals(FileKind.PDF, inspection.kind());
        assertEquals("laporan.pdf", inspection.safeFileName());
    }

    @Test
    void refusesPngNamedPdf() throws IOException {
        UploadInspector.Inspection inspection = inspect("foto.pdf", image("png"));

        assertRefused(UploadInspector.TYPE_MISMATCH, inspection);
        assertEquals("Berkas foto.pdf bukan PDF: isinya gambar PNG. "
                + "Simpan ulang sebagai PDF atau ganti nama berkasnya.", inspection.refusalMessage());
    }

    @Test
    void refusesDocxNamedXlsx() throws IOException {
        assertRefused(UploadInspector.TYPE_MISMATCH, inspect("nilai.xlsx", docx()));
    }

    @Test
    void refusesMacroEnabledWorkbook() throws IOException {
        byte[] xlsm;
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
            xlsm = out.toByteArray();
        }

        assertRefused(UploadInspector.MACRO, inspect("anggaran.xlsx", xlsm));
    }

    @Test
    void refusesPasswordProtectedDocx() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertRefused(UploadInspector.ENCRYPTED, inspect("laporan.docx", encrypted));
    }

    @Test
    void refusesLegacyExcelWorkbook() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Data");
            wb.write(out);
            xls = out.toByteArray();
        }

        UploadInspector.Inspection inspection = inspect("nilai.xls", xls);

        assertRefused(UploadInspector.UNSUPPORTED_TYPE, inspection);
        assertTrue(inspection.refusalMessage().contains("XLSX"), inspection.refusalMessage());
    }

    @Test
    void refusesZipBombDocx() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", DOCX_CONTENT_TYPES);
        entries.put("word/document.xml", 200L * 1024 * 1024);
        byte[] bomb = zip(entries);

        UploadInspector.Inspection inspection = inspect("laporan.docx", bomb);

        assertTrue(bomb.length < 1024 * 1024, () -> "bomb is " + bomb.length + " bytes");
        assertRefused(UploadInspector.ZIP_BOMB, inspection);
        assertEquals("Berkas laporan.docx tidak dapat dibuka karena rusak atau terlalu besar saat dibuka "
                + "(dicurigai zip bomb).", inspection.refusalMessage());
    }

    @Test
    void refusesZipBombWhoseDirectoryUnderstatesItsSize() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", DOCX_CONTENT_TYPES);
        entries.put("word/document.xml", 20L * 1024 * 1024);
        byte[] bomb = zip(entries);
        setDeclaredSize(bomb, "word/document.xml", 1_000);

        assertRefused(UploadInspector.ZIP_BOMB, inspect("laporan.docx", bomb));
    }

    @Test
    void refusesZipWithTooManyEntries() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", DOCX_CONTENT_TYPES);
        for (int i = 0; i < 20_000; i++) {
            entries.put("word/media/" + i + ".xml", "x");
        }

        assertRefused(UploadInspector.ZIP_BOMB, inspect("laporan.docx", zip(entries)));
    }

    @Test
    void refusesZipThatIsNotAnOfficeDocument() throws IOException {
        byte[] plain = zip(Map.of("catatan.txt", "halo"));

        assertRefused(UploadInspector.UNSUPPORTED_TYPE, inspect("laporan.docx", plain));
    }

    @Test
    void refusesTruncatedDocx() throws IOException {
        byte[] docx = docx();

        assertRefused(UploadInspector.DAMAGED, inspect("laporan.docx", Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void refusesPdfWithoutEndMarker() throws IOException {
        byte[] truncated = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        assertRefused(UploadInspector.DAMAGED, inspect("laporan.pdf", truncated));
    }

    @Test
    void refusesPngClaimingHugeDimensions() throws IOException {
        UploadInspector.Inspection inspection = inspect("denah.png", pngHeader(50_000, 50_000));

        assertRefused(UploadInspector.ZIP_BOMB, inspection);
        assertTrue(inspection.refusalMessage().contains("50.000 × 50.000"), inspection.refusalMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"exe", "html", "svg", "gif"})
    void refusesOtherTypesWhateverTheirName(String type) throws IOException {
        byte[] content = switch (type) {
            case "exe" -> ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.");
            case "html" -> ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
            case "svg" -> ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
            default -> image("gif");
        };

        UploadInspector.Inspection inspection = inspect("laporan.pdf", content);

        assertRefused(UploadInspector.UNSUPPORTED_TYPE, inspection);
        assertEquals("Isi berkas laporan.pdf bukan PDF yang sah: berkasnya mungkin rusak atau sebenarnya berjenis lain. "
                + "Buka berkasnya di komputer Anda, simpan ulang sebagai PDF, lalu unggah kembali.", inspection.refusalMessage());
    }

    @Test
    void saysAFileWhoseContentIsNotTheTypeItsNameClaimsIsNotValidAndMayBeDamaged() throws IOException {
        byte[] garbage = ascii("bukan pdf, hanya teks yang diberi nama .pdf\n");

        UploadInspector.Inspection pdf = inspect("palsu.pdf", garbage);
        UploadInspector.Inspection docx = inspect("laporan.docx", zip(Map.of("catatan.txt", "halo")));

        assertTrue(pdf.refusalMessage().contains("bukan PDF yang sah") && pdf.refusalMessage().contains("rusak"),
                pdf.refusalMessage());
        assertFalse(pdf.refusalMessage().contains("tidak didukung"), pdf.refusalMessage());
        assertTrue(docx.refusalMessage().contains("bukan DOCX yang sah"), docx.refusalMessage());
        // a name that claims no accepted type keeps the "not supported" message
        assertEquals("Jenis berkas denah.gif tidak didukung. Unggah PDF, DOCX, XLSX, PNG, atau JPEG.",
                inspect("denah.gif", image("gif")).refusalMessage());
    }

    @Test
    void refusesEmptyFile() throws IOException {
        assertRefused(UploadInspector.EMPTY, inspect("laporan.pdf", new byte[0]));
    }

    @Test
    void refusesFileOverTheLimitReadingAtMostOneByteMore() throws IOException {
        EndlessStream endless = new EndlessStream();

        UploadInspector.Inspection inspection = new UploadInspector(1_000).inspect("laporan.pdf", endless);

        assertRefused(UploadInspector.TOO_LARGE, inspection);
        assertTrue(endless.served <= 1_001, () -> "read " + endless.served + " bytes");
    }

    @Test
    void statesTheLimitInMegabytes() throws IOException {
        UploadInspector.Inspection inspection = inspector.inspect("laporan.pdf", new EndlessStream());

        assertEquals("Berkas laporan.pdf lebih besar dari 10 MB. Perkecil ukurannya lalu unggah ulang.",
                inspection.refusalMessage());
    }

    @Test
    void keepsOnlyTheBaseNameOfAPath() throws IOException {
        assertEquals("passwd.pdf", inspect("../../etc/passwd.pdf", pdf()).safeFileName());
        assertEquals("Laporan Akhir.pdf", inspect("C:\\Users\\budi\\Laporan Akhir.PDF", pdf()).safeFileName());
        assertEquals("berkas.pdf", inspect("..", pdf()).safeFileName());
    }

    @Test
    void replacesUnsafeCharactersAndShortensLongNames() throws IOException {
        assertEquals("lap_or_an__script_.pdf", inspect("lap\u0000or\nan<\u202escript>.pdf", pdf()).safeFileName());
        assertEquals("catatan.exe.pdf", inspect("catatan.exe", pdf()).safeFileName());

        String longName = inspect("a".repeat(300) + ".pdf", pdf()).safeFileName();
        assertEquals(120, longName.length());
        assertTrue(longName.endsWith("a.pdf"), longName);
    }

    @Test
    void propagatesFailuresOfTheStream() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThrows(IOException.class, () -> inspector.inspect("laporan.pdf", broken));
    }

    /** Serves zeros forever and counts them. */
    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            served += len;
            return len;
        }
    }

    private static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Laporan aksi perubahan");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Anggaran").createRow(0).createCell(0).setCellValue(1_500_000);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertTrue(ImageIO.write(image, format, out), format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose IHDR, with a correct CRC, claims the given size; the pixel data is one empty IDAT. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(ascii(type));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Entries in order: a String is written as UTF-8, a Long as that many zero bytes. */
    private static byte[] zip(Map<String, Object> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] zeros = new byte[1024 * 1024];
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() instanceof Long size) {
                    for (long written = 0; written < size; written += zeros.length) {
                        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
                    }
                } else {
                    zip.write(((String) entry.getValue()).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Overwrites the uncompressed size of an entry in the central directory, as a forged archive would. */
    private static void setDeclaredSize(byte[] zip, String entryName, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = ascii(entryName);
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalArgumentException("No central directory entry " + entryName);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
