package id.gcio.academy.learning;

/** A learner completed a course (all lessons, and its quiz passed); fired once, inside the recording transaction. */
public record CourseCompleted(long userId, String courseSlug) {
}
