-- Who let a user act for a partner organisation, and who stopped it: partner access opens cohorts' participant data,
-- so every grant and removal is kept (only ever added).
create table partner_member_event (
    id               bigserial primary key,
    partner_id       bigint        not null references partner (id),
    user_id          bigint        not null references app_user (id),
    action           varchar(10)   not null,
    actor_id         bigint        not null references app_user (id),
    created_at       timestamptz   not null,
    constraint ck_partner_member_event_action check (action in ('ADDED', 'REMOVED'))
);
create index ix_partner_member_event_partner on partner_member_event (partner_id, created_at desc);
