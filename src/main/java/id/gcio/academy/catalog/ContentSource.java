package id.gcio.academy.catalog;

/**
 * A cited source of a course: a regulation, a news article, a publication. {@code lang} is the language its title is
 * written in ({@code id} when not given: the seeds and regulations are Indonesian), so that an English page marks it.
 */
public record ContentSource(String id, String title, String url, String lang) {

    public String language() {
        return lang == null ? "id" : lang;
    }
}
