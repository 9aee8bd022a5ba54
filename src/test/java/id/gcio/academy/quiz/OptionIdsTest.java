package id.gcio.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.gcio.academy.quiz.Question.Choice;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ids an attempt shows a question's options with say nothing about the authored order (where the right option
 * usually comes first): with shuffled options the page lists q7-1, q7-2, q7-3, q7-4 top to bottom whatever stands
 * where, and the server maps them back through the attempt's own order.
 */
class OptionIdsTest {

    private static final long QUESTION_ID = 7;

    private static final Question QUESTION = new Question("td-1", QuestionType.SINGLE_CHOICE, null, null, "Soal?", 1,
            List.of(new Choice("a", "Benar", 1, null), new Choice("b", "Salah 1", 0, null),
                    new Choice("c", "Salah 2", 0, null), new Choice("d", "Salah 3", 0, null)),
            null, null, null, null, null, null, null, List.of(), null);

    private static QuizSettings settings(boolean shuffleOptions) {
        return new QuizSettings(List.of(), true, shuffleOptions, Duration.ofMinutes(20), 3, 70, null, null);
    }

    /** The ids as the page lists them, top to bottom. */
    private static List<String> shownInOrder(long seed, QuizSettings settings) {
        Map<String, String> ids = AttemptService.shownOptionIds(seed, QUESTION_ID, QUESTION);
        return new QuestionDraw().optionOrder(QUESTION, settings, seed).stream().map(ids::get).toList();
    }

    @Test
    void withShuffledOptionsThePageListsTheSameIdsInTheSameOrderWhateverStandsWhere() {
        Set<String> rightOptionIds = new HashSet<>();
        Map<Integer, Set<String>> optionsAtPlace = new HashMap<>();
        for (long seed = -50; seed < 150; seed++) {
            assertEquals(List.of("q7-1", "q7-2", "q7-3", "q7-4"), shownInOrder(seed, settings(true)),
                    "ids in display order are positions, seed " + seed);
            Map<String, String> ids = AttemptService.shownOptionIds(seed, QUESTION_ID, QUESTION);
            rightOptionIds.add(ids.get("a"));
            List<String> order = new QuestionDraw().optionOrder(QUESTION, settings(true), seed);
            for (int k = 0; k < order.size(); k++) {
                optionsAtPlace.computeIfAbsent(k, x -> new HashSet<>()).add(order.get(k));
            }
        }
        assertEquals(Set.of("q7-1", "q7-2", "q7-3", "q7-4"), rightOptionIds,
                "the right option is shown under every id in some attempt: no id means 'the first authored option'");
        optionsAtPlace.forEach((k, options) -> assertEquals(Set.of("a", "b", "c", "d"), options,
                "every option stands at place " + k + " in some attempt"));
    }

    @Test
    void anIdAlwaysMeansTheSameOptionWithinAnAttemptWhateverTheSettingsSay() {
        for (long seed = 0; seed < 50; seed++) {
            Map<String, String> ids = AttemptService.shownOptionIds(seed, QUESTION_ID, QUESTION);
            assertEquals(ids, AttemptService.shownOptionIds(seed, QUESTION_ID, QUESTION), "stable for the attempt");
            assertEquals(Set.of("q7-1", "q7-2", "q7-3", "q7-4"), Set.copyOf(ids.values()));
            // unshuffled, the options stand as authored, under the same ids as when shuffled (a quiz whose settings
            // change during an attempt never turns a page's id into another option)
            List<String> unshuffled = shownInOrder(seed, settings(false));
            assertEquals(List.of(ids.get("a"), ids.get("b"), ids.get("c"), ids.get("d")), unshuffled);
        }
    }

    @Test
    void theServerMapsAShownIdBackToItsOptionAndRefusesOthers() {
        AttemptService service = new AttemptService();
        for (long seed = 0; seed < 20; seed++) {
            QuestionCache.Prepared p = new QuestionCache.Prepared(QUESTION_ID, 1, QUESTION, "", Map.of(), List.of());
            List<String> order = new QuestionDraw().optionOrder(QUESTION, settings(true), seed);
            for (int k = 0; k < order.size(); k++) {
                Response r = service.toResponse(p, seed, new AttemptService.AnswerInput(List.of("q7-" + (k + 1)), null,
                        null, null));
                assertEquals(Set.of(order.get(k)), Set.copyOf(r.choiceIds()), "the option at place " + (k + 1));
            }
            long s = seed;
            for (String foreign : List.of("q7-0", "q7-5", "q8-1", "a", "q7-01")) {
                var e = org.junit.jupiter.api.Assertions.assertThrows(id.gcio.academy.web.DomainException.class,
                        () -> service.toResponse(p, s, new AttemptService.AnswerInput(List.of(foreign), null, null, null)));
                assertEquals("OPTION_NOT_IN_QUESTION", e.code());
            }
        }
    }

    @Test
    void optionOrdersOfAnAttemptsQuestionsAreDrawnIndependently() {
        // each question's order comes from its own SHA-256 of the seed: knowing one question's order (or the order of
        // the questions) does not give another's; here simply: two questions with the same choices are ordered
        // differently in most attempts
        Question other = new Question("td-2", QUESTION.type(), null, null, "Soal lain?", 1, QUESTION.choices(), null,
                null, null, null, null, null, null, List.of(), null);
        QuestionDraw draw = new QuestionDraw();
        long same = IntStream.range(0, 200)
                .filter(seed -> draw.optionPermutation(QUESTION, seed).equals(draw.optionPermutation(other, seed))).count();
        assertTrue(same < 40, "orders of two questions coincide in " + same + " of 200 attempts");
    }
}
