-- PostgreSQL only: the lists' free-text search ("contains", a case-insensitive LIKE '%...%') served by
-- trigram indexes, so that a search for a rare word reads a few index pages instead of every row.
-- pg_trgm is a trusted extension: the owner of the database may create it. Where it cannot be created,
-- the search still works, by reading every row, and the indexes are left out.
do $$
begin
  create extension if not exists pg_trgm;
exception when insufficient_privilege or undefined_file then
  raise notice 'pg_trgm is not available: free-text search will read every row';
end $$;

-- The operator class is named with the extension's schema, which need not be on the search path.
do $$
declare
  trgm text := (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm');
  target record;
begin
  if trgm is null then
    return;
  end if;
  for target in
    select * from (values
      ('network', 'name'),
      ('network', 'description'),
      ('organisation', 'name'),
      ('person', 'name'),
      ('person', 'email'),
      ('person', 'job_role'),
      ('funding_grant', 'title'),
      ('funding_grant', 'identifier'),
      ('funding_grant', 'description'),
      ('event', 'title'),
      ('event', 'description'),
      ('insight', 'text'),
      ('insight', 'source')
    ) as t(tbl, col)
  loop
    execute format('create index %I on %I using gin (lower(%I) %s.gin_trgm_ops)',
                   'ix_' || target.tbl || '_' || target.col || '_trgm', target.tbl, target.col, trgm);
  end loop;
end $$;
