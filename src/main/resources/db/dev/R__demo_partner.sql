-- Dev only (quarkus:dev): a demo partner organisation for the demo login "mitra", so a partner can create a cohort and
-- import a roster right away. Never part of the test or production migrations.
insert into partner (code, name, created_at)
values ('MITRA-DEMO', 'Mitra Pelatihan Digital (demo)', now())
on conflict (code) do nothing;

insert into app_user (issuer, subject, display_name, email, roles, created_at, updated_at)
values ('dev-oidc', 'mitra', 'mitra', null, 'mitra', now(), now())
on conflict (issuer, subject) do nothing;

insert into partner_member (partner_id, user_id, added_at)
select p.id, u.id, now() from partner p, app_user u
where p.code = 'MITRA-DEMO' and u.issuer = 'dev-oidc' and u.subject = 'mitra'
on conflict do nothing;
