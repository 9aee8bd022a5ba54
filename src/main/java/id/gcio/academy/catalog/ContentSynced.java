package id.gcio.academy.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Fired inside a content sync's transaction (and its lock) after the courses are stored, so that other features sync
 * their own files of each course (e.g. quizzes). Observers add what they refuse to {@code errors}; the run records it.
 *
 * @param courseIds the active, successfully synced courses by slug
 */
public record ContentSynced(Path root, Instant now, Map<String, Long> courseIds, List<ContentError> errors) {

    /** Records a refused file of another feature (Bahasa Indonesia message). */
    public void refuse(String file, int line, String message) {
        errors.add(new ContentError(file, line, message));
    }
}
