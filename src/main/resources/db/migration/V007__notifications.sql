-- E-mails to send (an outbox): written in the transaction of the change they tell about, so a rolled-back change sends
-- nothing; sent by a job every instance runs, which takes due rows with FOR UPDATE SKIP LOCKED, so each is sent once.
create table notification (
    id               bigserial primary key,
    user_id          bigint        not null references app_user (id),
    kind             varchar(40)   not null,
    recipient        varchar(320)  not null,
    subject          varchar(300)  not null,
    body             text          not null,
    status           varchar(10)   not null default 'PENDING',
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    constraint ck_notification_status check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint ck_notification_sent check ((status = 'SENT') = (sent_at is not null))
);
create index ix_notification_due on notification (next_attempt_at) where status = 'PENDING';
create index ix_notification_user on notification (user_id, created_at desc);
