-- The hash of the whole content folder a sync read (every file's path and bytes). A start on a folder whose hash
-- equals the last run's skips the parse and the writes: the database already holds what that folder yields.
alter table content_sync_run add column tree_hash varchar(64);
