package id.gcio.academy.catalog;

/** A cited source of a course: a regulation, a news article, a publication. */
public record ContentSource(String id, String title, String url) {
}
