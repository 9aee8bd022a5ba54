-- Foundation: users, catalogue (synced from content/), enrolment and progress.

create table app_user (
    id               bigserial primary key,
    issuer           varchar(500)  not null,
    subject          varchar(255)  not null,
    display_name     varchar(200)  not null,
    email            varchar(320),
    nip              varchar(18),
    opd_name         varchar(200),
    position_title   varchar(200),
    echelon          varchar(40),
    roles            varchar(200)  not null default '',
    locale           varchar(5),
    profile_completed_at timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint uq_app_user_identity unique (issuer, subject),
    constraint uq_app_user_nip unique (nip),
    constraint ck_app_user_nip check (nip is null or nip ~ '^[0-9]{18}$')
);

create table course (
    id               bigserial primary key,
    slug             varchar(120)  not null,
    sort_order       integer       not null,
    hours            integer       not null default 0,
    title_id         varchar(300)  not null,
    title_en         varchar(300)  not null,
    summary_id       text          not null,
    summary_en       text          not null,
    objectives_id    jsonb         not null default '[]',
    objectives_en    jsonb         not null default '[]',
    spbe_domains     jsonb         not null default '[]',
    sources          jsonb         not null default '[]',
    source_path      varchar(500)  not null,
    content_hash     varchar(64)      not null,
    archived_at      timestamptz,
    updated_at       timestamptz   not null,
    constraint uq_course_slug unique (slug),
    constraint ck_course_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table lesson (
    id               bigserial primary key,
    course_id        bigint        not null references course (id),
    slug             varchar(120)  not null,
    sort_order       integer       not null,
    minutes          integer       not null default 0,
    title_id         varchar(300)  not null,
    title_en         varchar(300)  not null,
    body_html_id     text          not null,
    body_html_en     text,
    word_count       integer       not null default 0,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)      not null,
    archived_at      timestamptz,
    updated_at       timestamptz   not null,
    constraint uq_lesson_course_slug unique (course_id, slug),
    constraint ck_lesson_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
create index ix_lesson_course_active on lesson (course_id, sort_order) where archived_at is null;

create table content_sync_run (
    id               bigserial primary key,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    trigger          varchar(20)   not null,
    triggered_by     bigint references app_user (id),
    status           varchar(20)   not null,
    courses_changed  integer       not null default 0,
    courses_archived integer       not null default 0,
    lessons_changed  integer       not null default 0,
    lessons_archived integer       not null default 0,
    errors           jsonb         not null default '[]'
);
create index ix_content_sync_run_started on content_sync_run (started_at desc);

create table enrolment (
    id               bigserial primary key,
    user_id          bigint        not null references app_user (id),
    course_id        bigint        not null references course (id),
    source           varchar(20)   not null,
    enrolled_at      timestamptz   not null,
    completed_at     timestamptz,
    constraint uq_enrolment_user_course unique (user_id, course_id)
);
create index ix_enrolment_course on enrolment (course_id);

create table lesson_progress (
    id               bigserial primary key,
    enrolment_id     bigint        not null references enrolment (id),
    lesson_id        bigint        not null references lesson (id),
    completed_at     timestamptz   not null,
    constraint uq_lesson_progress unique (enrolment_id, lesson_id)
);
create index ix_lesson_progress_lesson on lesson_progress (lesson_id);
