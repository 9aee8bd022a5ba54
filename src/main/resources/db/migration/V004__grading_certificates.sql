-- Assignments and rubrics (synced from content/), learners' submissions with every version and file, trainers'
-- marks, the audit of every grade change, trainers assigned to cohorts, and GCIO certificates with their history.

create table rubric (
    id               bigserial primary key,
    code             varchar(40)   not null,
    title_id         varchar(300)  not null,
    title_en         varchar(300)  not null,
    criteria         jsonb         not null,
    max_points       integer       not null,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)   not null,
    updated_at       timestamptz   not null,
    constraint uq_rubric_code unique (code),
    constraint ck_rubric_max check (max_points > 0)
);

create table assignment (
    id               bigserial primary key,
    code             varchar(40)   not null,
    programme_code   varchar(40),
    course_slug      varchar(120),
    title_id         varchar(300)  not null,
    title_en         varchar(300)  not null,
    brief_id         text          not null,
    brief_en         text,
    rubric_code      varchar(40)   not null,
    closes_at        timestamptz,
    files_allowed    boolean       not null,
    max_files        integer       not null,
    second_marking   boolean       not null,
    moderation_threshold integer   not null,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)   not null,
    archived_at      timestamptz,
    updated_at       timestamptz   not null,
    constraint uq_assignment_code unique (code),
    constraint ck_assignment_owner check ((programme_code is null) <> (course_slug is null))
);

-- Trainers who grade a cohort's work (assigned by admins).
create table cohort_trainer (
    cohort_id        bigint        not null references cohort (id),
    user_id          bigint        not null references app_user (id),
    assigned_by      bigint        not null references app_user (id),
    assigned_at      timestamptz   not null,
    constraint pk_cohort_trainer primary key (cohort_id, user_id)
);
create index ix_cohort_trainer_user on cohort_trainer (user_id);

-- One submission per learner and assignment; its versions keep everything the learner ever sent. A trainer claims it
-- while grading (claimed_by until claim_expires_at) so that two trainers never grade the same one.
create table submission (
    id               bigserial primary key,
    assignment_id    bigint        not null references assignment (id),
    user_id          bigint        not null references app_user (id),
    cohort_id        bigint        references cohort (id),
    state            varchar(20)   not null,
    version          integer       not null,
    submitted_at     timestamptz   not null,
    claimed_by       bigint        references app_user (id),
    claim_expires_at timestamptz,
    first_marker     bigint        references app_user (id),
    points           numeric(7,2),
    percent          numeric(5,2),
    graded_at        timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint uq_submission unique (assignment_id, user_id),
    constraint ck_submission_state check (state in ('SUBMITTED', 'SECOND_MARKING', 'MODERATION', 'RETURNED', 'GRADED')),
    constraint ck_submission_percent check (percent is null or (percent >= 0 and percent <= 100))
);
create index ix_submission_queue on submission (state, submitted_at);
create index ix_submission_cohort on submission (cohort_id);
create index ix_submission_user on submission (user_id);

create table submission_version (
    id               bigserial primary key,
    submission_id    bigint        not null references submission (id),
    version          integer       not null,
    body_md          text          not null,
    submitted_at     timestamptz   not null,
    constraint uq_submission_version unique (submission_id, version)
);

create table submission_file (
    id               bigserial primary key,
    version_id       bigint        not null references submission_version (id),
    file_name        varchar(160)  not null,
    media_type       varchar(120)  not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    content          bytea         not null,
    created_at       timestamptz   not null
);
create index ix_submission_file_version on submission_file (version_id);

-- A trainer's marking of one version with the rubric: FIRST or SECOND marker, or the admin's MODERATION.
create table submission_mark (
    id               bigserial primary key,
    submission_id    bigint        not null references submission (id),
    version          integer       not null,
    marker_id        bigint        not null references app_user (id),
    role             varchar(20)   not null,
    decision         varchar(20)   not null,
    criteria         jsonb         not null,
    points           numeric(7,2)  not null,
    percent          numeric(5,2)  not null,
    feedback         text,
    created_at       timestamptz   not null,
    constraint ck_mark_role check (role in ('FIRST', 'SECOND', 'MODERATION')),
    constraint ck_mark_decision check (decision in ('GRADED', 'RETURNED'))
);
create index ix_submission_mark_submission on submission_mark (submission_id, created_at);

-- Every change to a grade: who, when, before, after, why. Rows are only ever added.
create table grade_audit (
    id               bigserial primary key,
    submission_id    bigint        not null references submission (id),
    actor_id         bigint        not null references app_user (id),
    action           varchar(30)   not null,
    before_state     jsonb,
    after_state      jsonb         not null,
    reason           text,
    created_at       timestamptz   not null
);
create index ix_grade_audit_submission on grade_audit (submission_id, created_at);

create sequence certificate_seq;

-- A certificate: the data printed on it, frozen at issue, signed (Ed25519) as a canonical JSON payload. Nothing is
-- ever deleted: a revoked certificate keeps its row, and a correction is a new certificate that replaces the old.
create table certificate (
    id               bigserial primary key,
    number           varchar(40),
    programme_code   varchar(40)   not null,
    user_id          bigint        not null references app_user (id),
    participant_id   bigint        not null references participant (id),
    cohort_id        bigint        not null references cohort (id),
    status           varchar(20)   not null,
    holder_name      varchar(200)  not null,
    nip              varchar(18)   not null,
    opd_name         varchar(300)  not null,
    programme_name   varchar(300)  not null,
    cohort_name      varchar(300)  not null,
    completed_on     date          not null,
    hours            integer       not null,
    competencies     jsonb         not null,
    final_percent    numeric(5,2),
    signatory_name   varchar(200)  not null,
    signatory_title  varchar(300)  not null,
    issued_on        date,
    expires_on       date,
    payload          text,
    signature        text,
    key_id           varchar(64),
    replaces_id      bigint        references certificate (id),
    replaces_number  varchar(40),
    revoked_at       timestamptz,
    revoked_by       bigint        references app_user (id),
    revoked_reason   text,
    created_at       timestamptz   not null,
    constraint uq_certificate_number unique (number),
    constraint ck_certificate_status check (status in ('PENDING_APPROVAL', 'VALID', 'REVOKED')),
    constraint ck_certificate_signed check (status = 'PENDING_APPROVAL' or (number is not null and payload is not null
        and signature is not null and issued_on is not null)),
    constraint ck_certificate_revoked check ((status = 'REVOKED') = (revoked_at is not null))
);
-- Issued exactly once: at most one certificate that is not revoked per programme and person.
create unique index uq_certificate_current on certificate (programme_code, user_id) where status <> 'REVOKED';
create index ix_certificate_cohort on certificate (cohort_id);

create table certificate_event (
    id               bigserial primary key,
    certificate_id   bigint        not null references certificate (id),
    action           varchar(30)   not null,
    actor_id         bigint        references app_user (id),
    reason           text,
    created_at       timestamptz   not null
);
create index ix_certificate_event_certificate on certificate_event (certificate_id, created_at);
