package id.gcio.academy.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classical item analysis of a quiz from its finished attempts, as Moodle's quiz statistics report computes it.
 * <p>
 * Per question, over the attempts that contain it with a graded score (an ungraded essay, {@code points == null}, is
 * left out; a question worth 0 points too):
 * <ul>
 * <li><b>Facility index</b>: the mean of the question's fraction {@code x = points / maxPoints}, times 100 (the
 * percentage of the marks that learners earned).</li>
 * <li><b>Standard deviation</b>: the sample standard deviation ({@code n - 1}) of {@code x}, times 100; {@code null}
 * below 2 attempts.</li>
 * <li><b>Discrimination index</b>: the Pearson correlation {@code r = Σ(x-x̄)(y-ȳ) / √(Σ(x-x̄)² Σ(y-ȳ)²)} between
 * {@code x} and the rest-of-quiz fraction {@code y = (total - points) / (maxTotal - maxPoints)}, from -1 to 1 (Moodle
 * shows it times 100). The question's own points are taken out of the total so an item is not correlated with itself.
 * {@code null} below 2 attempts or when either side does not vary.</li>
 * </ul>
 * Review flags: facility below 20 ({@link Flag#TOO_HARD}), above 90 ({@link Flag#TOO_EASY}); a negative discrimination
 * ({@link Flag#NEGATIVE_DISCRIMINATION}); a discrimination below 0.2 with at least 10 attempts
 * ({@link Flag#LOW_DISCRIMINATION}), since with fewer the correlation is mostly noise.
 * <p>
 * Per quiz: the mean, median and sample standard deviation of {@code total / maxTotal} times 100, and Cronbach's alpha
 * {@code k/(k-1) · (1 - Σ var(points_i) / var(Σ points_i))} over the question points, given only when every attempt
 * has the same k ≥ 2 graded questions (with random draws the attempts differ and alpha is not defined).
 */
public final class QuestionStatistics {

    static final double TOO_HARD_BELOW = 20;
    static final double TOO_EASY_ABOVE = 90;
    static final double LOW_DISCRIMINATION_BELOW = 0.2;
    static final int MIN_ATTEMPTS_FOR_LOW_DISCRIMINATION = 10;
    private static final double EPSILON = 1e-12;

    /** The points one attempt earned on one question; {@code points} is {@code null} while an essay awaits grading. */
    public record QuestionScore(Double points, double maxPoints) {
    }

    /** One finished attempt: its total and maximum points, and the score of each question it contained, by key. */
    public record AttemptScores(double totalPoints, double maxPoints, Map<String, QuestionScore> perQuestion) {
        public AttemptScores {
            if (!(maxPoints > 0)) {
                throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
            }
            perQuestion = Map.copyOf(perQuestion);
        }
    }

    /** Why a question deserves a trainer's look; {@link #hint()} is the Indonesian text. */
    public enum Flag {
        TOO_HARD("terlalu sulit"),
        TOO_EASY("terlalu mudah"),
        LOW_DISCRIMINATION("daya beda rendah"),
        NEGATIVE_DISCRIMINATION("daya beda negatif — periksa kunci jawaban");

        private final String hint;

        Flag(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** The statistics of one question. */
    public record ItemStats(String questionKey, int attempts, double facilityPercent, Double sdPercent,
            Double discrimination, List<Flag> flags) {
        public ItemStats {
            flags = List.copyOf(flags);
        }
    }

    /** The statistics of a quiz; percentages are {@code null} when there are too few attempts. */
    public record QuizStats(int attempts, Double meanPercent, Double medianPercent, Double sdPercent,
            Double cronbachAlpha, List<ItemStats> items) {
        public QuizStats {
            items = List.copyOf(items);
        }
    }

    private QuestionStatistics() {
    }

    /** Computes quiz and per-question statistics; items come sorted by question key. */
    public static QuizStats compute(List<AttemptScores> attempts) {
        Objects.requireNonNull(attempts, "attempts");
        double[] percents = attempts.stream().mapToDouble(a -> 100 * a.totalPoints() / a.maxPoints()).toArray();

        Map<String, Samples> byQuestion = new TreeMap<>();
        for (AttemptScores a : attempts) {
            a.perQuestion().forEach((key, score) -> {
                if (score.points() == null || !(score.maxPoints() > 0)) {
                    return;
                }
                Samples s = byQuestion.computeIfAbsent(key, k -> new Samples());
                s.fractions.add(score.points() / score.maxPoints());
                double restMax = a.maxPoints() - score.maxPoints();
                if (restMax > 0) {
                    s.pairedFractions.add(score.points() / score.maxPoints());
                    s.rests.add((a.totalPoints() - score.points()) / restMax);
                }
            });
        }
        List<ItemStats> items = new ArrayList<>();
        byQuestion.forEach((key, s) -> items.add(item(key, s)));

        return new QuizStats(attempts.size(), mean(percents), median(percents), sampleSd(percents), alpha(attempts), items);
    }

    private static ItemStats item(String key, Samples s) {
        double[] x = toArray(s.fractions);
        double facility = 100 * mean(x);
        Double sd = sampleSd(x);
        Double discrimination = pearson(toArray(s.pairedFractions), toArray(s.rests));

        List<Flag> flags = new ArrayList<>();
        if (facility < TOO_HARD_BELOW) {
            flags.add(Flag.TOO_HARD);
        } else if (facility > TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        } else if (discrimination != null && discrimination < LOW_DISCRIMINATION_BELOW
                && x.length >= MIN_ATTEMPTS_FOR_LOW_DISCRIMINATION) {
            flags.add(Flag.LOW_DISCRIMINATION);
        }
        return new ItemStats(key, x.length, facility, sd == null ? null : 100 * sd, discrimination, flags);
    }

    /** Cronbach's alpha, or {@code null} unless all attempts share the same k ≥ 2 graded questions. */
    private static Double alpha(List<AttemptScores> attempts) {
        if (attempts.size() < 2) {
            return null;
        }
        Set<String> keys = attempts.get(0).perQuestion().keySet();
        int k = keys.size();
        boolean comparable = k >= 2 && attempts.stream().allMatch(a -> a.perQuestion().keySet().equals(keys)
                && a.perQuestion().values().stream().allMatch(q -> q.points() != null));
        if (!comparable) {
            return null;
        }
        double[] totals = attempts.stream()
                .mapToDouble(a -> a.perQuestion().values().stream().mapToDouble(QuestionScore::points).sum()).toArray();
        double totalVariance = sampleVariance(totals);
        if (totalVariance < EPSILON) {
            return null;
        }
        double itemVariances = keys.stream()
                .mapToDouble(key -> sampleVariance(attempts.stream().mapToDouble(a -> a.perQuestion().get(key).points()).toArray()))
                .sum();
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    private static Double mean(double[] v) {
        if (v.length == 0) {
            return null;
        }
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }

    private static Double median(double[] v) {
        if (v.length == 0) {
            return null;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double sampleVariance(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return ss / (v.length - 1);
    }

    private static Double sampleSd(double[] v) {
        return v.length < 2 ? null : Math.sqrt(sampleVariance(v));
    }

    private static Double pearson(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx < EPSILON || syy < EPSILON) {
            return null;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    private static double[] toArray(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The fractions of one question, and those paired with a rest-of-quiz fraction for the correlation. */
    private static final class Samples {
        final List<Double> fractions = new ArrayList<>();
        final List<Double> pairedFractions = new ArrayList<>();
        final List<Double> rests = new ArrayList<>();
    }
}
