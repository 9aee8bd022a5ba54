package id.gcio.academy.cohort;

import id.gcio.academy.catalog.MarkdownRenderer;
import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.PlainText;
import id.gcio.academy.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Announcements to a cohort: its partner, its trainers and admins post them (Markdown, sanitized); its active members
 * see them on their dashboard and get them by e-mail ({@link AnnouncementPosted}).
 */
@ApplicationScoped
public class AnnouncementService {

    static final int MAX_BODY = 5000;

    /** An announcement as shown: to managers with the number of members it reached, to learners with its cohort. */
    public record AnnouncementView(long id, String cohortCode, String cohortName, String title, String bodyHtml,
            String author, int recipients, Instant createdAt) {
    }

    /**
     * Posted: the active members with an account ({@code recipientIds}) should hear of it. Fired in the posting
     * transaction.
     */
    public record AnnouncementPosted(long announcementId, String cohortCode, String cohortName, String title,
            String bodyMarkdown, String author, List<Long> recipientIds) {
    }

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Inject
    CohortService cohorts;

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<AnnouncementPosted> posted;

    /** Posts to the cohort; refused with a message per field (nothing stored) or 403 for someone who does not run it. */
    @Transactional
    public AnnouncementView post(String code, String title, String body, Actor actor) {
        Cohort c = cohorts.require(code, actor, false);
        Map<String, String> errors = new LinkedHashMap<>();
        String t = PlainText.oneLine(title);
        if (t == null || t.length() < 3 || t.length() > 200) {
            errors.put("title", "Judul pengumuman wajib diisi (3–200 karakter).");
        }
        String b = body == null ? "" : body.strip();
        if (b.isEmpty() || b.length() > MAX_BODY) {
            errors.put("body", "Isi pengumuman wajib diisi (paling banyak " + MAX_BODY + " karakter).");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        @SuppressWarnings("unchecked")
        List<Number> members = em.createNativeQuery("""
                select distinct p.user_id from membership m join participant p on p.id = m.participant_id
                where m.cohort_id = ?1 and m.status = 'ACTIVE' and p.user_id is not null""")
                .setParameter(1, c.id).getResultList();
        List<Long> recipients = members.stream().map(Number::longValue).toList();
        Instant now = clock.instant();
        String html = markdown.toSafeHtml(b);
        long id = ((Number) em.createNativeQuery("""
                insert into cohort_announcement (cohort_id, author_id, title, body_md, body_html, recipients, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id""")
                .setParameter(1, c.id).setParameter(2, actor.userId()).setParameter(3, t).setParameter(4, b)
                .setParameter(5, html).setParameter(6, recipients.size())
                .setParameter(7, Timestamp.from(now)).getSingleResult()).longValue();
        String author = users.displayName(actor.userId());
        posted.fire(new AnnouncementPosted(id, c.code, c.name, t, b, author, recipients));
        return new AnnouncementView(id, c.code, c.name, t, html, author, recipients.size(), now);
    }

    /** The cohort's announcements, newest first, for those who run it. */
    @Transactional
    public List<AnnouncementView> forCohort(String code, Actor actor) {
        Cohort c = cohorts.require(code, actor, false);
        return views("where a.cohort_id = ?1", c.id, 100);
    }

    /** The latest announcements of the cohorts the user is an active member of, newest first. */
    @Transactional
    public List<AnnouncementView> forLearner(long userId, int limit) {
        return views("""
                where a.cohort_id in (select m.cohort_id from membership m join participant p on p.id = m.participant_id
                                      where p.user_id = ?1 and m.status = 'ACTIVE')""", userId, limit);
    }

    private List<AnnouncementView> views(String where, long param, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, c.code, c.name, a.title, a.body_html, u.display_name, a.recipients, a.created_at
                from cohort_announcement a join cohort c on c.id = a.cohort_id join app_user u on u.id = a.author_id
                """ + where + " order by a.created_at desc, a.id desc limit " + limit)
                .setParameter(1, param).getResultList();
        return rows.stream().map(r -> new AnnouncementView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), Timestamps.of(r[7]))).toList();
    }
}
