package id.gcio.academy.quiz;

import id.gcio.academy.quiz.QuizSettings.Draw;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks an attempt's questions from a bank: for each draw, {@code count} questions carrying all of the draw's tags, at
 * random, never the same question twice in one attempt; then shuffles them if the quiz says so. The random source is
 * seeded per attempt, so the same attempt always gets the same questions (a reload or another instance shows the
 * same quiz).
 * <p>
 * Every random source is seeded with a SHA-256 of the attempt's seed and what it is for, never with the seed itself:
 * {@link Random} keeps 48 bits of its seed, and what a learner sees (the order of the questions, of a question's
 * options) must not let them work those bits out and from them the order of another question's options.
 */
public final class QuestionDraw {

    /** A bank cannot serve a draw: not enough questions with those tags. */
    public static final class NotEnoughQuestions extends IllegalArgumentException {
        public NotEnoughQuestions(Draw draw, int available) {
            super("Bank soal hanya memiliki " + available + " soal dengan tag " + draw.tags() + ", padahal diminta "
                    + draw.count() + ".");
        }
    }

    public List<Question> draw(List<Question> allQuestions, QuizSettings settings, long seed) {
        Random random = new Random(derive(seed, "draw", ""));
        List<Question> bank = settings.noEssays()
                ? allQuestions.stream().filter(q -> q.type() != QuestionType.ESSAY).toList() : allQuestions;
        List<Question> picked;
        if (settings.draws().isEmpty()) {
            picked = new ArrayList<>(bank);
        } else {
            Set<Question> chosen = new LinkedHashSet<>();
            for (Draw d : settings.draws()) {
                List<Question> pool = new ArrayList<>(bank.stream()
                        .filter(q -> q.tags().containsAll(d.tags()) && !chosen.contains(q)).toList());
                if (pool.size() < d.count()) {
                    throw new NotEnoughQuestions(d, pool.size());
                }
                Collections.shuffle(pool, random);
                chosen.addAll(pool.subList(0, d.count()));
            }
            picked = new ArrayList<>(chosen);
        }
        if (settings.shuffleQuestions()) {
            Collections.shuffle(picked, random);
        }
        return picked;
    }

    /**
     * The attempt's own order of a question's options (authored ids): a shuffle drawn from the attempt's seed and the
     * question alone, whatever the quiz's settings say. An attempt shows each option under its place in this order
     * (see {@code AttemptService.shownOptionIds}), so an option's id never changes during an attempt, even if the
     * quiz's {@code shuffleOptions} does.
     */
    public List<String> optionPermutation(Question q, long seed) {
        List<String> ids = new ArrayList<>(q.choices().stream().map(Question.Choice::id).toList());
        Collections.shuffle(ids, new Random(derive(seed, "options", q.key())));
        return ids;
    }

    /** The order in which an attempt shows a question's options (ids): shuffled when the quiz says so, else as authored. */
    public List<String> optionOrder(Question q, QuizSettings settings, long seed) {
        return settings.shuffleOptions() ? optionPermutation(q, seed)
                : q.choices().stream().map(Question.Choice::id).toList();
    }

    /** 64 bits of SHA-256(seed, purpose, key): a seed for one use that reveals nothing about the attempt's seed. */
    static long derive(long seed, String purpose, String key) {
        var digest = QuizContent.sha256();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
        digest.update(purpose.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
