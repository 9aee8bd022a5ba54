-- Essay answers from quizzes enter the trainers' grading queue: a claim and the grader on the answer, and the grade
-- audit may concern an essay answer instead of a submission.
alter table attempt_answer
    add column claimed_by       bigint references app_user (id),
    add column claim_expires_at timestamptz,
    add column graded_by        bigint references app_user (id),
    add column graded_at        timestamptz;

alter table grade_audit
    alter column submission_id drop not null,
    add column attempt_id  bigint references quiz_attempt (id),
    add column question_id bigint,
    add constraint ck_grade_audit_target check ((submission_id is null) <> (attempt_id is null));
create index ix_grade_audit_essay on grade_audit (attempt_id, question_id);
