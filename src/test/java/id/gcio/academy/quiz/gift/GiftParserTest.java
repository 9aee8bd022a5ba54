package id.gcio.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.Question;
import id.gcio.academy.quiz.Question.Choice;
import id.gcio.academy.quiz.Question.MatchPair;
import id.gcio.academy.quiz.Question.NumericAnswer;
import id.gcio.academy.quiz.Question.TextAnswer;
import id.gcio.academy.quiz.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private final GiftParser parser = new GiftParser();

    // --- constructs -------------------------------------------------------------------------------------------

    @Test
    void parsesSingleChoiceWithLetteredIdsInWrittenOrder() {
        Question q = only("Ibu kota Indonesia adalah? {~Bandung =Jakarta ~Surabaya}");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals("q1", q.key());
        assertNull(q.title());
        assertNull(q.category());
        assertEquals("Ibu kota Indonesia adalah?", q.text());
        assertEquals(1, q.points());
        assertEquals(List.of(new Choice("a", "Bandung", 0, null), new Choice("b", "Jakarta", 1, null),
                new Choice("c", "Surabaya", 0, null)), q.choices());
        assertEquals(List.of(), q.tags());
        assertEquals(Question.Difficulty.MEDIUM, q.difficulty());
        assertNull(q.generalFeedback());
        assertNull(q.truth());
    }

    @Test
    void knowsTheLineEachQuestionStartsOn() {
        GiftImport r = parser.parse(String.join("\n", "// komentar", "::satu::Soal satu? {T}", "", "", "// [tag:x]",
                "$CATEGORY: a/b", "", "::dua::Soal", "dua? {F}", "", "Soal tanpa judul? {T}"));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.lineOf("satu"));
        assertEquals(8, r.lineOf("dua"));
        assertEquals(11, r.lineOf("q3"));
        assertEquals(1, r.lineOf("tidak-ada"));
    }

    @Test
    void parsesMultipleResponseWithPercentWeightsIncludingPenalties() {
        Question q = only(
                "Mana yang termasuk domain SPBE? {",
                "  ~%50%Tata Kelola",
                "  ~%50%Layanan",
                "  ~%-100%Perangkat keras",
                "  ~Pemasaran",
                "}");
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals(List.of(new Choice("a", "Tata Kelola", 0.5, null), new Choice("b", "Layanan", 0.5, null),
                new Choice("c", "Perangkat keras", -1, null), new Choice("d", "Pemasaran", 0, null)), q.choices());
    }

    @Test
    void weightedEqualsAnswersMakeMultipleResponse() {
        Question q = only("Pilih dua. {=%50%Satu =%50%Dua ~Tiga}");
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals(List.of(0.5, 0.5, 0.0), q.choices().stream().map(Choice::fraction).toList());
    }

    @Test
    void singleChoiceMayPenaliseAWrongOption() {
        Question q = only("Pilih satu. {=Benar ~%-50%Sangat salah ~Salah}");
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
        assertEquals(List.of(1.0, -0.5, 0.0), q.choices().stream().map(Choice::fraction).toList());
    }

    @Test
    void acceptsWeightsAddingUpToWithinAHundredthOfHundred() {
        Question q = only("Tiga benar. {~%33.33%A ~%33.33%B ~%33.33%C ~D}");
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals(0.3333, q.choices().get(0).fraction(), 1e-12);
    }

    @Test
    void parsesTrueWithFeedbackForWrongThenRightAnswer() {
        Question q = only("Satu Data Indonesia diatur Perpres 39/2019. {TRUE#Keliru: Perpres 39/2019 memang mengatur SDI.#Tepat.}");
        assertEquals(QuestionType.TRUE_FALSE, q.type());
        assertEquals(Boolean.TRUE, q.truth());
        assertEquals("Tepat.", q.feedbackWhenTrue());
        assertEquals("Keliru: Perpres 39/2019 memang mengatur SDI.", q.feedbackWhenFalse());
        assertEquals("Satu Data Indonesia diatur Perpres 39/2019.", q.text());
    }

    @Test
    void parsesFalseWithFeedbackForWrongThenRightAnswer() {
        Question q = only("SPBE hanya urusan dinas kominfo. {F#Keliru, SPBE urusan semua instansi.#Tepat.}");
        assertEquals(Boolean.FALSE, q.truth());
        assertEquals("Keliru, SPBE urusan semua instansi.", q.feedbackWhenTrue());
        assertEquals("Tepat.", q.feedbackWhenFalse());
    }

    @Test
    void parsesEveryTrueFalseSpellingWithoutFeedback() {
        GiftImport result = parse("A {T}", "", "B {TRUE}", "", "C {F}", "", "D {FALSE}", "", "E {true}");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(true, true, false, false, true), result.questions().stream().map(Question::truth).toList());
        assertTrue(result.questions().stream().allMatch(q -> q.type() == QuestionType.TRUE_FALSE
                && q.feedbackWhenTrue() == null && q.feedbackWhenFalse() == null));
    }

    @Test
    void parsesShortAnswerWithSeveralWeightedAnswers() {
        Question q = only("Singkatan Sistem Pemerintahan Berbasis Elektronik? "
                + "{=SPBE =S.P.B.E.#Boleh, tanpa titik lebih lazim =%50%e-Government#Mirip, tetapi bukan istilah resminya}");
        assertEquals(QuestionType.SHORT_ANSWER, q.type());
        assertEquals(List.of(new TextAnswer("SPBE", false, 1, null),
                new TextAnswer("S.P.B.E.", false, 1, "Boleh, tanpa titik lebih lazim"),
                new TextAnswer("e-Government", false, 0.5, "Mirip, tetapi bukan istilah resminya")), q.textAnswers());
        assertEquals(List.of(), q.choices());
    }

    @Test
    void parsesNumericWithTolerance() {
        Question q = only("Nilai pi? {#3.14:0.01#Bagus}");
        assertEquals(QuestionType.NUMERIC, q.type());
        assertEquals(List.of(new NumericAnswer(3.14, 0.01, 1, "Bagus")), q.numericAnswers());
    }

    @Test
    void parsesNumericRangeAsMiddleWithHalfWidthTolerance() {
        Question q = only("Sebut angka antara satu dan lima. {#1..5}");
        assertEquals(List.of(new NumericAnswer(3, 2, 1, null)), q.numericAnswers());
    }

    @Test
    void parsesSeveralWeightedNumericAnswersWithFeedback() {
        Question q = only(
                "Berapa domain SPBE? {#",
                "  =4:0#Tepat, empat domain.",
                "  =%50%3:1#Hampir.",
                "  =-2",
                "}");
        assertEquals(List.of(new NumericAnswer(4, 0, 1, "Tepat, empat domain."), new NumericAnswer(3, 1, 0.5, "Hampir."),
                new NumericAnswer(-2, 0, 1, null)), q.numericAnswers());
    }

    @Test
    void parsesMatchingPairs() {
        Question q = only(
                "Pasangkan instansi dengan perannya. {",
                "  =Bappenas -> Pembina data tingkat pusat",
                "  =BPS -> Pembina data statistik",
                "  =BIG->Pembina data geospasial",
                "}");
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals(List.of(new MatchPair("Bappenas", "Pembina data tingkat pusat"),
                new MatchPair("BPS", "Pembina data statistik"), new MatchPair("BIG", "Pembina data geospasial")), q.pairs());
    }

    @Test
    void acceptsMatchingWithTwoPairs() {
        assertEquals(2, only("Pasangkan. {=a -> 1 =b -> 2}").pairs().size());
    }

    @Test
    void parsesEssayWithGeneralFeedback() {
        GiftImport result = parse("Jelaskan manfaat Satu Data. {}", "", "Uraikan arsitektur SPBE. {####Rubrik: sebut 3 lapisan.}");
        assertEquals(List.of(), result.problems());
        Question plain = result.questions().get(0);
        assertEquals(QuestionType.ESSAY, plain.type());
        assertEquals("Jelaskan manfaat Satu Data.", plain.text());
        assertNull(plain.generalFeedback());
        Question withFeedback = result.questions().get(1);
        assertEquals(QuestionType.ESSAY, withFeedback.type());
        assertEquals("Rubrik: sebut 3 lapisan.", withFeedback.generalFeedback());
    }

    @Test
    void readsGeneralFeedbackAfterFourHashes() {
        Question q = only("Pilih. {=A#Tepat ~B ####Lihat modul 2.}");
        assertEquals("Lihat modul 2.", q.generalFeedback());
        assertEquals(List.of(new Choice("a", "A", 1, "Tepat"), new Choice("b", "B", 0, null)), q.choices());
    }

    @Test
    void readsPerAnswerFeedback() {
        Question q = only("Pilih. {=Jakarta#Tepat, ibu kota saat ini. ~Bandung#Kurang tepat. ~Medan}");
        assertEquals(List.of("Tepat, ibu kota saat ini.", "Kurang tepat."),
                q.choices().stream().map(Choice::feedback).limit(2).toList());
        assertNull(q.choices().get(2).feedback());
    }

    @Test
    void appliesCategoryToFollowingQuestionsUntilTheNext() {
        GiftImport result = parse(
                "Sebelum kategori {T}",
                "",
                "$CATEGORY: spbe/tata-kelola",
                "",
                "Soal A {T}",
                "",
                "Soal B {F}",
                "",
                "$CATEGORY: satu-data",
                "Soal C langsung di bawah kategori {T}");
        assertEquals(List.of(), result.problems());
        assertEquals(java.util.Arrays.asList(null, "spbe/tata-kelola", "spbe/tata-kelola", "satu-data"),
                result.questions().stream().map(Question::category).toList());
        assertEquals("Soal C langsung di bawah kategori", result.questions().get(3).text());
    }

    @Test
    void usesTitleAsKeyAndNumbersUntitledQuestionsByPosition() {
        GiftImport result = parse(
                "::SPBE-01:: Judul dipakai sebagai kunci {T}",
                "",
                "$CATEGORY: lain",
                "",
                "Tanpa judul {F}",
                "",
                "::Soal tiga::Tanpa spasi setelah judul {T}");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("SPBE-01", "q2", "Soal tiga"), result.questions().stream().map(Question::key).toList());
        assertEquals(java.util.Arrays.asList("SPBE-01", null, "Soal tiga"),
                result.questions().stream().map(Question::title).toList());
        assertEquals("Judul dipakai sebagai kunci", result.questions().get(0).text());
        assertEquals("Tanpa spasi setelah judul", result.questions().get(2).text());
    }

    @Test
    void ignoresCommentLinesEverywhere() {
        GiftImport result = parse(
                "// komentar pembuka",
                "",
                "// komentar tepat di atas soal",
                "Baris pertama",
                "   // komentar di tengah teks",
                "baris kedua {",
                "  =ya",
                "  // komentar di blok jawaban",
                "  ~tidak",
                "}",
                "",
                "// komentar penutup");
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.questions().size());
        Question q = result.questions().get(0);
        assertEquals("q1", q.key());
        assertEquals("Baris pertama\nbaris kedua", q.text());
        assertEquals(List.of("ya", "tidak"), q.choices().stream().map(Choice::text).toList());
    }

    @Test
    void readsTagsFromCommentsOfTheQuestion() {
        Question q = only("// [tag:spbe] [tag: satu-data ] [tag:spbe]", "Soal bertag {T}");
        assertEquals(List.of("spbe", "satu-data"), q.tags());
    }

    @Test
    void resolvesEveryEscapedCharacter() {
        Question q = only("::Rasio 1\\:2:: Tanda \\~ \\= \\# \\{ \\} \\: dan garis \\\\ baris\\nbaru "
                + "{=a\\=b#umpan \\#1 ~c\\~d ~e\\{f\\}}");
        assertEquals("Rasio 1:2", q.key());
        assertEquals("Rasio 1:2", q.title());
        assertEquals("Tanda ~ = # { } : dan garis \\ baris\nbaru", q.text());
        assertEquals(List.of(new Choice("a", "a=b", 1, "umpan #1"), new Choice("b", "c~d", 0, null),
                new Choice("c", "e{f}", 0, null)), q.choices());
    }

    @Test
    void joinsTextAroundTheBlankOfMissingWordQuestions() {
        Question q = only("Pusat Data Nasional dikelola {=Kementerian Komdigi ~BSSN ~BPS} sebagai penyelenggara.");
        assertEquals("Pusat Data Nasional dikelola _____ sebagai penyelenggara.", q.text());
        assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    }

    @Test
    void readsCrlfWithByteOrderMarkAndKeepsLineNumbers() {
        GiftImport result = parser.parse("\uFEFF$CATEGORY: spbe\r\n\r\n::Q1::Teks?\r\n{=a ~b}\r\n\r\nSoal kedua {T}\r\n"
                + "\r\nSoal rusak {=a ~b\r\n");
        assertEquals(List.of(new GiftProblem(8, "kurung kurawal jawaban tidak ditutup.", false)), result.problems());
        assertEquals(List.of("Q1", "q2"), result.questions().stream().map(Question::key).toList());
        assertEquals("spbe", result.questions().get(0).category());
        assertEquals("Teks?", result.questions().get(0).text());
        assertEquals(List.of("a", "b"), result.questions().get(0).choices().stream().map(Choice::text).toList());
    }

    @Test
    void stripsFormatPrefixes() {
        Question q = only("::J::[markdown]**Tebal** atau tidak? {=[html]<b>ya</b>#[plain]benar ~[moodle]tidak}");
        assertEquals("**Tebal** atau tidak?", q.text());
        assertEquals(List.of(new Choice("a", "<b>ya</b>", 1, "benar"), new Choice("b", "tidak", 0, null)), q.choices());
    }

    // --- problems ---------------------------------------------------------------------------------------------

    @Test
    void reportsUnclosedBraceAtItsLineAndKeepsReadingTheFile() {
        GiftImport result = parse(
                "Soal pertama {T}",
                "",
                "Soal kedua",
                "{=a ~b",
                "",
                "Soal ketiga {F}");
        assertFalse(result.ok());
        assertEquals(List.of(new GiftProblem(4, "kurung kurawal jawaban tidak ditutup.", false)), result.problems());
        assertEquals("Baris 4: kurung kurawal jawaban tidak ditutup.", result.problems().get(0).toString());
        assertEquals(List.of("q1", "q3"), result.questions().stream().map(Question::key).toList());
    }

    @Test
    void reportsBlankLineInsideAnswerBlockOnBothSides() {
        GiftImport result = parse(
                "Soal {",
                "  =a",
                "",
                "  ~b",
                "}");
        assertFalse(result.ok());
        assertEquals(List.of(1, 5), lines(result));
        assertEquals("kurung kurawal jawaban tidak ditutup.", result.problems().get(0).message());
        assertTrue(result.problems().get(1).message().startsWith("kurung kurawal '}' tanpa pembuka '{'"));
        assertEquals(List.of(), result.questions());
    }

    @Test
    void reportsSecondAnswerBlockWhenQuestionsAreNotSeparated() {
        GiftProblem problem = onlyProblem("Soal satu {=a ~b}", "Soal dua {=c ~d}");
        assertEquals(new GiftProblem(2, "blok jawaban kedua dalam satu soal; pisahkan soal dengan baris kosong.", false),
                problem);
    }

    @Test
    void reportsBraceOpenedInsideAnAnswerBlock() {
        GiftProblem problem = onlyProblem("Soal {=a", "~b {c}");
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("kurung kurawal '{' baru sebelum blok jawaban ditutup"));
    }

    @Test
    void reportsChoiceWithoutRightAnswer() {
        GiftImport result = parse("Soal A {~a ~b}", "", "", "Soal B {~%-50%a ~b}");
        String message = "tidak ada jawaban benar: tandai dengan '=' atau beri bobot positif seperti ~%50%.";
        assertEquals(List.of(new GiftProblem(1, message, false), new GiftProblem(4, message, false)), result.problems());
        assertFalse(result.ok());
    }

    @Test
    void reportsMultipleResponseWeightsNotAddingUpToHundred() {
        GiftProblem problem = onlyProblem("Pilih yang benar:", "{~%50%a ~%40%b ~c}");
        assertEquals(new GiftProblem(1, "bobot pilihan benar berjumlah 90%, harus 100%.", false), problem);
    }

    @Test
    void reportsPartialCreditOnASingleChoiceOptionAsWeightsOverHundred() {
        GiftProblem problem = onlyProblem("Pilih. {=a ~%50%b ~c}");
        assertEquals("bobot pilihan benar berjumlah 150%, harus 100% (soal dengan lebih dari satu pilihan berbobot "
                + "positif dinilai sebagai jawaban ganda).", problem.message());
    }

    @Test
    void reportsSingleRightAnswerWorthLessThanHundred() {
        GiftProblem problem = onlyProblem("Pilih. {=%50%a ~b}");
        assertEquals("jawaban benar soal pilihan tunggal harus bernilai 100%.", problem.message());
    }

    @Test
    void reportsWeightOutsideMinusHundredToHundredAtTheAnswerLine() {
        GiftImport result = parse("Pilih. {", "  ~%150%a", "  ~%-120%b", "  =c", "}");
        assertEquals(List.of(new GiftProblem(2, "bobot jawaban 150% di luar rentang -100% sampai 100%.", false),
                new GiftProblem(3, "bobot jawaban -120% di luar rentang -100% sampai 100%.", false)), result.problems());
    }

    @Test
    void reportsWeightThatIsNotANumber() {
        GiftProblem problem = onlyProblem("Pilih. {~%separuh%a =b}");
        assertEquals("bobot jawaban \"%separuh%\" bukan angka.", problem.message());
    }

    @Test
    void reportsNonNumericNumericAnswer() {
        GiftImport result = parse("Berapa? {#tiga}", "", "Nilai pi? {#3,14:0,01}");
        assertEquals(List.of(new GiftProblem(1, "jawaban numerik \"tiga\" bukan angka.", false),
                new GiftProblem(3, "jawaban numerik \"3,14:0,01\" bukan angka; gunakan titik sebagai pemisah desimal.", false)),
                result.problems());
        assertEquals(List.of(), result.questions());
    }

    @Test
    void reportsReversedRangeAndNegativeTolerance() {
        GiftImport result = parse("A {#5..1}", "", "B {#3:-1}");
        assertEquals(List.of(new GiftProblem(1, "rentang numerik terbalik: batas bawah 5 lebih besar dari batas atas 1.", false),
                new GiftProblem(3, "toleransi jawaban numerik tidak boleh negatif.", false)), result.problems());
    }

    @Test
    void reportsNumericWrongAnswerFeedbackAsUnsupported() {
        GiftProblem problem = onlyProblem("Berapa? {#", "=4", "~#Bukan, hitung lagi.", "}");
        assertEquals(new GiftProblem(3, "umpan balik '~' untuk jawaban salah pada soal numerik tidak didukung.", true), problem);
    }

    @Test
    void reportsMatchingPairWithoutArrowAtItsLine() {
        GiftProblem problem = onlyProblem("Pasangkan. {", "  =a -> 1", "  =b 2", "  =c -> 3", "}");
        assertEquals(new GiftProblem(3, "pasangan tanpa '->': \"b 2\".", false), problem);
    }

    @Test
    void reportsMatchingWithFewerThanTwoPairs() {
        GiftProblem problem = onlyProblem("Pasangkan. {=a -> 1}");
        assertEquals(new GiftProblem(1, "soal menjodohkan memerlukan sedikitnya dua pasangan.", false), problem);
    }

    @Test
    void reportsMatchingDistractorAsUnsupported() {
        GiftProblem problem = onlyProblem("Pasangkan. {=a -> 1 =b -> 2 = -> 3}");
        assertEquals(new GiftProblem(1, "pasangan tanpa pernyataan (jawaban pengecoh) tidak didukung.", true), problem);
    }

    @Test
    void reportsEmptyAnswers() {
        GiftImport result = parse("Pilih. {", "=a", "~", "~c", "}", "", "Isian {=#hanya umpan balik}");
        assertEquals(List.of(new GiftProblem(3, "jawaban kosong.", false), new GiftProblem(7, "jawaban kosong.", false)),
                result.problems());
    }

    @Test
    void reportsShortAnswerWithoutEqualsSign() {
        GiftProblem problem = onlyProblem("Ibu kota? {Jakarta}");
        assertEquals(new GiftProblem(1, "jawaban isian harus diawali '=': \"Jakarta\".", false), problem);
    }

    @Test
    void reportsShortAnswerWithoutFullCreditAnswer() {
        assertEquals("tidak ada jawaban bernilai 100%.", onlyProblem("Isian {=%50%kira-kira}").message());
    }

    @Test
    void reportsEmptyCategoryPath() {
        GiftImport result = parse("$CATEGORY:   ", "", "Soal {T}");
        assertEquals(List.of(new GiftProblem(1, "$CATEGORY tanpa jalur kategori.", false)), result.problems());
        assertNull(result.questions().get(0).category());
    }

    @Test
    void reportsDescriptionItemAsUnsupported() {
        GiftImport result = parse("Soal {T}", "", "::Bacaan:: Bacalah teks berikut", "dengan saksama.");
        assertEquals(List.of(new GiftProblem(3,
                "butir tanpa blok jawaban {…} (deskripsi) tidak didukung; tambahkan jawaban atau hapus butir ini.", true)),
                result.problems());
        assertTrue(result.problems().get(0).unsupported());
        assertEquals(1, result.questions().size());
        assertFalse(result.ok());
    }

    @Test
    void reportsDuplicateKeys() {
        GiftImport result = parse("::Sama:: A {T}", "", "::Sama:: B {F}", "", "::q5:: C {T}", "", "D {T}", "", "E {T}");
        assertEquals(List.of(new GiftProblem(3, "kunci soal \"Sama\" sudah dipakai soal di baris 1; beri judul yang berbeda.", false),
                new GiftProblem(9, "kunci soal \"q5\" sudah dipakai soal di baris 5; beri judul yang berbeda.", false)),
                result.problems());
    }

    @Test
    void reportsUnclosedTitle() {
        assertEquals(new GiftProblem(1, "judul soal tidak ditutup dengan '::'.", false), onlyProblem("::Judul Soal {T}"));
    }

    @Test
    void reportsEmptyQuestionText() {
        assertEquals(new GiftProblem(1, "teks soal kosong.", false), onlyProblem("::Judul:: {=a ~b}"));
    }

    @Test
    void reportsChoiceWithFewerThanTwoOptions() {
        assertEquals("soal pilihan memerlukan sedikitnya dua pilihan.", onlyProblem("Pilih. {~%100%satu-satunya}").message());
    }

    @Test
    void reportsTextBeforeTheFirstChoiceMarker() {
        assertEquals(new GiftProblem(1, "pilihan harus diawali '=' (benar) atau '~' (salah): \"Jakarta\".", false),
                onlyProblem("Ibu kota? {Jakarta ~Bandung =Nusantara}"));
    }

    // --- a whole file -----------------------------------------------------------------------------------------

    @Test
    void readsARealisticIndonesianBankWithoutProblems() {
        GiftImport result = parse(
                "// Bank soal: Kepemimpinan Digital — SPBE dan Satu Data Indonesia",
                "// Disusun untuk pelatihan GCIO Academy.",
                "",
                "$CATEGORY: kepemimpinan-digital/spbe",
                "",
                "// [tag:spbe] [tag:regulasi]",
                "::SPBE-01:: Peraturan Presiden yang menjadi dasar penyelenggaraan SPBE adalah {",
                "  =Perpres Nomor 95 Tahun 2018#Tepat. Perpres 95/2018 tentang SPBE.",
                "  ~Perpres Nomor 39 Tahun 2019#Itu dasar Satu Data Indonesia.",
                "  ~UU Nomor 27 Tahun 2022#Itu UU Pelindungan Data Pribadi.",
                "  ####Baca kembali pelajaran 1.",
                "}",
                "",
                "::SPBE-02:: Domain dalam evaluasi SPBE meliputi (pilih semua yang benar): {",
                "  ~%25%Kebijakan Internal SPBE",
                "  ~%25%Tata Kelola SPBE",
                "  ~%25%Manajemen SPBE",
                "  ~%25%Layanan SPBE",
                "  ~%-100%Pengadaan perangkat keras",
                "}",
                "",
                "::SPBE-03:: Indeks SPBE dinilai pada skala 1 sampai 5. Berapa nilai minimal predikat \"Baik\"? {#2.6:0.01}",
                "",
                "$CATEGORY: kepemimpinan-digital/satu-data",
                "",
                "::SD-01:: Prinsip Satu Data Indonesia mewajibkan data memiliki metadata. {TRUE#Keliru: metadata adalah salah "
                        + "satu prinsip SDI.#Benar.}",
                "",
                "::SD-02:: Pasangkan peran dalam Satu Data Indonesia dengan pengertiannya. {",
                "  =Walidata -> Unit yang mengumpulkan, memeriksa, dan mengelola data",
                "  =Produsen Data -> Unit yang menghasilkan data",
                "  =Pembina Data -> Instansi yang membina penyelenggaraan data",
                "}",
                "",
                "::SD-03:: Portal resmi data terbuka pemerintah pusat adalah {=data.go.id =https\\://data.go.id} .",
                "",
                "::SD-04:: [markdown]Jelaskan **satu** hambatan berbagi pakai data di instansi Anda. {}");
        assertEquals(List.of(), result.problems());
        assertTrue(result.ok());
        List<Question> qs = result.questions();
        assertEquals(List.of("SPBE-01", "SPBE-02", "SPBE-03", "SD-01", "SD-02", "SD-03", "SD-04"),
                qs.stream().map(Question::key).toList());
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE, QuestionType.NUMERIC,
                QuestionType.TRUE_FALSE, QuestionType.MATCHING, QuestionType.SHORT_ANSWER, QuestionType.ESSAY),
                qs.stream().map(Question::type).toList());
        assertEquals(List.of("kepemimpinan-digital/spbe", "kepemimpinan-digital/spbe", "kepemimpinan-digital/spbe",
                "kepemimpinan-digital/satu-data", "kepemimpinan-digital/satu-data", "kepemimpinan-digital/satu-data",
                "kepemimpinan-digital/satu-data"), qs.stream().map(Question::category).toList());

        Question spbe01 = qs.get(0);
        assertEquals("Peraturan Presiden yang menjadi dasar penyelenggaraan SPBE adalah", spbe01.text());
        assertEquals(List.of("spbe", "regulasi"), spbe01.tags());
        assertEquals("Baca kembali pelajaran 1.", spbe01.generalFeedback());
        assertEquals(new Choice("a", "Perpres Nomor 95 Tahun 2018", 1, "Tepat. Perpres 95/2018 tentang SPBE."),
                spbe01.choices().get(0));
        assertEquals(new Choice("c", "UU Nomor 27 Tahun 2022", 0, "Itu UU Pelindungan Data Pribadi."), spbe01.choices().get(2));

        assertEquals(List.of(0.25, 0.25, 0.25, 0.25, -1.0), qs.get(1).choices().stream().map(Choice::fraction).toList());
        assertEquals(List.of(new NumericAnswer(2.6, 0.01, 1, null)), qs.get(2).numericAnswers());
        assertEquals("Benar.", qs.get(3).feedbackWhenTrue());
        assertEquals("Keliru: metadata adalah salah satu prinsip SDI.", qs.get(3).feedbackWhenFalse());
        assertEquals(new MatchPair("Walidata", "Unit yang mengumpulkan, memeriksa, dan mengelola data"), qs.get(4).pairs().get(0));
        assertEquals("Portal resmi data terbuka pemerintah pusat adalah _____ .", qs.get(5).text());
        assertEquals(List.of("data.go.id", "https://data.go.id"),
                qs.get(5).textAnswers().stream().map(TextAnswer::text).toList());
        assertEquals("Jelaskan **satu** hambatan berbagi pakai data di instansi Anda.", qs.get(6).text());
        assertEquals(List.of(), qs.get(4).tags());
    }

    @Test
    void emptyInputYieldsNothingAndIsOk() {
        GiftImport result = parser.parse("\n\n// hanya komentar\n");
        assertTrue(result.ok());
        assertEquals(List.of(), result.questions());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private GiftImport parse(String... lines) {
        return parser.parse(String.join("\n", lines));
    }

    private Question only(String... lines) {
        GiftImport result = parse(lines);
        assertEquals(List.of(), result.problems());
        assertTrue(result.ok());
        assertEquals(1, result.questions().size());
        return result.questions().get(0);
    }

    private GiftProblem onlyProblem(String... lines) {
        GiftImport result = parse(lines);
        assertFalse(result.ok());
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    private static List<Integer> lines(GiftImport result) {
        return result.problems().stream().map(GiftProblem::line).toList();
    }
}
