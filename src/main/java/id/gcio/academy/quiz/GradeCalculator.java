package id.gcio.academy.quiz;

import id.gcio.academy.quiz.Grade.Status;
import id.gcio.academy.quiz.Question.Choice;
import id.gcio.academy.quiz.Question.NumericAnswer;
import id.gcio.academy.quiz.Question.TextAnswer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one place where responses are scored (Moodle keeps grading in one calculator too). Rules per type:
 * <ul>
 * <li><b>Single choice</b>: the fraction of the chosen option (never below 0); more than one option chosen scores 0.</li>
 * <li><b>Multiple response</b> (partial credit): the sum of the fractions of the chosen options, clamped to 0–1. An
 * option authored without a penalty (fraction 0) still costs {@code 1 / number of right options} when chosen, so that
 * ticking every box never earns full marks.</li>
 * <li><b>True/false</b>: 1 or 0.</li>
 * <li><b>Short answer</b>: the best fraction among accepted answers that match; text is compared after Unicode
 * normalisation, lower-casing and collapsing spaces; a regex answer must match the whole normalised response.</li>
 * <li><b>Numeric</b>: the best fraction among accepted values within tolerance; a decimal comma ("3,5") is read as a
 * point, thousands separators are not accepted.</li>
 * <li><b>Matching</b>: the share of prompts matched to their right answer.</li>
 * <li><b>Essay</b>: not scored here; left as {@link Status#NEEDS_GRADING} for a trainer.</li>
 * </ul>
 * Points are the fraction times the question's points, rounded to 4 decimals.
 */
public final class GradeCalculator {

    private static final double EPSILON = 1e-9;
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?$");

    public Grade grade(Question q, Response r) {
        if (r == null) {
            r = Response.none();
        }
        return switch (q.type()) {
            case SINGLE_CHOICE -> singleChoice(q, r);
            case MULTIPLE_RESPONSE -> multipleResponse(q, r);
            case TRUE_FALSE -> trueFalse(q, r);
            case SHORT_ANSWER -> shortAnswer(q, r);
            case NUMERIC -> numeric(q, r);
            case MATCHING -> matching(q, r);
            case ESSAY -> essay(q, r);
        };
    }

    private Grade singleChoice(Question q, Response r) {
        if (r.choiceIds().isEmpty()) {
            return unanswered(q);
        }
        if (r.choiceIds().size() > 1) {
            return scored(q, 0, List.of());
        }
        String chosen = r.choiceIds().iterator().next();
        Optional<Choice> choice = q.choices().stream().filter(c -> c.id().equals(chosen)).findFirst();
        return choice.map(c -> scored(q, Math.max(0, c.fraction()), feedback(c.feedback())))
                .orElseGet(() -> scored(q, 0, List.of()));
    }

    private Grade multipleResponse(Question q, Response r) {
        if (r.choiceIds().isEmpty()) {
            return unanswered(q);
        }
        long right = q.choices().stream().filter(c -> c.fraction() > EPSILON).count();
        double defaultPenalty = right == 0 ? 0 : 1.0 / right;
        double sum = 0;
        List<String> feedback = new ArrayList<>();
        for (Choice c : q.choices()) {
            if (r.choiceIds().contains(c.id())) {
                sum += Math.abs(c.fraction()) < EPSILON ? -defaultPenalty : c.fraction();
                addFeedback(feedback, c.feedback());
            }
        }
        return scored(q, clamp(sum), feedback);
    }

    private Grade trueFalse(Question q, Response r) {
        if (r.truth() == null) {
            return unanswered(q);
        }
        String fb = r.truth() ? q.feedbackWhenTrue() : q.feedbackWhenFalse();
        return scored(q, r.truth().equals(q.truth()) ? 1 : 0, feedback(fb));
    }

    private Grade shortAnswer(Question q, Response r) {
        if (r.text() == null || r.text().isBlank()) {
            return unanswered(q);
        }
        String given = normalise(r.text());
        TextAnswer best = null;
        for (TextAnswer a : q.textAnswers()) {
            if (matches(a, given) && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        return best == null ? scored(q, 0, List.of()) : scored(q, Math.max(0, best.fraction()), feedback(best.feedback()));
    }

    private Grade numeric(Question q, Response r) {
        if (r.text() == null || r.text().isBlank()) {
            return unanswered(q);
        }
        Optional<Double> value = parseNumber(r.text());
        if (value.isEmpty()) {
            return scored(q, 0, List.of());
        }
        NumericAnswer best = null;
        for (NumericAnswer a : q.numericAnswers()) {
            if (Math.abs(value.get() - a.value()) <= a.tolerance() + EPSILON && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        return best == null ? scored(q, 0, List.of()) : scored(q, Math.max(0, best.fraction()), feedback(best.feedback()));
    }

    private Grade matching(Question q, Response r) {
        if (r.matches().isEmpty()) {
            return unanswered(q);
        }
        if (q.pairs().isEmpty()) {
            return scored(q, 0, List.of());
        }
        long right = q.pairs().stream().filter(p -> p.answer().equals(r.matches().get(p.prompt()))).count();
        return scored(q, (double) right / q.pairs().size(), List.of());
    }

    private Grade essay(Question q, Response r) {
        if (r.text() == null || r.text().isBlank()) {
            return unanswered(q);
        }
        return new Grade(Status.NEEDS_GRADING, null, null, feedback(q.generalFeedback()));
    }

    /** Parses a learner's number: "3,5" and "3.5" are both 3.5; anything else is not a number. */
    static Optional<Double> parseNumber(String text) {
        String t = text.trim().replace(" ", "");
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t.replace(',', '.')));
    }

    /** Unicode NFKC, lower case, single spaces, trimmed. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    private static boolean matches(TextAnswer a, String normalisedGiven) {
        if (!a.regex()) {
            return normalise(a.text()).equals(normalisedGiven);
        }
        try {
            return Pattern.compile(a.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(normalisedGiven).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Grade unanswered(Question q) {
        return new Grade(Status.UNANSWERED, 0.0, 0.0, List.of());
    }

    private static Grade scored(Question q, double fraction, List<String> feedback) {
        double f = clamp(fraction);
        Status status = f >= 1 - EPSILON ? Status.CORRECT : f <= EPSILON ? Status.INCORRECT : Status.PARTIALLY_CORRECT;
        List<String> all = new ArrayList<>(feedback);
        addFeedback(all, q.generalFeedback());
        return new Grade(status, f, Math.round(f * q.points() * 10_000) / 10_000.0, all);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static List<String> feedback(String text) {
        List<String> l = new ArrayList<>();
        addFeedback(l, text);
        return l;
    }

    private static void addFeedback(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
    }
}
