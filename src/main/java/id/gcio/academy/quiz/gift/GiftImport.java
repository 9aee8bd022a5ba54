package id.gcio.academy.quiz.gift;

import id.gcio.academy.quiz.Question;
import java.util.List;

/**
 * What a GIFT file yields: the questions read without fault and every problem found, ordered by line. A question
 * with a problem is not among {@code questions}; a file is meant to be imported whole, and only when {@link #ok()}.
 */
public record GiftImport(List<Question> questions, List<GiftProblem> problems) {

    public GiftImport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** True only when the file has no problem at all. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
