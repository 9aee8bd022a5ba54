package id.gcio.academy.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table to CSV or XLSX for download, safe against spreadsheet formula injection (OWASP "CSV injection").
 * <p>
 * <b>Formula-injection rule</b> ({@link #neutralise}): a text cell, header included, whose first character after any
 * leading spaces is {@code = + - @}, a tab, a carriage return, or a full-width {@code ＝ ＋ － ＠} gets a single quote
 * {@code '} in front, so spreadsheets read it as text. The rule applies to every CSV value that is not a
 * {@link Number}, {@link Boolean} or date. XLSX text is always a string cell, which a spreadsheet never evaluates, so
 * it is written as it is (a phone number shows as {@code +62…}, not {@code '+62…}); a cell the rule would prefix gets
 * Excel's own "quote prefix" style instead, the invisible mark Excel sets when someone types {@code '=…}, so the text
 * stays text when the user edits the cell. Numbers are never prefixed: {@code -1.5} as a {@code Double} is a number,
 * {@code "-5"} as a {@code String} is text.
 * <p>
 * <b>CSV</b>: UTF-8 with a byte-order mark (so Excel detects the encoding), comma-separated unless the caller asks for
 * {@code ;} (files meant for people using Excel with Indonesian regional settings; only for tables of text and whole
 * numbers, because that Excel reads {@code .} as the thousands mark: {@code 33.333} would become 33,333), CRLF,
 * RFC 4180 quoting;
 * numbers with a {@code .} decimal point and no exponent; {@link Instant} and {@link OffsetDateTime} as
 * {@code yyyy-MM-dd HH:mm:ss} in WITA ({@code Asia/Makassar}), {@link LocalDate} as {@code yyyy-MM-dd}; booleans as
 * {@code true}/{@code false}; {@code null}, NaN and infinities as an empty field. An Excel whose list separator is
 * {@code ;} (the Indonesian locale) splits lines on {@code ;}, not on quotes, so offer XLSX to people and CSV to tools.
 * <p>
 * <b>XLSX</b>: one sheet, bold frozen header, numbers as numeric cells, dates as date cells in WITA with a date
 * format, booleans as boolean cells, text as string cells (cut at Excel's 32,767 characters). Integers with more than
 * 15 digits (NIK, NIP) are written as text, since Excel would round them. Written with the streaming
 * {@link SXSSFWorkbook}, whose temporary files are deleted before returning. Neither method closes {@code out}.
 */
public final class TableExport {

    /** The zone exported times are shown in: WITA, Samarinda's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String UTF8_BOM = "\uFEFF";
    private static final String DANGEROUS_FIRST = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final int EXCEL_MAX_TEXT = 32_767;
    private static final int EXCEL_EXACT_DIGITS = 15;
    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int ROWS_IN_MEMORY = 100;

    /** A header row and data rows; cells may be String, Number, Boolean, Instant, OffsetDateTime, LocalDate or null. */
    public record Table(List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = Collections.unmodifiableList(new ArrayList<>(headers));
            List<List<Object>> copy = new ArrayList<>(rows.size());
            rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
            rows = Collections.unmodifiableList(copy);
        }
    }

    private TableExport() {
    }

    /** Applies the formula-injection rule described on the class; {@code null} stays {@code null}. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return null;
        }
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '\u00A0' || cell.charAt(i) == '\u3000')) {
            i++;
        }
        return i < cell.length() && DANGEROUS_FIRST.indexOf(cell.charAt(i)) >= 0 ? "'" + cell : cell;
    }

    /** The XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The format a download asks for, {@code csv} or {@code xlsx} in any case ({@code fallback} when it asks for none);
     * anything else is refused with a 422 at the field {@code format}.
     */
    public static String format(String asked, String fallback) {
        String f = asked == null ? fallback : asked.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw id.gcio.academy.web.DomainException.invalid(java.util.Map.of("format", "Format ekspor harus csv atau xlsx."));
        }
        return f;
    }

    /** The table as a file to download: {@code fileBase.csv} (UTF-8 with BOM) or {@code fileBase.xlsx}. */
    public static jakarta.ws.rs.core.Response download(Table table, String format, String sheetName, String fileBase) {
        return download(table, format, sheetName, fileBase, ',');
    }

    /** {@link #download(Table, String, String, String)} with the CSV's field separator ({@code ,} or {@code ;}). */
    public static jakarta.ws.rs.core.Response download(Table table, String format, String sheetName, String fileBase,
            char separator) {
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            if (format.equals("csv")) {
                writeCsv(table, out, separator);
            } else {
                writeXlsx(table, sheetName, out);
            }
        };
        return jakarta.ws.rs.core.Response.ok(body).type(format.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileBase + "." + format + "\"").build();
    }

    public static void writeCsv(Table table, OutputStream out) throws IOException {
        writeCsv(table, out, ',');
    }

    /** The table as CSV with this field separator ({@code ,} or {@code ;}). */
    public static void writeCsv(Table table, OutputStream out, char separator) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(UTF8_BOM);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).get());
        csv.printRecord(table.headers().stream().map(TableExport::csvField));
        for (List<Object> row : table.rows()) {
            csv.printRecord(row.stream().map(TableExport::csvField));
        }
        csv.flush();
    }

    public static void writeXlsx(Table table, String sheetName, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null ? "" : sheetName));
            Styles styles = new Styles(wb);
            int columns = table.headers().size();
            for (List<Object> row : table.rows()) {
                columns = Math.max(columns, row.size());
            }
            int[] widths = new int[columns];

            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                String text = xlsxText(table.headers().get(c));
                Cell cell = header.createCell(c);
                cell.setCellValue(text);
                cell.setCellStyle(quoted(text) ? styles.quotedHeader : styles.header);
                widths[c] = Math.max(widths[c], text.length());
            }
            sheet.createFreezePane(0, 1);

            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> values = table.rows().get(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < values.size(); c++) {
                    widths[c] = Math.max(widths[c], writeCell(row, c, values.get(c), styles));
                }
            }
            for (int c = 0; c < columns; c++) {
                int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[c] + 2));
                sheet.setColumnWidth(c, chars * 256);
            }
            wb.write(out);
        }
        out.flush();
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return plainNumber(n);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(ZONE));
        }
        if (value instanceof OffsetDateTime o) {
            return DATE_TIME.format(o.atZoneSameInstant(ZONE));
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return neutralise(value.toString());
    }

    /** Writes one cell and answers its display width in characters. */
    private static int writeCell(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            String plain = plainNumber(n);
            if (plain.isEmpty()) {
                return 0;
            }
            Cell cell = row.createCell(column);
            if (tooManyDigits(n, plain)) {
                cell.setCellValue(plain);
            } else {
                cell.setCellValue(n.doubleValue());
            }
            return plain.length();
        }
        Cell cell = row.createCell(column);
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        if (value instanceof Instant i) {
            return dateTime(cell, LocalDateTime.ofInstant(i, ZONE), styles);
        }
        if (value instanceof OffsetDateTime o) {
            return dateTime(cell, o.atZoneSameInstant(ZONE).toLocalDateTime(), styles);
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            return 10;
        }
        String text = xlsxText(value.toString());
        cell.setCellValue(text);
        if (quoted(text)) {
            cell.setCellStyle(styles.quoted);
        }
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    private static int dateTime(Cell cell, LocalDateTime value, Styles styles) {
        cell.setCellValue(value);
        cell.setCellStyle(styles.dateTime);
        return 19;
    }

    private static String xlsxText(String value) {
        String text = value == null ? "" : value;
        return text.length() > EXCEL_MAX_TEXT ? text.substring(0, EXCEL_MAX_TEXT) : text;
    }

    /** Whether an XLSX text cell gets the quote-prefix style: when the CSV rule would prefix it. */
    private static boolean quoted(String text) {
        return !text.isEmpty() && neutralise(text).length() != text.length();
    }

    /** Decimal notation with a point and no exponent; empty for NaN and infinities. */
    private static String plainNumber(Number n) {
        if (isIntegral(n)) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        BigDecimal exact = n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
        return exact.stripTrailingZeros().toPlainString();
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte || n instanceof BigInteger;
    }

    /** Whether Excel, which keeps 15 significant digits, would round this whole number. */
    private static boolean tooManyDigits(Number n, String plain) {
        boolean whole = isIntegral(n) || n instanceof BigDecimal d && d.scale() <= 0;
        return whole && plain.replace("-", "").length() > EXCEL_EXACT_DIGITS;
    }

    /** The few cell styles an export needs; a workbook holds a limited number of them. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quotedHeader;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            quotedHeader = wb.createCellStyle();
            quotedHeader.setFont(bold);
            quotedHeader.setQuotePrefixed(true);
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
