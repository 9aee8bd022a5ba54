package id.gcio.academy.certificate;

import static id.gcio.academy.certificate.CertificateFixture.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CertificatePdf PDF = CertificateFixture.pdf();
    private static final List<String> EIGHT = List.of(
            "Perencanaan strategis transformasi digital pemerintah daerah",
            "Tata kelola dan manajemen Sistem Pemerintahan Berbasis Elektronik (SPBE)",
            "Arsitektur SPBE dan peta rencana pemerintah daerah",
            "Manajemen data, Satu Data Indonesia, dan interoperabilitas layanan",
            "Keamanan informasi dan manajemen risiko SPBE",
            "Kepemimpinan digital dan manajemen perubahan organisasi",
            "Pengadaan dan manajemen layanan teknologi informasi",
            "Evaluasi SPBE, indeks, dan audit teknologi informasi dan komunikasi");
    private static final String LONG_NAME =
            "Prof. Dr. Ir. H. Muhammad Abdurrahman Wahyudi Kusumanegara Prawiradirdja, S.T., M.Sc., M.Kom., Ph.D.";

    @Test
    void printsANameWithControlAndBidiCharactersWithoutThem() throws IOException {
        CertificateDocument doc = certificate().holderName("Dr. Siti\u0000 Rahma\u202Ewati\u0007,\u2066 M.Si.\u200E")
                .build();

        try (PDDocument pdf = Loader.loadPDF(PDF.render(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Dr. Siti Rahmawati, M.Si."), text);
            assertFalse(text.contains("\u202E"), text);
        }
    }

    @Test
    void printsHolderAndIdentityOnOneLandscapeA4PageWithEmbeddedFonts() throws IOException {
        CertificateDocument doc = certificate().holderName("Dr. Ir. Hj. Siti Rahmawati & <Rekan>, M.Si.").build();

        try (PDDocument pdf = Loader.loadPDF(PDF.render(doc))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(842, box.getWidth(), 1.5);
            assertEquals(595, box.getHeight(), 1.5);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Dr. Ir. Hj. Siti Rahmawati & <Rekan>, M.Si."), text);
            assertTrue(text.contains("GCIO-2026-000123"), text);
            assertTrue(text.contains("NIP 19780512 200501 2 003"), text);
            assertTrue(text.contains("Dinas Komunikasi dan Informatika"), text);
            assertTrue(text.contains("selesai pada 17 Agustus 2026 dengan beban 40 JP"), text);
            assertTrue(text.contains("Samarinda, 23 November 2026"), text);
            assertTrue(text.contains("Berlaku sampai 31 Agustus 2029"), text);
            assertFalse(text.contains("Menggantikan"), text);
            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void printsTheCertificateItReplacesAndNoExpiryWhenThereIsNone() throws IOException {
        CertificateDocument doc = certificate().replaces("GCIO-2026-000045").expiresOn(null).build();

        try (PDDocument pdf = Loader.loadPDF(PDF.render(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Menggantikan sertifikat No. GCIO-2026-000045"), text);
            assertFalse(text.contains("Berlaku sampai"), text);
        }
    }

    @Test
    void qrCodeOnThePageEncodesTheVerificationUrl() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PDF.render(certificate().build()))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);
            assertEquals(CertificateFixture.URL, decodeQr(page));
        }
    }

    @Test
    void longNameAndEightCompetenciesStillFitOnOnePage() throws IOException {
        CertificateDocument doc = certificate().holderName(LONG_NAME).competencies(EIGHT).build();

        try (PDDocument pdf = Loader.loadPDF(PDF.render(doc))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Evaluasi SPBE, indeks, dan audit teknologi informasi dan komunikasi"), text);
            assertTrue(text.contains("Kusumanegara"), text);
        }
    }

    @Test
    void everyFieldAtItsLongestStillFitsOnOnePage() throws IOException {
        CertificateDocument doc = certificate()
                .title("Sertifikat Government Chief Information Officer (GCIO) Tingkat Lanjutan Angkatan Pertama")
                .holderName(LONG_NAME + " Gelar Tambahan Yang Sangat Panjang Sekali")
                .opdName("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Provinsi Kalimantan Timur Bidang "
                        + "Statistik dan Persandian")
                .programme("Program Pengembangan Kepemimpinan Digital dan Transformasi Layanan Publik Berbasis "
                        + "Elektronik bagi Pejabat Pimpinan Tinggi", "Angkatan XII Tahun Anggaran 2026 Kelas Khusus")
                .competencies(EIGHT.stream().map(c -> c + " tingkat lanjutan dan penerapannya di daerah").toList())
                .signatory("Prof. Dr. H. Muhammad Faisal Abdurrahman Kusumanegara, S.Kom., M.T., IPU",
                        "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur selaku Ketua Tim "
                                + "Koordinasi SPBE")
                .replaces("GCIO-2026-000045")
                .build();

        try (PDDocument pdf = Loader.loadPDF(PDF.render(doc))) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void qrPngDecodesToItsText() throws Exception {
        byte[] png = QrCodes.png(CertificateFixture.URL, 160);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(160, image.getWidth());
        assertEquals(160, image.getHeight());
        assertEquals(CertificateFixture.URL, decodeQr(image));
    }

    @Test
    void groupsNipEightSixOneThree() {
        assertEquals("19780512 200501 2 003", CertificatePdf.groupedNip("197805122005012003"));
        assertEquals("12345", CertificatePdf.groupedNip("12345"));
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        // the multi reader's finder-pattern search copes with a few synthetic codes that QRCodeReader misses
        Result[] found = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertEquals(1, found.length);
        return found[0].getText();
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
