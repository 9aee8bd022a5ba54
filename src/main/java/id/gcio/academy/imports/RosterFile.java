package id.gcio.academy.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a participant roster sent by a partner (CSV or XLSX) into a {@link RosterTable} of raw cells; row rules are
 * {@link RosterRowValidator}'s. Never throws for a bad file: every refusal is a {@link FileProblem}.
 *
 * <p>The type is told by content, not by the file name: an XLSX is a ZIP holding {@code xl/workbook.xml}; the legacy
 * {@code .xls} (OLE2, also used by password-protected workbooks), OpenDocument, PDF and other binary files (a NUL
 * byte in the first kilobyte, unless a UTF-16 byte-order mark explains it) are refused with advice; anything else is
 * read as CSV. Files above {@link Limits#maxBytes()} are refused before parsing; reading stops once more than
 * {@link Limits#maxRows()} data rows are found.
 */
public final class RosterFile {

    /** Size limits: bytes of the upload, and non-blank data rows. */
    public record Limits(long maxBytes, int maxRows) {
        public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 100_000);
    }

    private static final int BINARY_PROBE_BYTES = 1024;

    private RosterFile() {
    }

    public static RosterTable read(byte[] bytes, String fileName, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            return RosterTable.refused(null,
                    FileProblem.error(FileProblem.EMPTY_FILE, "File kosong: tidak ada daftar peserta di dalamnya.")
                            .as("file_empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            return RosterTable.refused(null, FileProblem.error(FileProblem.FILE_TOO_LARGE, "File berukuran "
                    + megabytes(bytes.length) + ", melebihi batas " + megabytes(limits.maxBytes())
                    + ". Bagi daftar peserta menjadi beberapa file.")
                    .as("file_too_large", bytes.length, limits.maxBytes()));
        }
        if (CsvRosterReader.startsWith(bytes, 'P', 'K', 3, 4)) {
            if (isOpenDocument(bytes)) {
                return RosterTable.refused(null, FileProblem.error(FileProblem.UNSUPPORTED_FORMAT, "File "
                        + name(fileName) + "berformat OpenDocument (.ods). Di LibreOffice pilih File > Simpan Sebagai "
                        + "> Excel 2007-365 (.xlsx) atau CSV, lalu unggah ulang.").as("file_ods", name(fileName)));
            }
            return XlsxRosterReader.read(bytes, limits.maxRows());
        }
        if (CsvRosterReader.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return RosterTable.refused(null, FileProblem.error(FileProblem.UNSUPPORTED_FORMAT, "File " + name(fileName)
                    + "berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila "
                    + "ada, lalu simpan sebagai Excel Workbook (.xlsx) atau CSV dan unggah ulang.")
                    .as("file_xls", name(fileName)));
        }
        if (CsvRosterReader.startsWith(bytes, '%', 'P', 'D', 'F')) {
            return RosterTable.refused(null, FileProblem.error(FileProblem.UNSUPPORTED_FORMAT, "File " + name(fileName)
                    + "adalah PDF. Daftar peserta harus berupa tabel XLSX atau CSV; minta file Excel aslinya dari "
                    + "pengirim.").as("file_pdf", name(fileName)));
        }
        boolean utf16 = CsvRosterReader.startsWith(bytes, 0xFF, 0xFE) || CsvRosterReader.startsWith(bytes, 0xFE, 0xFF);
        if (!utf16 && hasNulByte(bytes)) {
            return RosterTable.refused(null, notASpreadsheet());
        }
        return CsvRosterReader.read(bytes, limits.maxRows());
    }

    static FileProblem notASpreadsheet() {
        return FileProblem.error(FileProblem.UNSUPPORTED_FORMAT, "File ini bukan tabel XLSX atau CSV (mungkin "
                + "gambar, dokumen atau arsip). Simpan daftar peserta sebagai Excel Workbook (.xlsx) atau CSV lalu "
                + "unggah ulang.").as("file_not_spreadsheet");
    }

    /** OpenDocument stores an uncompressed {@code mimetype} entry first, naming the document type. */
    private static boolean isOpenDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 128), StandardCharsets.ISO_8859_1);
        return head.contains("mimetypeapplication/vnd.oasis.opendocument");
    }

    private static boolean hasNulByte(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "" : "\"" + fileName.strip() + "\" ";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
