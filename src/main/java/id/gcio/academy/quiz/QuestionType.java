package id.gcio.academy.quiz;

/** The kinds of question the academy asks; all but {@link #ESSAY} are scored automatically. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ESSAY
}
