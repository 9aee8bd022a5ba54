package id.gcio.academy.certificate;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Renders certificates as PDF/A-like A4 landscape documents with embedded fonts and a QR code of the verification URL. */
@ApplicationScoped
public class CertificatePdf {

    static final int QR_PX = 160;
    /** Layouts from roomy to dense ({@code d0}…{@code d2} in the template); the first that fits one page is kept. */
    static final int DENSITIES = 3;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private static final Logger LOG = Logger.getLogger(CertificatePdf.class);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The fonts' bytes, read once; each PDF embeds subsets of the ones it uses. */
    private static final List<Font> FONTS = List.of(
            Font.load("DejaVuSerif.ttf", "DejaVu Serif", 400),
            Font.load("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700),
            Font.load("DejaVuSans.ttf", "DejaVu Sans", 400),
            Font.load("DejaVuSans-Bold.ttf", "DejaVu Sans", 700));

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(CertificatePdf::newParser);

    static {
        XRLog.setLoggerImpl(new WarningsOnly());
    }

    private final Template template;

    @Inject
    CertificatePdf(@Location("certificate/pdf.html") Template template) {
        this.template = template;
    }

    public byte[] render(CertificateDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(doc, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, flushed and left open. */
    public void render(CertificateDocument doc, OutputStream out) {
        String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                QrCodes.png(doc.verificationUrl(), QR_PX));
        BufferedOutputStream buffered = new BufferedOutputStream(out, 32 * 1024);
        for (int density = 0; density < DENSITIES; density++) {
            if (writePdf(xhtml(doc, qr, density), buffered, density == DENSITIES - 1)) {
                break;
            }
        }
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate as the XHTML that becomes the PDF, at one of the {@link #DENSITIES}. */
    String xhtml(CertificateDocument printed, String qrDataUri, int density) {
        CertificateDocument doc = PrintableText.clean(printed);
        String name = doc.holderName() == null ? "" : doc.holderName();
        return template.data("c", doc)
                .data("qr", qrDataUri)
                .data("density", density)
                .data("nip", groupedNip(doc.nip()))
                .data("nameSize", name.length() > 60 ? "smaller" : name.length() > 38 ? "small" : "normal")
                .data("nameWords", words(name))
                .data("signatoryWords", words(doc.signatoryName()))
                .data("competencyRows", pairs(doc.competencies()))
                .data("completedOn", date(doc.completedOn()))
                .data("issuedOn", date(doc.issuedOn()))
                .data("expiresOn", date(doc.expiresOn()))
                .render();
    }

    /**
     * Lays out well-formed XHTML (data: URIs only, no external resources) and, if it fits on one page or
     * {@code evenIfLonger}, writes it as PDF/A-2u to {@code out}; answers whether it wrote.
     */
    static boolean writePdf(String xhtml, OutputStream out, boolean evenIfLonger) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (Font font : FONTS) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), font.family(), font.weight(), FontStyle.NORMAL,
                    true);
        }
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U).useColorProfile(SRGB);
        builder.withW3cDocument(parse(xhtml), null).withProducer("GCIO Academy").toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            if (pages > 1 && !evenIfLonger) {
                return false;
            }
            if (pages > 1) {
                LOG.warnf("Certificate needs %d pages even in the densest layout", pages);
            }
            renderer.createPDF();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses with a per-thread builder: openhtmltopdf's own parsing looks its XML factories up on every document. */
    private static Document parse(String xhtml) {
        try {
            return PARSER.get().parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException("Certificate template is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An 18-digit NIP as it is usually written, {@code 19780512 200501 2 003}; anything else as given. */
    static String groupedNip(String nip) {
        if (nip == null) {
            return "";
        }
        String digits = nip.replace(" ", "");
        if (digits.length() != 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return nip;
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " "
                + digits.substring(15);
    }

    /** Names as words that are never broken, so a line ends between words and not inside a title such as "M.Sc.". */
    private static String[] words(String name) {
        return name == null || name.isBlank() ? new String[0] : name.strip().split("\\s+");
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static List<List<String>> pairs(List<String> items) {
        List<List<String>> rows = new ArrayList<>();
        if (items == null) {
            return rows;
        }
        for (int i = 0; i < items.size(); i += 2) {
            rows.add(items.subList(i, Math.min(i + 2, items.size())));
        }
        return rows;
    }

    private record Font(byte[] bytes, String family, int weight) {

        static Font load(String file, String family, int weight) {
            try (InputStream in = CertificatePdf.class.getResourceAsStream("/certificate/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font resource certificate/fonts/" + file);
                }
                return new Font(in.readAllBytes(), family, weight);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Passes openhtmltopdf's warnings and errors to JBoss Logging; its per-document INFO chatter is dropped. */
    private static final class WarningsOnly implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                Logger.getLogger(where).error(msg, th);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                Logger.getLogger(where).warn(msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }
}
