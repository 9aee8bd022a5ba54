-- Quizzes: one per course, synced from content/courses/<slug>/quiz/ (quiz.yaml + *.gift) or extended by GIFT imports;
-- attempts as a state machine; answers saved one by one while the attempt is in progress.

create table quiz (
    id               bigserial primary key,
    course_id        bigint        not null references course (id),
    title_id         varchar(300)  not null,
    title_en         varchar(300)  not null,
    settings         jsonb         not null,
    opens_at         timestamptz,
    closes_at        timestamptz,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)   not null,
    archived_at      timestamptz,
    updated_at       timestamptz   not null,
    constraint uq_quiz_course unique (course_id),
    constraint ck_quiz_window check (opens_at is null or closes_at is null or opens_at < closes_at)
);

create table question_import (
    id               bigserial primary key,
    quiz_id          bigint        not null references quiz (id),
    imported_by      bigint        not null references app_user (id),
    file_name        varchar(255)  not null,
    file_hash        varchar(64)   not null,
    questions_created   integer    not null,
    questions_replaced  integer    not null,
    questions_unchanged integer    not null,
    created_at       timestamptz   not null
);
create index ix_question_import_quiz on question_import (quiz_id, created_at desc);

-- A question row never changes once written: a changed question is a new row and the old one is archived, so an
-- attempt is always graded against the version its learner saw.
create table quiz_question (
    id               bigserial primary key,
    quiz_id          bigint        not null references quiz (id),
    qkey             varchar(200)  not null,
    origin           varchar(10)   not null,
    import_id        bigint        references question_import (id),
    type             varchar(30)   not null,
    points           double precision not null,
    tags             jsonb         not null default '[]',
    difficulty       varchar(10)   not null,
    definition       jsonb         not null,
    content_hash     varchar(64)   not null,
    created_at       timestamptz   not null,
    archived_at      timestamptz,
    constraint ck_quiz_question_origin check (origin in ('content', 'import'))
);
create unique index uq_quiz_question_active on quiz_question (quiz_id, qkey) where archived_at is null;

create table quiz_override (
    id               bigserial primary key,
    quiz_id          bigint        not null references quiz (id),
    user_id          bigint        not null references app_user (id),
    extra_minutes    integer       not null default 0,
    extra_attempts   integer       not null default 0,
    reason           varchar(500)  not null,
    set_by           bigint        not null references app_user (id),
    set_at           timestamptz   not null,
    constraint uq_quiz_override unique (quiz_id, user_id),
    constraint ck_quiz_override check (extra_minutes between 0 and 1440 and extra_attempts between 0 and 20)
);

create table quiz_attempt (
    id               bigserial primary key,
    quiz_id          bigint        not null references quiz (id),
    user_id          bigint        not null references app_user (id),
    attempt_no       integer       not null,
    state            varchar(20)   not null,
    seed             bigint        not null,
    question_ids     bigint[]      not null,
    started_at       timestamptz   not null,
    deadline         timestamptz,
    submitted_at     timestamptz,
    graded_at        timestamptz,
    points           double precision,
    max_points       double precision not null,
    percent          double precision,
    passed           boolean,
    constraint uq_quiz_attempt_no unique (quiz_id, user_id, attempt_no),
    constraint ck_quiz_attempt_state check (state in ('IN_PROGRESS', 'SUBMITTED', 'AUTO_SUBMITTED', 'AWAITING_GRADING', 'GRADED'))
);
-- At most one attempt in progress per learner and quiz, even when two tabs press "start" at once.
create unique index uq_quiz_attempt_open on quiz_attempt (quiz_id, user_id) where state = 'IN_PROGRESS';
create index ix_quiz_attempt_overdue on quiz_attempt (deadline) where state = 'IN_PROGRESS';
create index ix_quiz_attempt_user on quiz_attempt (user_id, quiz_id);

create table attempt_answer (
    attempt_id       bigint        not null references quiz_attempt (id),
    question_id      bigint        not null references quiz_question (id),
    response         jsonb,
    revision         integer       not null default 1,
    saved_at         timestamptz,
    status           varchar(20),
    fraction         double precision,
    points           double precision,
    feedback         jsonb,
    constraint pk_attempt_answer primary key (attempt_id, question_id)
);
create index ix_attempt_answer_needs_grading on attempt_answer (question_id) where status = 'NEEDS_GRADING';

-- The events of the attempt state machine: who or what moved an attempt, when.
create table quiz_attempt_event (
    id               bigserial primary key,
    attempt_id       bigint        not null references quiz_attempt (id),
    from_state       varchar(20),
    to_state         varchar(20)   not null,
    actor            varchar(20)   not null,
    at               timestamptz   not null
);
create index ix_quiz_attempt_event_attempt on quiz_attempt_event (attempt_id);
