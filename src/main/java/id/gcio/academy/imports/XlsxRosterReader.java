package id.gcio.academy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX as a stream of rows with POI's event API ({@link XSSFSheetXMLHandler}), so memory
 * does not grow with the sheet: the workbook is never loaded whole, only its shared strings
 * ({@link PlainSharedStrings}). Cells are text as Excel shows them ({@link DataFormatter}); for cells stored as numbers
 * the raw value is kept as well, since a NIP typed as a number has lost its last digits.
 *
 * <p>The bytes are written to a temporary file so that POI opens them through {@link ZipSecureFile}, which inflates
 * entries on demand and refuses zip bombs: an entry that inflates more than {@value #MAX_INFLATE_FACTOR} times its
 * compressed size, or beyond {@value #MAX_ENTRY_BYTES} bytes. These limits are POI-wide settings, set once here.
 * The shared strings, the one part held in memory whole, are refused beyond {@value #STRINGS_PER_ROW} strings and
 * {@value #CHARS_PER_ROW} characters per allowed row (a roster has 8 known columns, most of them repeating).
 */
final class XlsxRosterReader {

    static final int MAX_INFLATE_FACTOR = 100;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final int STRINGS_PER_ROW = 16;
    static final int CHARS_PER_ROW = 512;
    private static final Pattern WORKBOOK_PART = Pattern.compile("/xl/workbook\\.xml");

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxRosterReader() {
    }

    /** Thrown from the SAX handler to end reading early; not an error. */
    private static final class StopReading extends SAXException {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static RosterTable read(byte[] bytes, int maxRows) {
        Path file = null;
        OPCPackage pkg = null;
        try {
            file = Files.createTempFile("roster-", ".xlsx");
            Files.write(file, bytes);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (pkg.getPartsByName(WORKBOOK_PART).isEmpty()) {
                return RosterTable.refused(null, RosterFile.notASpreadsheet());
            }
            return readFirstSheet(pkg, maxRows);
        } catch (Exception e) {
            return RosterTable.refused(RosterTable.XLSX, problemFor(e));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private static RosterTable readFirstSheet(OPCPackage pkg, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        long allowedRows = (long) maxRows + RosterCollector.HEADER_SEARCH_ROWS + 1;
        PlainSharedStrings strings = PlainSharedStrings.of(pkg, (int) Math.min(Integer.MAX_VALUE, allowedRows * STRINGS_PER_ROW),
                allowedRows * CHARS_PER_ROW);
        RosterCollector collector = new RosterCollector(RosterTable.XLSX, maxRows);
        var sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return collector.finish();
        }
        Rows rows = new Rows(collector);
        NumberCapture capture = new NumberCapture(rows);
        capture.delegate = new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(Locale.US), false);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(capture);
        try (InputStream sheet = sheets.next()) {
            xml.parse(new InputSource(sheet));
        } catch (StopReading stop) {
            // the collector has what it needs
        }
        return collector.finish();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** POI reports its zip-bomb limits only through the message of an IOException, possibly wrapped. */
    private static boolean tooComplex(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 20))) {
                return true;
            }
        }
        return false;
    }

    private static FileProblem problemFor(Throwable e) {
        if (causedBy(e, PlainSharedStrings.TooMany.class)) {
            return FileProblem.error(FileProblem.FILE_TOO_COMPLEX, "File XLSX ini berisi teks jauh lebih banyak "
                    + "daripada yang muat dalam daftar peserta, sehingga ditolak. Salin hanya daftar peserta (tanpa "
                    + "sheet atau kolom lain) ke workbook baru, atau simpan sebagai CSV, lalu unggah ulang.")
                    .as("file_xlsx_too_much_text");
        }
        if (tooComplex(e)) {
            return FileProblem.error(FileProblem.FILE_TOO_COMPLEX, "File XLSX ini terlalu besar atau terlalu rumit "
                    + "setelah dibuka (isinya jauh lebih besar daripada ukuran filenya) sehingga ditolak demi "
                    + "keamanan. Salin hanya daftar peserta ke workbook baru, atau simpan sebagai CSV.")
                    .as("file_xlsx_too_complex");
        }
        return FileProblem.error(FileProblem.FILE_UNREADABLE, "File XLSX tidak dapat dibaca (rusak atau bukan file "
                + "Excel yang valid). Buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.")
                .as("file_xlsx_unreadable");
    }

    /** Collects the cells of each row, by column, with the raw numbers captured alongside. */
    private static final class Rows implements SheetContentsHandler {
        private final RosterCollector collector;
        private List<String> cells = new ArrayList<>();
        private Map<Integer, Double> numbers = new HashMap<>();
        private Double pendingNumber;

        Rows(RosterCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            numbers = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!collector.row(rowNum + 1, cells, numbers)) {
                throw new StopReadingUnchecked();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : columnIndex(cellReference);
            Double number = pendingNumber;
            pendingNumber = null;
            if (column >= RosterCollector.MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            if (number != null) {
                numbers.put(column, number);
            }
        }
    }

    /** The 0-based column of a reference such as {@code "AB12"}. */
    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    /** SheetContentsHandler cannot throw checked exceptions; this crosses POI's handler and is turned back. */
    private static final class StopReadingUnchecked extends RuntimeException {
        StopReadingUnchecked() {
            super(null, null, false, false);
        }
    }

    /**
     * Sits in front of POI's sheet handler and remembers the raw {@code <v>} of numeric cells, which POI only passes
     * on formatted.
     */
    private static final class NumberCapture extends DefaultHandler {
        private final Rows rows;
        private DefaultHandler delegate;
        private boolean numericCell;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        NumberCapture(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                String type = attributes.getValue("t");
                numericCell = type == null || "n".equals(type);
                rows.pendingNumber = null;
            } else if ("v".equals(localName)) {
                inValue = true;
                value.setLength(0);
            }
            try {
                delegate.startElement(uri, localName, qName, attributes);
            } catch (StopReadingUnchecked stop) {
                throw new StopReading();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                value.append(ch, start, length);
            }
            delegate.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("v".equals(localName)) {
                inValue = false;
                rows.pendingNumber = numericCell ? parse(value) : null;
            }
            try {
                delegate.endElement(uri, localName, qName);
            } catch (StopReadingUnchecked stop) {
                throw new StopReading();
            }
        }

        private static Double parse(CharSequence text) {
            try {
                return Double.valueOf(text.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
