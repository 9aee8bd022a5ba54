-- Dev only (quarkus:dev): a GCIO cohort with the demo learner "peserta" as a head of OPD and the demo trainer
-- "pelatih" assigned to grade it, so the capstone → grading → certificate path can be tried at once. The GCIO
-- programme row is a placeholder here (Flyway runs before the content sync, which fills in the real definition).
insert into programme (code, name_id, name_en, definition, source_path, content_hash, updated_at)
values ('GCIO', 'GCIO', 'GCIO', '{"code":"GCIO","name":{"id":"GCIO","en":"GCIO"},"paths":[]}', 'programs/gcio.yaml', 'dev-placeholder', now())
on conflict (code) do nothing;

insert into app_user (issuer, subject, display_name, email, roles, created_at, updated_at)
values ('dev-oidc', 'peserta', 'peserta', null, 'peserta', now(), now()),
       ('dev-oidc', 'pelatih', 'pelatih', null, 'pelatih', now(), now()),
       ('dev-oidc', 'admin', 'admin', null, 'admin', now(), now())
on conflict (issuer, subject) do nothing;

insert into cohort (code, name, programme_id, year, starts_on, ends_on, status, created_at)
select 'GCIO-DEMO', 'GCIO Kaltim Angkatan Demo', p.id, 2026, date '2026-11-01', date '2027-03-31', 'ACTIVE', now()
from programme p where p.code = 'GCIO'
on conflict (code) do nothing;

insert into participant (nip, full_name, opd_code, position_title, legacy_echelon, position_class, user_id, created_at, updated_at)
select '197805122005011003', 'Dr. Ir. Andi Pratama, M.Si.', 'DISKOMINFO', 'Kepala Dinas', 'II.a', 'JPT_PRATAMA', u.id, now(), now()
from app_user u where u.issuer = 'dev-oidc' and u.subject = 'peserta'
on conflict (nip) do nothing;

insert into membership (cohort_id, participant_id, status, joined_at, status_changed_at, courses)
select c.id, p.id, 'ACTIVE', now(), now(),
       '["transformasi-digital","kepemimpinan-digital","penerapan-kepemimpinan-digital-opd","atensi-kepemimpinan-digital"]'
from cohort c, participant p where c.code = 'GCIO-DEMO' and p.nip = '197805122005011003'
on conflict (cohort_id, participant_id) do nothing;

insert into cohort_trainer (cohort_id, user_id, assigned_by, assigned_at)
select c.id, t.id, a.id, now() from cohort c, app_user t, app_user a
where c.code = 'GCIO-DEMO' and t.issuer = 'dev-oidc' and t.subject = 'pelatih' and a.issuer = 'dev-oidc' and a.subject = 'admin'
on conflict do nothing;
