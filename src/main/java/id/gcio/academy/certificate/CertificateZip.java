package id.gcio.academy.certificate;

import id.gcio.academy.cohort.Cohort;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A cohort's certificates as one ZIP, streamed: PDFs are rendered on all cores a few at a time, ahead of the writer,
 * and written in order, so memory stays at a handful of PDFs whatever the cohort's size.
 */
@ApplicationScoped
public class CertificateZip {

    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "certificate-pdf");
        t.setDaemon(true);
        return t;
    });

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePdf pdf;

    public Response response(Cohort cohort) {
        List<CertificateDocument> docs = certificates.cohortDocuments(cohort.id);
        StreamingOutput body = out -> write(docs, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"sertifikat-" + cohort.code + ".zip\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** Writes the PDFs of these documents into a ZIP, {@code <number>.pdf} each. */
    public void write(List<CertificateDocument> docs, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // PDFs are already compressed: store them instead of deflating again.
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            Deque<Future<byte[]>> ahead = new ArrayDeque<>();
            int next = 0;
            int written = 0;
            while (written < docs.size()) {
                while (next < docs.size() && ahead.size() < threads * 2) {
                    CertificateDocument d = docs.get(next++);
                    ahead.add(pool.submit(() -> pdf.render(d)));
                }
                byte[] bytes = take(ahead.removeFirst());
                zip.putNextEntry(new ZipEntry(docs.get(written).number() + ".pdf"));
                zip.write(bytes);
                zip.closeEntry();
                written++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] take(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("PDF rendering failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
