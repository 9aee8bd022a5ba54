package id.gcio.academy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain strings. POI's {@code ReadOnlySharedStringsTable} parses the same part but
 * builds an {@code XSSFRichTextString}, an XMLBeans tree, on every lookup, which made reading a large sheet several
 * times slower and churned the heap. Phonetic runs ({@code <rPh>}) are skipped and Excel's {@code _xHHHH_} escapes
 * decoded, as POI does. Reading stops with {@link TooMany} once the table holds more strings or characters than
 * allowed, so a small, highly compressed part cannot fill the heap.
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** The shared strings exceed the limits; thrown while parsing. */
    static final class TooMany extends SAXException {
        TooMany(String message) {
            super(message);
        }
    }

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int maxStrings;
    private final long maxChars;
    private long chars;
    private boolean inText;
    private boolean inPhonetic;

    private PlainSharedStrings(int maxStrings, long maxChars) {
        this.maxStrings = maxStrings;
        this.maxChars = maxChars;
    }

    /** Reads the workbook's shared strings, refusing more than {@code maxStrings} strings or {@code maxChars} chars. */
    static PlainSharedStrings of(OPCPackage pkg, int maxStrings, long maxChars)
            throws IOException, SAXException, ParserConfigurationException {
        PlainSharedStrings table = new PlainSharedStrings(maxStrings, maxChars);
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(table);
            try (InputStream in = parts.get(0).getInputStream()) {
                xml.parse(new InputSource(in));
            }
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws TooMany {
        switch (localName) {
            case "si" -> {
                if (strings.size() >= maxStrings) {
                    throw new TooMany("more than " + maxStrings + " shared strings");
                }
                chars += text.length();
                strings.add(decode(text));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TooMany {
        if (inText) {
            if (chars + text.length() + length > maxChars) {
                throw new TooMany("more than " + maxChars + " characters of shared strings");
            }
            text.append(ch, start, length);
        }
    }

    private static String decode(CharSequence raw) {
        String s = raw.toString();
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Just the text; formatting runs are not needed to read a roster. */
    private record PlainText(String getString) implements RichTextString {

        @Override
        public String toString() {
            return getString;
        }

        @Override
        public int length() {
            return getString.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void clearFormatting() {
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
