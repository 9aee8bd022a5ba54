package id.gcio.academy.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds XLSX files in memory the way Excel stores them: text as strings, typed numbers as numeric cells. */
final class XlsxFixture {

    /** A cell stored as a number with an explicit number format, e.g. {@code "0"} or {@code "General"}. */
    record Num(double value, String format) {
    }

    private XlsxFixture() {
    }

    /** Rows from the first: a String is a text cell, a Number a General number cell, a {@link Num} formatted. */
    static byte[] sheet(Object[]... rows) {
        return sheetFrom(0, rows);
    }

    /** The same, starting at the given 0-based row index. */
    static byte[] sheetFrom(int firstRow, Object[]... rows) {
        return workbook(sheet -> fill(sheet, firstRow, rows));
    }

    /** Writes rows into a sheet from a 0-based row index; a null row is left out (blank). */
    static void fill(XSSFSheet sheet, int firstRow, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                put(sheet, row, c, rows[r][c]);
            }
        }
    }

    /** A workbook with one sheet, "Peserta". */
    static byte[] workbook(Consumer<XSSFSheet> fill) {
        return book(wb -> fill.accept(wb.createSheet("Peserta")));
    }

    static byte[] book(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void put(XSSFSheet sheet, Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Num num) {
            cell.setCellValue(num.value());
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(num.format()));
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException(value.getClass().toString());
        }
    }
}
