package id.gcio.academy.catalog;

/** A lesson without its body: what tables of contents and progress need. */
public record LessonRow(Long id, String slug, String titleId, String titleEn, int minutes) {
}
