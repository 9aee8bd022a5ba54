package id.gcio.academy.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV the way Excel and LibreOffice write it.
 *
 * <p><b>Encoding</b>: a UTF-16 byte-order mark (Excel's "Unicode Text") selects UTF-16; otherwise UTF-8 with or
 * without a BOM when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows), reported as information.
 * <p><b>Delimiter</b>: {@code ;} (Excel in the Indonesian locale), {@code ,} (LibreOffice, Excel in English) or tab.
 * The delimiter that splits one of the first lines into a recognisable header (NIP and another column) wins; failing
 * that, the one that occurs most often outside quotes in the first lines; ties go to {@code ;}, then {@code ,}.
 * <p><b>Rows</b>: RFC 4180 quoting (embedded delimiters, doubled quotes, line breaks), CRLF or LF. The row number is
 * the record's position in the file counting blank lines, which is the row Excel shows when it opens the file. A file
 * with a record of more than {@value #MAX_FIELDS} fields is refused before parsing, since the parser holds a whole
 * record in memory.
 */
final class CsvRosterReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t'};
    private static final int SAMPLE_LINES = 20;
    private static final int SAMPLE_CHARS = 64 * 1024;
    static final int MAX_FIELDS = 1024;

    private CsvRosterReader() {
    }

    record Decoded(String text, Charset charset, boolean guessed) {
    }

    static RosterTable read(byte[] bytes, int maxRows) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            return RosterTable.refused(RosterTable.CSV,
                    FileProblem.error(FileProblem.EMPTY_FILE, "File kosong: tidak ada daftar peserta di dalamnya.")
                            .as("file_empty"));
        }
        if (looksLikeHtml(text)) {
            return RosterTable.refused(null, FileProblem.error(FileProblem.UNSUPPORTED_FORMAT,
                    "File ini halaman web (HTML), bukan CSV atau XLSX, walaupun namanya mungkin .xls. Buka file di "
                            + "Excel, lalu simpan sebagai Excel Workbook (.xlsx) dan unggah ulang.").as("file_html"));
        }
        RosterCollector collector = new RosterCollector(RosterTable.CSV, maxRows);
        if (decoded.guessed()) {
            collector.problem(FileProblem.info(FileProblem.ENCODING_FALLBACK, "File tidak berenkode UTF-8 dan dibaca "
                    + "sebagai Windows-1252. Jika ada huruf yang tampak salah, simpan ulang sebagai \"CSV UTF-8\".")
                    .as("file_encoding_fallback"));
        }
        char delimiter = detectDelimiter(text);
        int wide = firstRecordWiderThan(text, delimiter, MAX_FIELDS);
        if (wide > 0) {
            return RosterTable.refused(RosterTable.CSV, FileProblem.error(FileProblem.FILE_TOO_COMPLEX, "Baris " + wide
                    + " file CSV berisi lebih dari " + String.format(Locale.ROOT, "%,d", MAX_FIELDS).replace(',', '.')
                    + " kolom. Simpan hanya kolom daftar peserta (NIP, Nama, OPD, Eselon, ...) sebagai CSV, lalu "
                    + "unggah ulang.").as("file_csv_too_wide", wide, MAX_FIELDS));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!collector.row(Math.toIntExact(record.getRecordNumber()), cells, Map.of())) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return RosterTable.refused(RosterTable.CSV, FileProblem.error(FileProblem.FILE_UNREADABLE,
                    "File CSV tidak dapat dibaca: tanda kutip (\") tidak berpasangan atau baris rusak. Buka file di "
                            + "Excel atau LibreOffice lalu simpan ulang sebagai CSV.").as("file_csv_unreadable"));
        }
        return collector.finish();
    }

    /**
     * The number (1-based, as the parser counts) of the first record with more than {@code max} fields, or 0. Splits
     * records as the RFC 4180 parser does: a quote opens a quoted field only at the start of a field, a doubled quote
     * inside one is a literal quote, and CR, LF or CRLF outside quotes ends a record.
     */
    static int firstRecordWiderThan(String text, char delimiter, int max) {
        int record = 1;
        int fields = 1;
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == delimiter) {
                if (++fields > max) {
                    return record;
                }
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record++;
                fields = 1;
                fieldStart = true;
            } else if (fieldStart && c == '"') {
                quoted = true;
                fieldStart = false;
            } else {
                fieldStart = false;
            }
        }
        return 0;
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, false);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(stripBom(text), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    static char detectDelimiter(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<String> lines = sample.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
        return byHeader(lines).orElseGet(() -> byCount(lines));
    }

    private static Optional<Character> byHeader(List<String> lines) {
        char best = 0;
        int bestKnown = 0;
        for (char d : DELIMITERS) {
            for (String line : lines) {
                List<Column> known = split(line, d).stream().map(Column::fromHeader).flatMap(Optional::stream)
                        .distinct().toList();
                if (known.contains(Column.NIP) && known.size() >= 2 && known.size() > bestKnown) {
                    best = d;
                    bestKnown = known.size();
                }
            }
        }
        return bestKnown == 0 ? Optional.empty() : Optional.of(best);
    }

    private static char byCount(List<String> lines) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    for (int d = 0; d < DELIMITERS.length; d++) {
                        if (c == DELIMITERS[d]) {
                            counts[d]++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Splits one physical line on a delimiter outside quotes; enough to recognise a header. */
    private static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || (start.startsWith("<") && start.contains("<table"));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
