package id.gcio.academy.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the attempt pages and the API show. None of these carries an answer key before the attempt is finished. */
public final class AttemptViews {

    private AttemptViews() {
    }

    /** An attempt's header. */
    public record AttemptSummary(long id, long quizId, int number, AttemptState state, Instant startedAt,
            Instant deadline, Instant submittedAt, Double points, double maxPoints, Double percent, Boolean passed,
            int questionCount) {

        public boolean inProgress() {
            return state == AttemptState.IN_PROGRESS;
        }
    }

    /**
     * An option as shown: its id, {@code q<question>-<k>} by its place in the attempt's own shuffled order of the
     * question's options (nothing about the authored order), and its text.
     */
    public record OptionView(String id, String textHtml) {
    }

    /** The learner's saved answer, in the terms of the page: option ids as shown, matches by prompt position. */
    public record SavedAnswer(Set<String> choices, Boolean truth, String text, Map<Integer, String> matches,
            int revision, Instant savedAt) {

        public boolean chose(String optionId) {
            return choices.contains(optionId);
        }

        public String match(int promptIndex) {
            return matches.get(promptIndex);
        }
    }

    /** One question as shown in an attempt. */
    public record QuestionView(String ref, int number, QuestionType type, String textHtml, double points,
            List<OptionView> options, List<String> prompts, List<String> matchAnswers, SavedAnswer saved) {

        public boolean single() {
            return type == QuestionType.SINGLE_CHOICE;
        }

        public boolean multiple() {
            return type == QuestionType.MULTIPLE_RESPONSE;
        }

        public boolean trueFalse() {
            return type == QuestionType.TRUE_FALSE;
        }

        public boolean shortAnswer() {
            return type == QuestionType.SHORT_ANSWER;
        }

        public boolean numeric() {
            return type == QuestionType.NUMERIC;
        }

        public boolean essay() {
            return type == QuestionType.ESSAY;
        }

        public boolean matching() {
            return type == QuestionType.MATCHING;
        }

        public boolean chose(String optionId) {
            return saved != null && saved.chose(optionId);
        }

        public boolean said(boolean value) {
            return saved != null && saved.truth() != null && saved.truth() == value;
        }

        public String textValue() {
            return saved == null || saved.text() == null ? "" : saved.text();
        }

        public String matched(int promptIndex) {
            return saved == null ? null : saved.match(promptIndex);
        }

        public boolean answered() {
            return saved != null && (!saved.choices().isEmpty() || saved.truth() != null
                    || (saved.text() != null && !saved.text().isBlank()) || !saved.matches().isEmpty());
        }
    }

    /** An attempt in progress: its questions and the server's remaining time. */
    public record AttemptView(AttemptSummary attempt, String courseSlug, String quizTitleId, String quizTitleEn,
            Long remainingSeconds, List<QuestionView> questions) {

        public boolean timed() {
            return remainingSeconds != null;
        }

        public int answeredCount() {
            return (int) questions.stream().filter(QuestionView::answered).count();
        }

        /** Whole minutes left, rounded up, for the page without JavaScript. */
        public Long remainingMinutes() {
            return remainingSeconds == null ? null : (remainingSeconds + 59) / 60;
        }

        public int total() {
            return questions.size();
        }

        public int unansweredCount() {
            return total() - answeredCount();
        }
    }

    /**
     * One question of a finished attempt. Its status (right or wrong), points, feedback and right answer are sent only
     * when the review policy allows (null and empty otherwise); the attempt's total score is always there.
     */
    public record QuestionResult(QuestionView question, Grade.Status status, Double points, List<String> feedback,
            String rightAnswer) {
    }

    /** A finished attempt's result. */
    /**
     * An attempt's result. {@code review} and {@code closesAt} tell why the answers are not shown yet;
     * {@code attemptsLeft} is null when attempts are unlimited; {@code quizPassed} is the learner's standing in the quiz
     * by its grading method over all their attempts; {@code canRetry}: not passed, attempts left, not closed.
     */
    public record ResultView(AttemptSummary attempt, String courseSlug, String quizTitleId, String quizTitleEn,
            double passPercent, boolean showAnswers, List<QuestionResult> questions, QuizSettings.ReviewPolicy review,
            Instant closesAt, Integer attemptsLeft, boolean quizPassed, boolean canRetry) {
    }

    /** Confirmation of a saved answer. */
    public record Saved(String question, int revision, Instant savedAt, Long remainingSeconds) {
    }
}
