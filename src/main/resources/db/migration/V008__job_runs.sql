-- Jobs that must run once per period across all instances (e.g. the trainers' morning digest): the instance whose
-- insert of (job, period) succeeds does the work, in the same transaction; the others find the row and skip.
create table job_run (
    job              varchar(60)   not null,
    period           varchar(40)   not null,
    started_at       timestamptz   not null,
    constraint pk_job_run primary key (job, period)
);
