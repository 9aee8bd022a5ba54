-- The public verification page tells a mistyped number from one never issued by asking whether any certificate has
-- the typed number's sequence (its third part: <prefix>-<year>-<sequence>-<check>). This index answers that without
-- reading the whole table, so a stream of wrong numbers costs one index probe each.
create index certificate_sequence_idx on certificate ((split_part(number, '-', 3)));
