package id.gcio.academy.quiz.gift;

import id.gcio.academy.quiz.Question;
import id.gcio.academy.quiz.Question.Choice;
import id.gcio.academy.quiz.Question.MatchPair;
import id.gcio.academy.quiz.Question.NumericAnswer;
import id.gcio.academy.quiz.Question.TextAnswer;
import id.gcio.academy.quiz.QuestionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT text into {@link Question}s. Nothing is dropped silently: whatever is malformed, or valid GIFT the
 * academy does not support, becomes a {@link GiftProblem}, and the question it belongs to is left out.
 *
 * <p>Rules, as in Moodle's own reader unless said otherwise:
 * <ul>
 * <li>Items are separated by blank lines; lines starting with {@code //} are ignored, except that {@code [tag:x]} in
 * them becomes a tag of the question they stand in. A {@code $CATEGORY:} line may directly precede its first question
 * (Moodle needs a blank line between).</li>
 * <li>A question's key is its {@code ::title::}, else {@code q<N>}, N counting every question item of the file from 1,
 * refused ones included, so keys do not shift while a trainer fixes a file. Two questions with one key are refused.</li>
 * <li>The answer block is typed in Moodle's order: empty → essay; starting with {@code #} → numeric; any {@code ~} →
 * choice; {@code =} and {@code ->} → matching; {@code T}/{@code TRUE}/{@code F}/{@code FALSE} (any case, here) →
 * true/false; otherwise short answer, whose answers must each start with {@code =} (Moodle takes a bare word too).</li>
 * <li>A choice question is multiple response when it has {@code ~%n%} weights but no {@code =} answer, or more than one
 * answer of positive weight; its positive weights must add up to 100 (± 0.01). Otherwise it is single choice and its one
 * right answer must be worth 100%. So Moodle's partial credit on a single-choice option ({@code =a ~%50%b}) is refused,
 * since {@link Choice} knows only right options summing to 1.</li>
 * <li>True/false feedback follows Moodle: in {@code {TRUE#first#second}} the first text is for a wrong answer and the
 * second for a right one, so for TRUE the first becomes {@code feedbackWhenFalse} and the second
 * {@code feedbackWhenTrue}; for FALSE the other way round.</li>
 * </ul>
 */
public final class GiftParser {

    private static final String BLANK = "_____";
    private static final String ESCAPABLE = "~=#{}:n";
    private static final char PLACEHOLDER = '\uE000';
    private static final Pattern FORMAT = Pattern.compile("^\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("\\[tag:([^\\]]*)]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    public GiftImport parse(String giftText) {
        String text = giftText == null ? "" : giftText;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Reader reader = new Reader();
        List<Line> block = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty()) {
                reader.item(block, comments);
                block = new ArrayList<>();
                comments = new ArrayList<>();
            } else if (trimmed.startsWith("//")) {
                comments.add(trimmed);
            } else {
                block.add(new Line(i + 1, protect(lines[i])));
            }
        }
        reader.item(block, comments);
        return reader.result();
    }

    /** A source line, its escapes already turned into placeholders. */
    private record Line(int number, String text) {
    }

    /** A piece of an answer block: its marker ({@code =}, {@code ~}, or 0 for text before any), text, and offset. */
    private record Piece(char marker, String raw, int offset) {
    }

    /** An answer with its optional {@code %weight%} and {@code #feedback} taken apart. */
    private record Answer(int line, Double weight, String text, String feedback) {
    }

    /** The lines of one question joined by newlines, with a way back from an offset to its line number. */
    private static final class Source {
        final String text;
        final int[] starts;
        final int[] numbers;

        Source(List<Line> lines) {
            StringBuilder joined = new StringBuilder();
            starts = new int[lines.size()];
            numbers = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    joined.append('\n');
                }
                starts[i] = joined.length();
                numbers[i] = lines.get(i).number();
                joined.append(lines.get(i).text());
            }
            text = joined.toString();
        }

        int lineAt(int offset) {
            int i = starts.length - 1;
            while (i > 0 && starts[i] > offset) {
                i--;
            }
            return numbers[i];
        }
    }

    /** What the answer block of one question yields. */
    private static final class Draft {
        QuestionType type;
        List<Choice> choices;
        Boolean truth;
        List<TextAnswer> textAnswers;
        List<NumericAnswer> numericAnswers;
        List<MatchPair> pairs;
        String feedbackWhenTrue;
        String feedbackWhenFalse;
    }

    /** The state of reading one file. */
    private static final class Reader {
        final List<Question> questions = new ArrayList<>();
        final List<GiftProblem> problems = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        String category;
        int count;

        GiftImport result() {
            problems.sort(Comparator.comparingInt(GiftProblem::line));
            Map<String, Integer> lines = new HashMap<>();
            questions.forEach(q -> lines.put(q.key(), keys.get(q.key())));
            return new GiftImport(questions, problems, lines);
        }

        void error(int line, String message) {
            problems.add(new GiftProblem(line, message, false));
        }

        void unsupported(int line, String message) {
            problems.add(new GiftProblem(line, message, true));
        }

        void item(List<Line> lines, List<String> comments) {
            if (lines.isEmpty()) {
                return;
            }
            Line first = lines.get(0);
            String head = first.text().strip();
            if (head.startsWith("$CATEGORY:")) {
                String path = restore(head.substring("$CATEGORY:".length())).strip();
                if (path.isEmpty()) {
                    error(first.number(), "$CATEGORY tanpa jalur kategori.");
                } else {
                    category = path;
                }
                lines = lines.subList(1, lines.size());
                if (lines.isEmpty()) {
                    return;
                }
            }
            question(new Source(lines), tags(comments));
        }

        void question(Source src, List<String> tags) {
            String t = src.text;
            int start = src.numbers[0];
            int number = ++count;
            int problemsBefore = problems.size();

            int p = 0;
            while (p < t.length() && Character.isWhitespace(t.charAt(p))) {
                p++;
            }
            String title = null;
            if (t.startsWith("::", p)) {
                int end = t.indexOf("::", p + 2);
                if (end < 0) {
                    error(start, "judul soal tidak ditutup dengan '::'.");
                    return;
                }
                title = restore(t.substring(p + 2, end)).strip();
                if (title.isEmpty()) {
                    error(start, "judul soal di antara '::' dan '::' kosong.");
                    title = null;
                }
                p = end + 2;
            }
            String key = title != null ? title : "q" + number;
            Integer prior = keys.putIfAbsent(key, start);
            if (prior != null) {
                error(start, "kunci soal \"" + key + "\" sudah dipakai soal di baris " + prior + "; beri judul yang berbeda.");
            }

            int open = t.indexOf('{', p);
            int close = t.indexOf('}', p);
            if (open < 0 && close < 0) {
                unsupported(start, "butir tanpa blok jawaban {…} (deskripsi) tidak didukung; tambahkan jawaban atau hapus butir ini.");
                return;
            }
            if (close >= 0 && (open < 0 || close < open)) {
                error(src.lineAt(close), "kurung kurawal '}' tanpa pembuka '{' (adakah baris kosong di dalam blok jawaban "
                        + "sebelumnya?); tulis \\} untuk karakter '}'.");
                return;
            }
            if (close < 0) {
                error(src.lineAt(open), "kurung kurawal jawaban tidak ditutup.");
                return;
            }
            int nested = t.indexOf('{', open + 1);
            if (nested >= 0 && nested < close) {
                error(src.lineAt(nested), "kurung kurawal '{' baru sebelum blok jawaban ditutup; tulis \\{ untuk karakter '{'.");
                return;
            }
            int extra = indexOfBrace(t, close + 1);
            if (extra >= 0) {
                error(src.lineAt(extra), t.charAt(extra) == '{'
                        ? "blok jawaban kedua dalam satu soal; pisahkan soal dengan baris kosong."
                        : "kurung kurawal '}' tanpa pembuka '{'; tulis \\} untuk karakter '}'.");
                return;
            }

            String before = t.substring(p, open);
            String after = t.substring(close + 1);
            String text = clean(after.isBlank() ? before : before + BLANK + after);
            if (text.isEmpty()) {
                error(start, "teks soal kosong.");
            }

            String body = t.substring(open + 1, close);
            String generalFeedback = null;
            int general = body.lastIndexOf("####");
            if (general >= 0) {
                generalFeedback = nullIfEmpty(clean(body.substring(general + 4)));
                body = body.substring(0, general);
            }
            Draft draft = new Draft();
            answers(src, body, open + 1, start, draft);

            if (problems.size() == problemsBefore) {
                questions.add(new Question(key, draft.type, category, title, text, 1, draft.choices, draft.truth,
                        draft.textAnswers, draft.numericAnswers, draft.pairs, generalFeedback, draft.feedbackWhenTrue,
                        draft.feedbackWhenFalse, tags, null));
            }
        }

        void answers(Source src, String body, int base, int start, Draft draft) {
            String trimmed = body.strip();
            if (trimmed.isEmpty()) {
                draft.type = QuestionType.ESSAY;
            } else if (trimmed.charAt(0) == '#') {
                numeric(src, body, base, start, draft);
            } else if (trimmed.indexOf('~') >= 0) {
                choice(src, body, base, start, draft);
            } else if (trimmed.indexOf('=') >= 0 && trimmed.contains("->")) {
                matching(src, body, base, start, draft);
            } else if (TRUE_FALSE.contains(upTo(trimmed, '#').strip().toUpperCase(Locale.ROOT))) {
                trueFalse(trimmed, draft);
            } else {
                shortAnswer(src, body, base, start, draft);
            }
        }

        void choice(Source src, String body, int base, int start, Draft draft) {
            List<Choice> choices = new ArrayList<>();
            boolean anyEquals = false;
            boolean weightedTilde = false;
            for (Piece piece : split(body, base, "~=")) {
                if (piece.marker() == 0) {
                    error(src.lineAt(piece.offset()), "pilihan harus diawali '=' (benar) atau '~' (salah): \""
                            + clean(piece.raw()) + "\".");
                    continue;
                }
                Answer answer = answer(src, piece);
                if (answer.text().isEmpty()) {
                    error(answer.line(), "jawaban kosong.");
                }
                anyEquals |= piece.marker() == '=';
                weightedTilde |= piece.marker() == '~' && answer.weight() != null;
                double fraction = answer.weight() != null ? answer.weight() / 100 : piece.marker() == '=' ? 1 : 0;
                choices.add(new Choice(choiceId(choices.size()), answer.text(), fraction, answer.feedback()));
            }
            if (choices.size() < 2) {
                error(start, "soal pilihan memerlukan sedikitnya dua pilihan.");
            }
            List<Choice> right = choices.stream().filter(c -> c.fraction() > 0).toList();
            boolean multiple = !anyEquals && weightedTilde || right.size() > 1;
            if (right.isEmpty()) {
                error(start, "tidak ada jawaban benar: tandai dengan '=' atau beri bobot positif seperti ~%50%.");
            } else if (multiple) {
                double sum = right.stream().mapToDouble(Choice::fraction).sum() * 100;
                if (Math.abs(sum - 100) > 0.01 + 1e-9) {
                    error(start, "bobot pilihan benar berjumlah " + format(sum) + "%, harus 100%"
                            + (anyEquals ? " (soal dengan lebih dari satu pilihan berbobot positif dinilai sebagai "
                                    + "jawaban ganda)." : "."));
                }
            } else if (right.get(0).fraction() != 1) {
                error(start, "jawaban benar soal pilihan tunggal harus bernilai 100%.");
            }
            draft.type = multiple ? QuestionType.MULTIPLE_RESPONSE : QuestionType.SINGLE_CHOICE;
            draft.choices = choices;
        }

        void trueFalse(String body, Draft draft) {
            String[] bits = body.split("#", 3);
            boolean truth = bits[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
            String whenWrong = bits.length > 1 ? nullIfEmpty(clean(bits[1])) : null;
            String whenRight = bits.length > 2 ? nullIfEmpty(clean(bits[2])) : null;
            draft.type = QuestionType.TRUE_FALSE;
            draft.truth = truth;
            draft.feedbackWhenTrue = truth ? whenRight : whenWrong;
            draft.feedbackWhenFalse = truth ? whenWrong : whenRight;
        }

        void shortAnswer(Source src, String body, int base, int start, Draft draft) {
            List<TextAnswer> answers = new ArrayList<>();
            for (Piece piece : split(body, base, "=")) {
                if (piece.marker() == 0) {
                    error(src.lineAt(piece.offset()), "jawaban isian harus diawali '=': \"" + clean(piece.raw()) + "\".");
                    continue;
                }
                Answer answer = answer(src, piece);
                if (answer.text().isEmpty()) {
                    error(answer.line(), "jawaban kosong.");
                }
                double fraction = answer.weight() != null ? answer.weight() / 100 : 1;
                answers.add(new TextAnswer(answer.text(), false, fraction, answer.feedback()));
            }
            if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction() == 1)) {
                error(start, "tidak ada jawaban bernilai 100%.");
            }
            draft.type = QuestionType.SHORT_ANSWER;
            draft.textAnswers = answers;
        }

        void numeric(Source src, String body, int base, int start, Draft draft) {
            int hash = body.indexOf('#');
            String rest = body.substring(hash + 1);
            int restBase = base + hash + 1;
            int tilde = rest.indexOf('~');
            if (tilde >= 0) {
                unsupported(src.lineAt(restBase + tilde), "umpan balik '~' untuk jawaban salah pada soal numerik tidak didukung.");
                rest = rest.substring(0, tilde);
            }
            List<Piece> pieces = split(rest, restBase, "=");
            if (pieces.isEmpty()) {
                error(start, "soal numerik tanpa jawaban.");
            }
            List<NumericAnswer> answers = new ArrayList<>();
            for (Piece piece : pieces) {
                Answer answer = answer(src, piece);
                if (answer.text().isEmpty()) {
                    error(answer.line(), "jawaban kosong.");
                    continue;
                }
                double fraction = answer.weight() != null ? answer.weight() / 100 : 1;
                NumericAnswer value = numericValue(answer, fraction);
                if (value != null) {
                    answers.add(value);
                }
            }
            if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction() == 1)) {
                error(start, "tidak ada jawaban bernilai 100%.");
            }
            draft.type = QuestionType.NUMERIC;
            draft.numericAnswers = answers;
        }

        /** {@code value}, {@code value:tolerance} or {@code min..max} (the middle, give or take half the width). */
        NumericAnswer numericValue(Answer answer, double fraction) {
            String s = answer.text();
            int range = s.indexOf("..");
            if (range > 0) {
                Double min = number(s.substring(0, range));
                Double max = number(s.substring(range + 2));
                if (min == null || max == null) {
                    return notANumber(answer);
                }
                if (min > max) {
                    error(answer.line(), "rentang numerik terbalik: batas bawah " + format(min) + " lebih besar dari batas atas "
                            + format(max) + ".");
                    return null;
                }
                return new NumericAnswer((min + max) / 2, (max - min) / 2, fraction, answer.feedback());
            }
            int colon = s.indexOf(':');
            Double value = number(colon > 0 ? s.substring(0, colon) : s);
            Double tolerance = colon > 0 ? number(s.substring(colon + 1)) : Double.valueOf(0);
            if (value == null || tolerance == null) {
                return notANumber(answer);
            }
            if (tolerance < 0) {
                error(answer.line(), "toleransi jawaban numerik tidak boleh negatif.");
                return null;
            }
            return new NumericAnswer(value, tolerance, fraction, answer.feedback());
        }

        NumericAnswer notANumber(Answer answer) {
            error(answer.line(), "jawaban numerik \"" + answer.text() + "\" bukan angka"
                    + (answer.text().contains(",") ? "; gunakan titik sebagai pemisah desimal." : "."));
            return null;
        }

        void matching(Source src, String body, int base, int start, Draft draft) {
            List<Piece> pieces = split(body, base, "=");
            List<MatchPair> pairs = new ArrayList<>();
            Set<String> prompts = new HashSet<>();
            for (Piece piece : pieces) {
                int line = src.lineAt(piece.offset());
                if (piece.marker() == 0) {
                    error(line, "pasangan harus diawali '=': \"" + clean(piece.raw()) + "\".");
                    continue;
                }
                int arrow = piece.raw().indexOf("->");
                if (arrow < 0) {
                    error(line, "pasangan tanpa '->': \"" + clean(piece.raw()) + "\".");
                    continue;
                }
                String prompt = clean(piece.raw().substring(0, arrow));
                String answer = clean(piece.raw().substring(arrow + 2));
                if (prompt.isEmpty()) {
                    unsupported(line, "pasangan tanpa pernyataan (jawaban pengecoh) tidak didukung.");
                } else if (answer.isEmpty()) {
                    error(line, "jawaban kosong.");
                } else if (!prompts.add(prompt)) {
                    error(line, "pernyataan \"" + prompt + "\" muncul lebih dari sekali.");
                } else {
                    pairs.add(new MatchPair(prompt, answer));
                }
            }
            if (pieces.size() < 2) {
                error(start, "soal menjodohkan memerlukan sedikitnya dua pasangan.");
            }
            draft.type = QuestionType.MATCHING;
            draft.pairs = pairs;
        }

        /** Takes {@code %weight%} (any marked answer) and {@code #feedback} off an answer. */
        Answer answer(Source src, Piece piece) {
            int line = src.lineAt(piece.offset());
            String rest = piece.raw().stripLeading();
            Double weight = null;
            if (rest.startsWith("%")) {
                int end = rest.indexOf('%', 1);
                if (end < 0) {
                    error(line, "bobot jawaban tidak ditutup dengan '%'.");
                } else {
                    String written = rest.substring(1, end).strip();
                    if (!NUMBER.matcher(written).matches()) {
                        error(line, "bobot jawaban \"%" + written + "%\" bukan angka.");
                    } else {
                        double value = Double.parseDouble(written);
                        if (value < -100 || value > 100) {
                            error(line, "bobot jawaban " + written + "% di luar rentang -100% sampai 100%.");
                        } else {
                            weight = value;
                        }
                    }
                    rest = rest.substring(end + 1);
                }
            }
            int hash = rest.indexOf('#');
            String text = clean(hash < 0 ? rest : rest.substring(0, hash));
            String feedback = hash < 0 ? null : nullIfEmpty(clean(rest.substring(hash + 1)));
            return new Answer(line, weight, text, feedback);
        }
    }

    /** Cuts an answer block before each marker character; offsets count from the start of the question. */
    private static List<Piece> split(String body, int base, String markers) {
        List<Piece> pieces = new ArrayList<>();
        char marker = 0;
        int from = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i < body.length() && markers.indexOf(body.charAt(i)) < 0) {
                continue;
            }
            String raw = body.substring(from, i);
            if (marker != 0 || !raw.isBlank()) {
                int offset = marker != 0 ? base + from - 1 : base + from + (raw.length() - raw.stripLeading().length());
                pieces.add(new Piece(marker, raw, offset));
            }
            if (i < body.length()) {
                marker = body.charAt(i);
                from = i + 1;
            }
        }
        return pieces;
    }

    private static List<String> tags(List<String> comments) {
        List<String> tags = new ArrayList<>();
        for (String comment : comments) {
            Matcher m = TAG.matcher(comment);
            while (m.find()) {
                String tag = m.group(1).strip();
                if (!tag.isEmpty() && !tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    /** Turns each GIFT escape ({@code \~ \= \# \{ \} \: \n}) into a placeholder, so structure can be searched plainly. */
    static String protect(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == '\\' || ESCAPABLE.indexOf(next) >= 0) {
                    out.append(next == '\\' ? '\\' : (char) (PLACEHOLDER + next));
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= PLACEHOLDER && c < PLACEHOLDER + 128) {
                char original = (char) (c - PLACEHOLDER);
                out.append(original == 'n' ? '\n' : original);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trims, drops a leading {@code [markdown]}-style format marker and resolves escapes. */
    private static String clean(String raw) {
        String s = raw.strip();
        Matcher format = FORMAT.matcher(s);
        if (format.lookingAt()) {
            s = s.substring(format.end());
        }
        return restore(s).strip();
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String upTo(String s, char stop) {
        int at = s.indexOf(stop);
        return at < 0 ? s : s.substring(0, at);
    }

    private static int indexOfBrace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '{' || s.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }

    private static Double number(String s) {
        String trimmed = restore(s).strip();
        return NUMBER.matcher(trimmed).matches() ? Double.valueOf(trimmed) : null;
    }

    /** Choice ids a, b, …, z, aa, ab, … */
    static String choiceId(int index) {
        StringBuilder id = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            id.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return id.toString();
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
