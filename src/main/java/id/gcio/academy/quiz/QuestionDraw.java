package id.gcio.academy.quiz;

import id.gcio.academy.quiz.QuizSettings.Draw;
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
        Random random = new Random(seed);
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

    /** The order in which an attempt shows a question's options (ids), shuffled when the quiz says so. */
    public List<String> optionOrder(Question q, QuizSettings settings, long seed) {
        List<String> ids = new ArrayList<>(q.choices().stream().map(Question.Choice::id).toList());
        if (settings.shuffleOptions()) {
            Collections.shuffle(ids, new Random(seed ^ q.key().hashCode()));
        }
        return ids;
    }
}
