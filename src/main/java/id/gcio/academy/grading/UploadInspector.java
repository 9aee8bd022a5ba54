package id.gcio.academy.grading;

import id.gcio.academy.web.Hashes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks an uploaded file by its content: type, size, zip bombs. Stateless and thread-safe.
 *
 * <p>The type comes from the bytes alone ({@link FileMagic}, then the OPC content types of a DOCX or XLSX, or the
 * image header); the file name only has to agree with it. A name whose extension is one of the accepted kinds'
 * ({@code pdf docx xlsx png jpg jpeg}) but names another kind is refused as {@link #TYPE_MISMATCH}; any other or no
 * extension is kept in the name and the right one appended ({@code laporan} becomes {@code laporan.pdf}). Content of no
 * accepted kind is refused as "not a valid PDF" (or DOCX…, damaged or renamed) when the name claims an accepted kind,
 * else as a type that is not supported.
 *
 * <p>DOCX and XLSX are read in memory, never from a temporary file. Before POI parses the package, every entry is
 * inflated once through POI's {@link ZipArchiveThresholdInputStream}, which applies the process-wide
 * {@code ZipSecureFile} ratio and entry-size limits, while this class counts the bytes against its own limits:
 * {@value #MAX_ZIP_ENTRIES} entries, {@value #MAX_UNZIPPED_BYTES} bytes unzipped in total (declared sizes in the
 * central directory and bytes actually inflated, since declared sizes can lie) and {@value #MAX_PACKAGE_XML_BYTES}
 * bytes of {@code [Content_Types].xml} and {@code .rels}, which POI parses whole. This class changes no
 * {@code ZipSecureFile} setting (they are static, process-wide, and the roster import sets them); its own limits
 * hold whatever those settings are.
 *
 * <p>Images are checked by their header only: pixels are never decoded. A PDF needs {@code %PDF-} at the start and
 * {@code %%EOF} in its last 1024 bytes; its body is not parsed.
 */
public final class UploadInspector {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static final String TOO_LARGE = "too-large";
    public static final String EMPTY = "empty";
    public static final String UNSUPPORTED_TYPE = "unsupported-type";
    public static final String TYPE_MISMATCH = "type-mismatch";
    public static final String ZIP_BOMB = "zip-bomb";
    public static final String MACRO = "macro";
    public static final String ENCRYPTED = "encrypted";
    public static final String DAMAGED = "damaged";

    static final int MAX_PIXELS_PER_SIDE = 10_000;
    static final int MAX_ZIP_ENTRIES = 1_000;
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
    static final long MAX_PACKAGE_XML_BYTES = 4L * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 120;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int PDF_TAIL = 1024;
    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** Content-type fragments of VBA projects, macro-enabled main parts (docm, xlsm, xlsb…) and XLM macro sheets. */
    private static final List<String> MACRO_TYPES = List.of("macroenabled", "vbaproject", "vbadata", "macrosheet");
    private static final Pattern VBA_ENTRY = Pattern.compile("(?i)(^|/)vbaProject\\.bin$");
    private static final Pattern PACKAGE_XML = Pattern.compile("(?i)^\\[Content_Types]\\.xml$|\\.rels$");
    private static final Map<String, FileKind> KIND_BY_EXTENSION = Map.of("pdf", FileKind.PDF,
            "docx", FileKind.DOCX, "xlsx", FileKind.XLSX, "png", FileKind.PNG,
            "jpg", FileKind.JPEG, "jpeg", FileKind.JPEG, "jpe", FileKind.JPEG, "jfif", FileKind.JPEG);
    private static final Map<FileKind, String> DESCRIPTIONS = Map.of(FileKind.PDF, "dokumen PDF",
            FileKind.DOCX, "dokumen Word (DOCX)", FileKind.XLSX, "lembar kerja Excel (XLSX)",
            FileKind.PNG, "gambar PNG", FileKind.JPEG, "gambar JPEG");

    /** Content of no accepted kind: {@link #inspect} words the refusal after the name's extension. */
    private static final Verdict UNRECOGNISED = Verdict.refuse(UNSUPPORTED_TYPE, null);

    private final long maxBytes;
    private final String maxSize;

    public UploadInspector(long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and about 2 GB: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.maxSize = sizeLabel(maxBytes);
    }

    /** The outcome: the bytes and the real kind when accepted, a code and a message for the uploader when refused. */
    public record Inspection(FileKind kind, byte[] bytes, String sha256Hex, String safeFileName, String refusalCode,
            String refusalMessage) {

        public boolean accepted() {
            return refusalCode == null;
        }
    }

    /**
     * Reads at most maxBytes+1 bytes from {@code in}; never throws for bad input, returns a refusal instead. The
     * stream is not closed. A refusal has no kind and no bytes; its hash is set when the whole file was read.
     */
    public Inspection inspect(String fileName, InputStream in) throws IOException {
        String name = baseName(fileName);
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            return new Inspection(null, null, null, name, TOO_LARGE,
                    "Berkas " + name + " lebih besar dari " + maxSize + ". Perkecil ukurannya lalu unggah ulang.");
        }
        String sha256 = Hashes.sha256Hex(bytes);
        Verdict verdict = bytes.length == 0
                ? Verdict.refuse(EMPTY, "Berkas " + name + " kosong. Pilih berkas yang benar lalu unggah ulang.")
                : examine(bytes, name);
        FileKind named = KIND_BY_EXTENSION.get(extension(name));
        if (verdict == UNRECOGNISED) {
            verdict = named != null ? notValid(name, named) : unsupported(name);
        }
        if (verdict.kind() == null) {
            return new Inspection(null, null, sha256, name, verdict.code(), verdict.message());
        }
        if (named != null && named != verdict.kind()) {
            return new Inspection(null, null, sha256, name, TYPE_MISMATCH, "Berkas " + name + " bukan "
                    + named.name() + ": isinya " + DESCRIPTIONS.get(verdict.kind()) + ". Simpan ulang sebagai "
                    + named.name() + " atau ganti nama berkasnya.");
        }
        return new Inspection(verdict.kind(), bytes, sha256, withExtension(name, verdict.kind()), null, null);
    }

    /** Either a kind or a refusal. */
    private record Verdict(FileKind kind, String code, String message) {

        static Verdict accept(FileKind kind) {
            return new Verdict(kind, null, null);
        }

        static Verdict refuse(String code, String message) {
            return new Verdict(null, code, message);
        }
    }

    private static Verdict examine(byte[] bytes, String name) {
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case PDF -> pdf(bytes, name);
            case PNG -> image(bytes, FileKind.PNG, "png", name);
            case JPEG -> image(bytes, FileKind.JPEG, "jpeg", name);
            case OOXML -> officePackage(bytes, name);
            case OLE2 -> oleContainer(bytes, name);
            // FileMagic knows only the JFIF, Exif and plain JPEG openings; ImageIO judges the others
            default -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                    ? image(bytes, FileKind.JPEG, "jpeg", name)
                    : unrecognised();
        };
    }

    private static Verdict pdf(byte[] bytes, String name) {
        if (!startsWith(bytes, PDF_MAGIC) || !containsFrom(bytes, Math.max(0, bytes.length - PDF_TAIL), PDF_EOF)) {
            return damaged(name);
        }
        return Verdict.accept(FileKind.PDF);
    }

    private static Verdict image(byte[] bytes, FileKind kind, String format, String name) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream image = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(image, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
                NumberFormat count = NumberFormat.getIntegerInstance(INDONESIAN);
                return Verdict.refuse(ZIP_BOMB, "Gambar " + name + " terlalu besar saat dibuka ("
                        + count.format(width) + " × " + count.format(height) + " piksel, batasnya "
                        + count.format(MAX_PIXELS_PER_SIDE) + " × " + count.format(MAX_PIXELS_PER_SIDE)
                        + "). Perkecil gambarnya lalu unggah ulang.");
            }
            return width > 0 && height > 0 ? Verdict.accept(kind) : damaged(name);
        } catch (IOException | RuntimeException e) {
            return damaged(name);
        } finally {
            reader.dispose();
        }
    }

    /** An OLE2 container is a legacy .doc/.xls, or an encrypted DOCX/XLSX (the package sits in one stream). */
    private static Verdict oleContainer(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return Verdict.refuse(ENCRYPTED, "Berkas " + name + " dilindungi kata sandi sehingga tidak dapat "
                        + "diperiksa. Hapus kata sandinya lalu unggah ulang.");
            }
        } catch (IOException | RuntimeException e) {
            return unrecognised();
        }
        return Verdict.refuse(UNSUPPORTED_TYPE, "Berkas " + name + " berformat Word atau Excel lama (.doc/.xls) yang "
                + "tidak didukung. Simpan ulang sebagai DOCX atau XLSX lalu unggah kembali.");
    }

    private static Verdict officePackage(byte[] bytes, String name) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Verdict entries = checkEntries(zip, name);
            return entries != null ? entries : checkContentTypes(zip, name);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return damaged(name);
        }
    }

    /** Counts and inflates every entry under the limits; null when the zip may be handed to POI. */
    private static Verdict checkEntries(ZipFile zip, String name) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_ZIP_ENTRIES) {
            return zipBomb(name);
        }
        Set<String> names = new HashSet<>();
        long declared = 0;
        boolean contentTypes = false;
        for (ZipArchiveEntry entry : entries) {
            if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                return damaged(name);
            }
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                return encryptedZip(name);
            }
            if (VBA_ENTRY.matcher(entry.getName()).find()) {
                return macro(name);
            }
            declared += Math.max(0, Math.min(entry.getSize(), MAX_UNZIPPED_BYTES + 1));
            if (declared > MAX_UNZIPPED_BYTES) {
                return zipBomb(name);
            }
            contentTypes |= entry.getName().equalsIgnoreCase("[Content_Types].xml");
        }
        if (!contentTypes) {
            return unrecognised();
        }
        long inflated = 0;
        long packageXml = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipArchiveEntry entry : entries) {
            boolean isPackageXml = PACKAGE_XML.matcher(entry.getName()).find();
            long room = isPackageXml ? MAX_PACKAGE_XML_BYTES - packageXml : MAX_UNZIPPED_BYTES - inflated;
            long read = 0;
            try (InputStream in = new ZipArchiveThresholdInputStream(zip.getInputStream(entry))) {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    read += n;
                    if (read > room || inflated + read > MAX_UNZIPPED_BYTES) {
                        return zipBomb(name);
                    }
                }
            } catch (IOException e) {
                return isZipBomb(e) ? zipBomb(name) : damaged(name);
            }
            inflated += read;
            packageXml += isPackageXml ? read : 0;
        }
        return null;
    }

    private static Verdict checkContentTypes(ZipFile zip, String name) throws InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
        try {
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType().toLowerCase(Locale.ROOT);
                if (MACRO_TYPES.stream().anyMatch(type::contains)) {
                    return macro(name);
                }
            }
            PackagePart main = mainPart(pkg);
            if (main == null) {
                return unrecognised();
            }
            return switch (main.getContentType()) {
                case DOCX_MAIN -> Verdict.accept(FileKind.DOCX);
                case XLSX_MAIN -> Verdict.accept(FileKind.XLSX);
                default -> unrecognised();
            };
        } finally {
            pkg.revert();
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            PackageRelationshipCollection relationships = pkg.getRelationshipsByType(type);
            if (relationships.size() > 0) {
                return pkg.getPart(relationships.getRelationship(0));
            }
        }
        return null;
    }

    /** POI reports its zip-bomb limits only in the message of an IOException. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).startsWith("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Verdict unrecognised() {
        return UNRECOGNISED;
    }

    /** A name that claims an accepted kind whose content is none: damaged, or another type renamed. */
    private static Verdict notValid(String name, FileKind claimed) {
        return Verdict.refuse(UNSUPPORTED_TYPE, "Isi berkas " + name + " bukan " + claimed.name() + " yang sah: berkasnya "
                + "mungkin rusak atau sebenarnya berjenis lain. Buka berkasnya di komputer Anda, simpan ulang sebagai "
                + claimed.name() + ", lalu unggah kembali.");
    }

    private static Verdict unsupported(String name) {
        return Verdict.refuse(UNSUPPORTED_TYPE, "Jenis berkas " + name + " tidak didukung. "
                + "Unggah PDF, DOCX, XLSX, PNG, atau JPEG.");
    }

    private static Verdict damaged(String name) {
        return Verdict.refuse(DAMAGED, "Berkas " + name + " rusak atau tidak lengkap sehingga tidak dapat dibuka. "
                + "Simpan ulang berkasnya lalu unggah kembali.");
    }

    private static Verdict zipBomb(String name) {
        return Verdict.refuse(ZIP_BOMB, "Berkas " + name + " tidak dapat dibuka karena rusak atau terlalu besar saat "
                + "dibuka (dicurigai zip bomb).");
    }

    private static Verdict macro(String name) {
        return Verdict.refuse(MACRO, "Berkas " + name + " berisi makro, yang tidak diizinkan demi keamanan. Simpan "
                + "ulang sebagai DOCX atau XLSX biasa (tanpa makro) lalu unggah kembali.");
    }

    private static Verdict encryptedZip(String name) {
        return Verdict.refuse(ENCRYPTED, "Berkas " + name + " dilindungi kata sandi sehingga tidak dapat diperiksa. "
                + "Hapus kata sandinya lalu unggah ulang.");
    }

    /** The last path segment, with only safe characters, at most {@value #MAX_NAME_LENGTH} long, never empty. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> safe.append(isSafe(c) ? (char) c : '_'));
        String trimmed = trimDotsAndSpaces(safe.toString());
        if (trimmed.isEmpty()) {
            return "berkas";
        }
        if (trimmed.length() <= MAX_NAME_LENGTH) {
            return trimmed;
        }
        String extension = extension(trimmed);
        if (extension.isEmpty() || extension.length() > 10) {
            return trimDotsAndSpaces(trimmed.substring(0, MAX_NAME_LENGTH));
        }
        String stem = trimmed.substring(0, MAX_NAME_LENGTH - extension.length() - 1);
        return trimDotsAndSpaces(stem) + trimmed.substring(trimmed.lastIndexOf('.'));
    }

    /** The base name ending in the kind's extension: an alias of it is replaced, anything else kept before it. */
    static String withExtension(String baseName, FileKind kind) {
        String stem = KIND_BY_EXTENSION.get(extension(baseName)) == kind
                ? baseName.substring(0, baseName.lastIndexOf('.'))
                : baseName;
        int room = MAX_NAME_LENGTH - kind.extension().length() - 1;
        stem = trimDotsAndSpaces(stem.length() > room ? stem.substring(0, room) : stem);
        return (stem.isEmpty() ? "berkas" : stem) + "." + kind.extension();
    }

    /** Lower case, without the dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == ' ' || c == '.' || c == '-' || c == '_' || c == '(' || c == ')';
    }

    private static String trimDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** "10 MB", "2,5 MB", "500 KB": binary units, as the limit is usually a whole number of mebibytes. */
    static String sizeLabel(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMaximumFractionDigits(1);
        if (bytes >= 1024 * 1024) {
            return format.format(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return format.format(bytes) + " byte";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && containsAt(bytes, 0, prefix);
    }

    private static boolean containsFrom(byte[] bytes, int from, byte[] needle) {
        for (int i = from; i + needle.length <= bytes.length; i++) {
            if (containsAt(bytes, i, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAt(byte[] bytes, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
