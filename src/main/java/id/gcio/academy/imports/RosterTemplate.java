package id.gcio.academy.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template partners download: the columns the import reads, one example row, and in the XLSX the NIP and
 * phone columns pre-formatted as Text, so Excel cannot turn a NIP into {@code 1.97805E+17}.
 */
public final class RosterTemplate {

    static final List<String> HEADERS = List.of("NIP", "Nama Lengkap", "Email", "No. HP", "Jabatan", "Eselon", "OPD",
            "Status Kepegawaian");
    static final List<String> EXAMPLE = List.of("197805102003121003", "Dr. Ir. Contoh Peserta, M.T.",
            "contoh.peserta@kaltimprov.go.id", "081234567890", "Kepala Bidang Aplikasi Informatika", "III.a",
            "Dinas Komunikasi dan Informatika", "PNS");

    private RosterTemplate() {
    }

    /** CSV as Indonesian-locale Excel reads it: UTF-8 with BOM, ';' separated, CRLF. */
    public static byte[] csv() {
        String text = "\uFEFF" + String.join(";", HEADERS) + "\r\n" + String.join(";", EXAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Peserta");
            DataFormat format = wb.createDataFormat();
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row h = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                h.createCell(i).setCellValue(HEADERS.get(i));
                h.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 22 * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            Row example = sheet.createRow(1);
            for (int i = 0; i < EXAMPLE.size(); i++) {
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                example.getCell(i).setCellStyle(text);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
