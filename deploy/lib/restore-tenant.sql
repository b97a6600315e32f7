-- Restores one tenant from the staging tables deploy/restore.sh has loaded in this session:
--   restore_tenants (one row), restore_users, restore_user_claims, restore_user_logins,
--   restore_user_tokens, and restore_t_<table> for each tenant-owned table of the archive, each with
--   exactly the columns the archive holds. Settings: simore.restore_slug (the address to restore
--   to) and simore.restore_replace (on: an existing tenant of that address is emptied and refilled).
-- Runs inside the caller's transaction: any error undoes everything. Leaves the tenant's id in
-- simore.restored_tenant_id and the archive's in simore.archived_tenant_id.
DO $restore$
DECLARE
  v_slug text := current_setting('simore.restore_slug');
  v_replace boolean := current_setting('simore.restore_replace')::boolean;
  v_old_id integer;
  v_new_id integer;
  v_existing integer;
  v_host text;
  v_columns text;
  v_count bigint;
  v_table record;
  v_column record;
BEGIN
  IF (SELECT count(*) FROM restore_tenants) <> 1 THEN
    RAISE EXCEPTION 'the archive holds no tenant row';
  END IF;
  SELECT id, host_name INTO v_old_id, v_host FROM restore_tenants;

  -- Tenant tables in the order their foreign keys need (referenced tables first), from this
  -- database's own schema, which may be newer than the archive's.
  CREATE TEMP TABLE restore_order ON COMMIT DROP AS
  WITH RECURSIVE tenant_tables AS (
    SELECT c.oid, c.relname::text AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
  ), edges AS (
    SELECT DISTINCT con.conrelid AS child, con.confrelid AS parent
    FROM pg_constraint con
    WHERE con.contype = 'f' AND con.conrelid <> con.confrelid
      AND con.conrelid IN (SELECT oid FROM tenant_tables) AND con.confrelid IN (SELECT oid FROM tenant_tables)
  ), depth(oid, level) AS (
    SELECT oid, 0 FROM tenant_tables
    UNION ALL
    SELECT e.child, d.level + 1 FROM edges e JOIN depth d ON e.parent = d.oid WHERE d.level < 64
  )
  SELECT t.name, max(d.level) AS level
  FROM depth d JOIN tenant_tables t ON t.oid = d.oid
  GROUP BY t.name;

  -- Every table of the archive must exist here, with every column of the archive.
  FOR v_table IN
    SELECT substr(c.relname, 11) AS name FROM pg_class c
    WHERE c.relnamespace = pg_my_temp_schema() AND c.relname LIKE 'restore\_t\_%' AND c.relkind = 'r'
  LOOP
    IF NOT EXISTS (SELECT FROM restore_order WHERE name = v_table.name) THEN
      RAISE EXCEPTION 'the archive has table % which this database lacks: it comes from a newer Simore; upgrade this installation first', v_table.name;
    END IF;
  END LOOP;

  SELECT id INTO v_existing FROM public.tenants WHERE slug = v_slug FOR UPDATE;
  IF v_existing IS NOT NULL AND NOT v_replace THEN
    RAISE EXCEPTION 'tenant "%" exists in this database: restore with --replace to overwrite it, or with --slug to restore beside it', v_slug;
  END IF;

  IF v_host IS NOT NULL AND EXISTS (SELECT FROM public.tenants WHERE host_name = v_host AND id IS DISTINCT FROM v_existing) THEN
    RAISE WARNING 'host name % belongs to another tenant here: the restored tenant gets none', v_host;
    UPDATE restore_tenants SET host_name = NULL;
  END IF;

  -- The tenant keeps its id when it is free here; otherwise it gets a new one (every tenant row
  -- carries it, so the rows are rewritten below, and its files move to the new id's folder).
  IF v_existing IS NOT NULL THEN
    v_new_id := v_existing;
    FOR v_table IN SELECT name FROM restore_order ORDER BY level DESC, name LOOP
      EXECUTE format('DELETE FROM public.%I WHERE tenant_id = $1', v_table.name) USING v_new_id;
    END LOOP;
  ELSIF NOT EXISTS (SELECT FROM public.tenants WHERE id = v_old_id) THEN
    v_new_id := v_old_id;
  ELSE
    v_new_id := nextval(pg_get_serial_sequence('public.tenants', 'id'));
  END IF;

  UPDATE restore_tenants SET id = v_new_id, slug = v_slug;
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
  FROM pg_attribute WHERE attrelid = 'pg_temp.restore_tenants'::regclass AND attnum > 0 AND NOT attisdropped;
  IF v_existing IS NOT NULL THEN
    EXECUTE format('UPDATE public.tenants SET (%s) = (SELECT %s FROM restore_tenants) WHERE id = $1', v_columns, v_columns) USING v_new_id;
  ELSE
    EXECUTE format('INSERT INTO public.tenants (%s) SELECT %s FROM restore_tenants', v_columns, v_columns);
  END IF;

  -- Accounts are global: one that exists here (same id, or same user name) is used as it is, with
  -- its own password and roles; one that does not is created with what the archive holds. Platform
  -- roles are never in the archive.
  CREATE TEMP TABLE restore_user_map ON COMMIT DROP AS
  SELECT r.id AS old_id, coalesce(same_id.id, same_name.id, r.id) AS new_id, (same_id.id IS NULL AND same_name.id IS NULL) AS created
  FROM restore_users r
  LEFT JOIN public.users same_id ON same_id.id = r.id
  LEFT JOIN public.users same_name ON same_name.normalized_user_name = r.normalized_user_name;

  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
  FROM pg_attribute WHERE attrelid = 'pg_temp.restore_users'::regclass AND attnum > 0 AND NOT attisdropped;
  EXECUTE format('INSERT INTO public.users (%s) SELECT %s FROM restore_users WHERE id IN (SELECT old_id FROM restore_user_map WHERE created)', v_columns, v_columns);

  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
  FROM pg_attribute WHERE attrelid = 'pg_temp.restore_user_claims'::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'id';
  EXECUTE format('INSERT INTO public.user_claims (%s) SELECT %s FROM restore_user_claims WHERE user_id IN (SELECT old_id FROM restore_user_map WHERE created)', v_columns, v_columns);
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
  FROM pg_attribute WHERE attrelid = 'pg_temp.restore_user_logins'::regclass AND attnum > 0 AND NOT attisdropped;
  EXECUTE format('INSERT INTO public.user_logins (%s) SELECT %s FROM restore_user_logins WHERE user_id IN (SELECT old_id FROM restore_user_map WHERE created) ON CONFLICT DO NOTHING', v_columns, v_columns);
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
  FROM pg_attribute WHERE attrelid = 'pg_temp.restore_user_tokens'::regclass AND attnum > 0 AND NOT attisdropped;
  EXECUTE format('INSERT INTO public.user_tokens (%s) SELECT %s FROM restore_user_tokens WHERE user_id IN (SELECT old_id FROM restore_user_map WHERE created)', v_columns, v_columns);

  FOR v_table IN SELECT name FROM restore_order ORDER BY level, name LOOP
    -- The search's facet keys are derived by triggers from the rows restored before them: the
    -- triggers rebuild them (and the version of the search index) at commit, so the archive's copy
    -- (with its empty queue and its version) is not inserted.
    IF to_regclass('pg_temp.restore_t_' || v_table.name) IS NULL
       OR v_table.name IN ('recommendation_facets', 'recommendation_facets_pending', 'portal_versions') THEN
      CONTINUE;
    END IF;
    EXECUTE format('UPDATE pg_temp.%I SET tenant_id = $1', 'restore_t_' || v_table.name) USING v_new_id;
    FOR v_column IN
      SELECT a.attname, a.atttypid FROM pg_attribute a
      WHERE a.attrelid = format('pg_temp.%I', 'restore_t_' || v_table.name)::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND (a.atttypid = 'uuid'::regtype OR (a.attname LIKE '%storage\_key' AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)))
    LOOP
      IF v_column.atttypid = 'uuid'::regtype THEN
        -- Every uuid of a tenant table is an account's id; values that are no account stay as they are.
        EXECUTE format('UPDATE pg_temp.%1$I s SET %2$I = m.new_id FROM restore_user_map m WHERE s.%2$I = m.old_id AND m.old_id <> m.new_id',
          'restore_t_' || v_table.name, v_column.attname);
      ELSIF v_new_id <> v_old_id THEN
        -- File keys begin with the tenant's id (tenant/year/name).
        EXECUTE format('UPDATE pg_temp.%1$I SET %2$I = $1 || substr(%2$I, length($2) + 1) WHERE starts_with(%2$I, $2)',
          'restore_t_' || v_table.name, v_column.attname) USING v_new_id || '/', v_old_id || '/';
      END IF;
    END LOOP;

    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_columns
    FROM pg_attribute WHERE attrelid = format('pg_temp.%I', 'restore_t_' || v_table.name)::regclass AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('INSERT INTO public.%I (%s) SELECT %s FROM pg_temp.%I', v_table.name, v_columns, v_columns, 'restore_t_' || v_table.name);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RAISE NOTICE '%: % row(s)', v_table.name, v_count;
  END LOOP;

  -- Identity sequences are shared by all tenants: move each past the ids just written, so that the
  -- next row of any tenant gets a fresh one.
  FOR v_column IN
    SELECT c.relname, a.attname FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE a.attidentity <> '' AND (c.relname = 'tenants' OR c.relname IN (SELECT name FROM restore_order))
  LOOP
    EXECUTE format('SELECT setval(%L, greatest((SELECT max(%I) FROM public.%I), (SELECT last_value FROM %s)))',
      pg_get_serial_sequence(format('public.%I', v_column.relname), v_column.attname), v_column.attname, v_column.relname,
      pg_get_serial_sequence(format('public.%I', v_column.relname), v_column.attname));
  END LOOP;

  PERFORM set_config('simore.restored_tenant_id', v_new_id::text, true);
  PERFORM set_config('simore.archived_tenant_id', v_old_id::text, true);
END
$restore$;
