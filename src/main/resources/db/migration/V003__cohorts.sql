-- Cohorts (angkatan) per programme, partner organisations, participants keyed by NIP, memberships, OPD reference
-- list, and roster imports with their history.

create table programme (
    id               bigserial primary key,
    code             varchar(40)   not null,
    name_id          varchar(300)  not null,
    name_en          varchar(300)  not null,
    definition       jsonb         not null,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)   not null,
    archived_at      timestamptz,
    updated_at       timestamptz   not null,
    constraint uq_programme_code unique (code)
);

-- The reference list of OPDs (Pemprov Kaltim), synced from content/ and editable by admins: a row an admin changed is
-- never overwritten by a later sync.
create table opd (
    id               bigserial primary key,
    code             varchar(40)   not null,
    name             varchar(300)  not null,
    aliases          jsonb         not null default '[]',
    active           boolean       not null default true,
    edited_by        bigint        references app_user (id),
    updated_at       timestamptz   not null,
    constraint uq_opd_code unique (code)
);

create table partner (
    id               bigserial primary key,
    code             varchar(40)   not null,
    name             varchar(300)  not null,
    created_at       timestamptz   not null,
    constraint uq_partner_code unique (code)
);

create table partner_member (
    partner_id       bigint        not null references partner (id),
    user_id          bigint        not null references app_user (id),
    added_at         timestamptz   not null,
    constraint pk_partner_member primary key (partner_id, user_id)
);
create index ix_partner_member_user on partner_member (user_id);

create table cohort (
    id               bigserial primary key,
    code             varchar(40)   not null,
    name             varchar(300)  not null,
    programme_id     bigint        not null references programme (id),
    year             integer       not null,
    partner_id       bigint        references partner (id),
    starts_on        date,
    ends_on          date,
    status           varchar(20)   not null,
    created_by       bigint        references app_user (id),
    created_at       timestamptz   not null,
    constraint uq_cohort_code unique (code),
    constraint ck_cohort_code check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    constraint ck_cohort_status check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    constraint ck_cohort_dates check (starts_on is null or ends_on is null or starts_on <= ends_on)
);
create index ix_cohort_partner on cohort (partner_id);

create table participant (
    id               bigserial primary key,
    nip              varchar(18)   not null,
    full_name        varchar(200)  not null,
    email            varchar(320),
    phone            varchar(20),
    opd_code         varchar(40)   not null,
    position_title   varchar(200),
    legacy_echelon   varchar(10),
    position_class   varchar(30)   not null,
    employment_type  varchar(10)   not null default 'PNS',
    user_id          bigint        references app_user (id),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint uq_participant_nip unique (nip),
    constraint ck_participant_nip check (nip ~ '^[0-9]{18}$')
);
create index ix_participant_user on participant (user_id);

create table cohort_import (
    id               bigserial primary key,
    cohort_id        bigint        not null references cohort (id),
    imported_by      bigint        not null references app_user (id),
    file_name        varchar(255)  not null,
    file_hash        varchar(64)   not null,
    mode             varchar(20)   not null,
    rows_read        integer       not null,
    rows_created     integer       not null,
    rows_updated     integer       not null,
    rows_unchanged   integer       not null,
    rows_rejected    integer       not null,
    report           jsonb         not null,
    created_at       timestamptz   not null,
    constraint ck_cohort_import_mode check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS'))
);
create index ix_cohort_import_cohort on cohort_import (cohort_id, created_at desc);

create table membership (
    id               bigserial primary key,
    cohort_id        bigint        not null references cohort (id),
    participant_id   bigint        not null references participant (id),
    status           varchar(20)   not null,
    joined_at        timestamptz   not null,
    status_changed_at timestamptz  not null,
    courses          jsonb         not null default '[]',
    constraint uq_membership unique (cohort_id, participant_id),
    constraint ck_membership_status check (status in ('ACTIVE', 'SUSPENDED', 'COMPLETED'))
);
create index ix_membership_participant on membership (participant_id);

-- What an import (or an admin) changed on a participant: field, before, after.
create table participant_change (
    id               bigserial primary key,
    participant_id   bigint        not null references participant (id),
    import_id        bigint        references cohort_import (id),
    changed_by       bigint        references app_user (id),
    field            varchar(40)   not null,
    old_value        varchar(500),
    new_value        varchar(500),
    changed_at       timestamptz   not null
);
create index ix_participant_change_participant on participant_change (participant_id);

-- An uploaded roster between preview and confirm (kept in the database, so any instance can confirm it).
create table import_upload (
    id               bigserial primary key,
    cohort_id        bigint        not null references cohort (id),
    user_id          bigint        not null references app_user (id),
    file_name        varchar(255)  not null,
    file_hash        varchar(64)   not null,
    content          bytea         not null,
    created_at       timestamptz   not null
);
create index ix_import_upload_created on import_upload (created_at);
