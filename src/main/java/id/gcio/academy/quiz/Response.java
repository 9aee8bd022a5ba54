package id.gcio.academy.quiz;

import java.util.Map;
import java.util.Set;

/**
 * What a learner answered to one question. Only the field that fits the question's type is read: option ids for
 * choice questions, {@code truth} for true/false, {@code text} for short answer, numeric and essay, {@code matches}
 * (prompt → chosen answer) for matching. A response with nothing in the relevant field is "unanswered".
 */
public record Response(Set<String> choiceIds, Boolean truth, String text, Map<String, String> matches) {

    public Response {
        choiceIds = choiceIds == null ? Set.of() : Set.copyOf(choiceIds);
        matches = matches == null ? Map.of() : Map.copyOf(matches);
    }

    public static Response choices(String... ids) {
        return new Response(Set.of(ids), null, null, null);
    }

    public static Response truth(boolean value) {
        return new Response(null, value, null, null);
    }

    public static Response text(String value) {
        return new Response(null, null, value, null);
    }

    public static Response matches(Map<String, String> promptToAnswer) {
        return new Response(null, null, null, promptToAnswer);
    }

    public static Response none() {
        return new Response(null, null, null, null);
    }
}
