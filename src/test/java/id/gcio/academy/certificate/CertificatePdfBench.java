package id.gcio.academy.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: renders certificates after a warm-up and prints ms per PDF, on one thread and then on several. Run after
 * {@code ./mvnw test-compile} with
 * {@code java -cp target/classes:target/test-classes:<deps> id.gcio.academy.certificate.CertificatePdfBench [count] [threads]}.
 */
public final class CertificatePdfBench {

    private CertificatePdfBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        CertificatePdf pdf = CertificateFixture.pdf();
        List<CertificateDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(CertificateFixture.certificate().number(String.format(Locale.ROOT, "GCIO-2026-%06d", i))
                    .holderName("Dr. Ir. Hj. Siti Rahmawati " + i + ", M.Si.")
                    .competencies(List.of("Tata kelola SPBE", "Arsitektur SPBE", "Manajemen data",
                            "Keamanan informasi", "Kepemimpinan digital"))
                    .build());
        }
        long bytes = 0;
        for (int i = 0; i < 200; i++) {
            bytes += pdf.render(docs.get(i % count)).length;
        }
        System.out.printf(Locale.ROOT, "warm-up done, %d bytes per PDF%n", bytes / 200);
        for (int round = 1; round <= 2; round++) {
            run(pdf, docs, 1);
            if (threads > 1) {
                run(pdf, docs, threads);
            }
        }
    }

    private static void run(CertificatePdf pdf, List<CertificateDocument> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (CertificateDocument doc : docs) {
            results.add(pool.submit(() -> pdf.render(doc).length));
        }
        for (Future<Integer> result : results) {
            result.get();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d thread(s): %d PDFs in %d ms, %.1f ms per PDF%n", threads, docs.size(), ms,
                (double) ms / docs.size());
    }
}
