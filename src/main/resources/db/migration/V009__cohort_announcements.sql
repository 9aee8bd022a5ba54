-- Announcements to a cohort (schedules, meeting links, deadlines) by its partner, its trainers or an admin: shown on
-- the members' dashboards and e-mailed to them. The Markdown is kept as written and as sanitized HTML.
create table cohort_announcement (
    id               bigserial primary key,
    cohort_id        bigint        not null references cohort (id),
    author_id        bigint        not null references app_user (id),
    title            varchar(200)  not null,
    body_md          text          not null,
    body_html        text          not null,
    recipients       integer       not null,
    created_at       timestamptz   not null
);
create index ix_cohort_announcement_cohort on cohort_announcement (cohort_id, created_at desc);
