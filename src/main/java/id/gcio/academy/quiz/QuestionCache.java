package id.gcio.academy.quiz;

import id.gcio.academy.catalog.MarkdownRenderer;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stored questions with their texts rendered to safe HTML, by row id. Rows never change (a changed question is a new
 * row), so every instance may cache them for as long as it likes without going stale.
 */
@ApplicationScoped
public class QuestionCache {

    /** A question ready to show and to check answers against. */
    public record Prepared(long id, long quizId, Question question, String textHtml, Map<String, String> choiceHtml,
            List<String> matchAnswers) {
    }

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @CacheResult(cacheName = "quiz-question")
    public Prepared get(long questionId) {
        QuizQuestion row = QuizQuestion.findById(questionId);
        if (row == null) {
            throw new IllegalStateException("No quiz_question " + questionId);
        }
        Question q = row.definition;
        Map<String, String> choices = new LinkedHashMap<>();
        q.choices().forEach(c -> choices.put(c.id(), inline(c.text())));
        List<String> answers = List.copyOf(new TreeSet<>(q.pairs().stream().map(Question.MatchPair::answer).toList()));
        return new Prepared(row.id, row.quizId, q, markdown.toSafeHtml(q.text()), Map.copyOf(choices), answers);
    }

    /** An option's text as inline HTML (no wrapping paragraph). */
    private String inline(String text) {
        String html = markdown.toSafeHtml(text).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
