package id.gcio.academy.quiz;

import java.util.List;

/**
 * One question of a bank, as authored (content files or a GIFT import). Texts are Markdown/plain text; the answer
 * key lives here and must never be sent to a browser before an attempt is submitted.
 *
 * @param key stable identifier within its bank (e.g. the GIFT title, or a generated one)
 * @param category bank category path, e.g. {@code transformasi-digital/spbe} (GIFT {@code $CATEGORY})
 * @param points maximum points of the question (default 1)
 * @param choices for single choice and multiple response
 * @param truth the right answer of a true/false question
 * @param textAnswers accepted answers of a short-answer question
 * @param numericAnswers accepted values of a numeric question
 * @param pairs the prompt → answer pairs of a matching question
 * @param feedbackWhenTrue feedback shown when a true/false question was answered "true" (in GIFT the first
 *        feedback is for a wrong answer, so for a FALSE question this is the first one)
 * @param feedbackWhenFalse feedback shown when it was answered "false"
 */
public record Question(String key, QuestionType type, String category, String title, String text, double points,
        List<Choice> choices, Boolean truth, List<TextAnswer> textAnswers, List<NumericAnswer> numericAnswers,
        List<MatchPair> pairs, String generalFeedback, String feedbackWhenTrue, String feedbackWhenFalse,
        List<String> tags, Difficulty difficulty) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        textAnswers = textAnswers == null ? List.of() : List.copyOf(textAnswers);
        numericAnswers = numericAnswers == null ? List.of() : List.copyOf(numericAnswers);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        tags = tags == null ? List.of() : List.copyOf(tags);
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
        if (points <= 0) {
            points = 1;
        }
    }

    /** How hard a question is meant to be. */
    public enum Difficulty {
        EASY, MEDIUM, HARD
    }

    /**
     * An option of a choice question. {@code fraction} is the share of the question's points it is worth: 1 for the
     * right answer of a single-choice question; for multiple response the positive fractions of the right options
     * add up to 1 and wrong options may carry a negative fraction (a penalty).
     */
    public record Choice(String id, String text, double fraction, String feedback) {
    }

    /** An accepted short answer: compared after normalising (case, spaces, Unicode) or, if {@code regex}, matched. */
    public record TextAnswer(String text, boolean regex, double fraction, String feedback) {
    }

    /** An accepted numeric answer: right when |given − value| ≤ tolerance. */
    public record NumericAnswer(double value, double tolerance, double fraction, String feedback) {
    }

    /** One pair of a matching question. */
    public record MatchPair(String prompt, String answer) {
    }
}
