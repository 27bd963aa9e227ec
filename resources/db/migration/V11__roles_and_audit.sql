-- Staff logins, roles enforced by PostgreSQL, and an audit trail (issue 16).
--
-- A desktop client can be bypassed: anyone with a login can open psql. So who may do what is
-- decided here, by the database:
--   * shopdesk_owner, a role that cannot log in, owns every table, view, sequence and function of
--     the schema; migrations run as it (SchemaMigration sets the role). The login that migrated
--     until now is made a member, so that it can hand its objects over and keep migrating.
--   * four group roles: shopdesk_clerk (customers, sales, returns), shopdesk_purchasing
--     (catalogue, providers, prices, imports, stock movements), shopdesk_manager (reads
--     everything) and shopdesk_administrator (staff logins, reads for backups). A staff login is
--     a PostgreSQL login that is a member of one of them. No group may TRUNCATE, change the schema
--     or switch triggers off: that needs ownership.
--   * history rules hold for everyone but the owner, whatever the trigger depth; who/when columns
--     are set by the database for everyone but the owner (and its members: the migrating login,
--     datagen, restores); summaries are written only by the roll-up function.
--   * audit_log: every change to prices, stock, checks and returns, providers, customers and
--     products, with who, when, table, key, old and new values; written only by its triggers.
-- Roles are shared by every database of the server: they are created only if missing, and two
-- databases migrating at once on one server do not trip over each other.

-- ---------------------------------------------------------------- the roles
DO $$
DECLARE
    r text;
    me_super boolean;
BEGIN
    SELECT rolsuper INTO me_super FROM pg_roles WHERE rolname = current_user;
    IF NOT me_super AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolcreaterole)
       AND (SELECT count(*) FROM pg_roles WHERE rolname IN ('shopdesk_owner', 'shopdesk_clerk', 'shopdesk_purchasing',
                                                            'shopdesk_manager', 'shopdesk_administrator')) < 5 THEN
        RAISE EXCEPTION 'ShopDesk sets up its roles once: migrate with a superuser or a login with CREATEROLE (%, now)', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- CREATEROLE: the administrators' functions (below) create and change staff logins as the owner.
    BEGIN
        CREATE ROLE shopdesk_owner NOLOGIN CREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;  -- made by another database of this server, perhaps a moment ago
    END;
    FOREACH r IN ARRAY ARRAY['shopdesk_clerk', 'shopdesk_purchasing', 'shopdesk_manager', 'shopdesk_administrator'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
    -- A login that is not a superuser hands its objects to the owner only as a member of it, and
    -- later migrations run as the owner through that membership.
    IF NOT me_super AND NOT pg_has_role(current_user, 'shopdesk_owner', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT shopdesk_owner TO %I', current_user);
        EXCEPTION WHEN unique_violation THEN
            NULL;
        END;
    END IF;
END $$;

-- ---------------------------------------------------------------- ownership to shopdesk_owner
-- Every table, view and sequence of this schema (identity sequences follow their tables) and
-- every function that is ShopDesk's (not an extension's), whoever migrated them.
DO $$
DECLARE
    o record;
BEGIN
    -- The schema first (the new owner of a table needs CREATE on its schema), where the migrating
    -- login may give it (its owner, or a superuser); otherwise the right to create in it.
    IF pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'MEMBER') THEN
        EXECUTE format('ALTER SCHEMA %I OWNER TO shopdesk_owner', current_schema());
    ELSE
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO shopdesk_owner', current_schema());
    END IF;
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    -- Later migrations run as the owner; some add a (trusted) extension.
    IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        EXECUTE format('GRANT CREATE ON DATABASE %I TO shopdesk_owner', current_database());
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator',
                   current_schema());
    FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
              WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                 AND d.deptype IN ('e', 'i', 'a'))
                AND pg_get_userbyid(c.relowner) <> 'shopdesk_owner'
                -- Flyway reads its history in another open transaction while this runs: waiting for
                -- it would wait for ever. It stays the migrating login's (the owner's member).
                AND c.relname <> 'flyway_schema_history' LOOP
        EXECUTE format('ALTER %s %s OWNER TO shopdesk_owner',
                       CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                      ELSE 'TABLE' END, o.name);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
              WHERE p.pronamespace = current_schema()::regnamespace
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                 AND d.deptype = 'e')
                AND pg_get_userbyid(p.proowner) <> 'shopdesk_owner' LOOP
        EXECUTE format('ALTER %s %s OWNER TO shopdesk_owner', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, o.name);
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', current_schema());
    -- Staff logins read the schema version when they connect (absent when the migrations are run
    -- by hand, as the restore test does).
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        GRANT SELECT ON flyway_schema_history TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator;
    END IF;
END $$;

SET LOCAL ROLE shopdesk_owner;

-- ---------------------------------------------------------------- who is the owner
-- True for the owner and whoever may act as it (its members: the migrating login; superusers):
-- they load data (datagen), restore backups and migrate, and so may write who/when themselves.
CREATE FUNCTION shopdesk_acts_as_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'shopdesk_owner', 'MEMBER')
$$;

-- ---------------------------------------------------------------- history guards without depth
-- V1 let the check's total and the balances change from any nested trigger (pg_trigger_depth() > 1),
-- which a temporary table's trigger could provide. Now only the owner changes them: the lines'
-- and the journal's triggers run as the owner (SECURITY DEFINER, below); nobody else can.
CREATE OR REPLACE FUNCTION purchase_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a check is history and cannot be deleted (check %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    ELSIF TG_OP = 'INSERT' THEN
        IF NEW.total <> 0 THEN
            RAISE EXCEPTION 'a check total is the sum of its lines: insert the check with total 0'
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF current_user <> 'shopdesk_owner' AND (NEW.total IS DISTINCT FROM OLD.total
          OR NEW.customer_id IS DISTINCT FROM OLD.customer_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
          OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.purchased_at IS DISTINCT FROM OLD.purchased_at
          OR NEW.clerk IS DISTINCT FROM OLD.clerk OR NEW.returns_id IS DISTINCT FROM OLD.returns_id
          OR NEW.currency IS DISTINCT FROM OLD.currency OR NEW.client_key IS DISTINCT FROM OLD.client_key
          OR NEW.created_at IS DISTINCT FROM OLD.created_at) THEN
        RAISE EXCEPTION 'a check is history and cannot be changed (check %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION stock_goods_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.goods_balance <> 0 OR EXISTS (SELECT 1 FROM stock_movement m
                 WHERE m.product_id = OLD.product_id AND m.provider_id = OLD.provider_id) THEN
            RAISE EXCEPTION 'stock with a journal cannot be deleted'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF current_user <> 'shopdesk_owner' AND
       ((TG_OP = 'INSERT' AND NEW.goods_balance <> 0)
        OR (TG_OP = 'UPDATE' AND (NEW.goods_balance IS DISTINCT FROM OLD.goods_balance
                                  OR NEW.created_at IS DISTINCT FROM OLD.created_at
                                  OR NEW.product_id IS DISTINCT FROM OLD.product_id
                                  OR NEW.provider_id IS DISTINCT FROM OLD.provider_id))) THEN
        RAISE EXCEPTION 'a stock balance changes only through the stock journal (stock_movement)'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END $$;

-- The derived writes run as the owner, whoever inserted the lines or the journal rows. A definer
-- function names its schema first and pg_temp last, so a temporary table cannot stand in for a
-- real one.
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['purchase_line_totals()', 'stock_movement_apply()', 'shopdesk_roll_up_sales(date)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END $$;
-- The roll-up writes derived figures only, and every screen that reads charts may ask for it.
REVOKE EXECUTE ON FUNCTION shopdesk_roll_up_sales(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopdesk_roll_up_sales(date)
    TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator;

-- ---------------------------------------------------------------- who and when, by the database
-- A check is the session user's, made now; a journal row likewise. Only what a group may record:
-- a clerk's movements are sales and returns, purchasing's are receipts, write-offs and counts.
CREATE FUNCTION purchase_by_database() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT shopdesk_acts_as_owner() THEN
        NEW.clerk := session_user;
        NEW.purchased_at := now();
        NEW.created_at := now();
    END IF;
    RETURN NEW;
END $$;
-- Named to run before the other row triggers of a check (PostgreSQL fires them by name), so that
-- a return is compared with its sale at the time the database gave it.
CREATE TRIGGER purchase_by_database BEFORE INSERT ON purchase
    FOR EACH ROW EXECUTE FUNCTION purchase_by_database();

CREATE FUNCTION stock_movement_by_database() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT shopdesk_acts_as_owner() THEN
        NEW.moved_by := session_user;
        NEW.moved_at := now();
        IF NEW.reason IN ('SALE', 'RETURN') AND NOT pg_has_role(session_user, 'shopdesk_clerk', 'MEMBER')
           OR NEW.reason NOT IN ('SALE', 'RETURN') AND NOT pg_has_role(session_user, 'shopdesk_purchasing', 'MEMBER') THEN
            RAISE EXCEPTION 'a % movement is not for % to record', NEW.reason, session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- A sale's or a return's journal rows are written with its check, in the same transaction:
        -- not an unexplained loss booked against some old check.
        IF NEW.reason IN ('SALE', 'RETURN') AND NOT EXISTS (
                SELECT 1 FROM purchase p WHERE p.id = NEW.purchase_id AND p.kind = NEW.reason
                   AND p.xmin = pg_current_xact_id()::xid) THEN
            RAISE EXCEPTION 'a % movement is written with its check, in the same transaction (check %)',
                NEW.reason, NEW.purchase_id USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stock_movement_by_database BEFORE INSERT ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_by_database();

-- A price row is created now, by the session user, and starts now or later: the past of prices
-- is history, so a price cannot be back-dated.
CREATE FUNCTION price_by_database() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT shopdesk_acts_as_owner() THEN
        NEW.created_by := session_user;
        NEW.created_at := now();
        NEW.valid_from := greatest(NEW.valid_from, now());
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER price_by_database BEFORE INSERT ON price
    FOR EACH ROW EXECUTE FUNCTION price_by_database();

-- The other tables: created_at/by and updated_at/by of a new row (whichever the table has).
CREATE FUNCTION shopdesk_created_by_database() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT shopdesk_acts_as_owner() THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object('created_at', now(), 'created_by', session_user,
                                                             'updated_at', now(), 'updated_by', session_user));
    END IF;
    RETURN NEW;
END $$;
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
              WHERE c.table_schema = current_schema() AND c.column_name IN ('created_by', 'updated_by')
                AND c.table_name NOT IN ('price', 'purchase', 'stock_movement')
              GROUP BY c.table_name LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION shopdesk_created_by_database()',
                       t || '_created_by_database', t);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- the audit trail
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    who         varchar(63) NOT NULL DEFAULT session_user,
    table_name  varchar(63) NOT NULL,
    operation   varchar(6)  NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    row_id      bigint      NOT NULL,
    old_values  jsonb,
    new_values  jsonb,
    CONSTRAINT audit_log_values CHECK ((operation = 'INSERT') = (old_values IS NULL)
                                       AND (operation = 'DELETE') = (new_values IS NULL))
);
-- Rows arrive in time order: BRIN for periods; one record's history; one person's.
CREATE INDEX audit_log_at_brin ON audit_log USING brin (at);
CREATE INDEX audit_log_record_idx ON audit_log (table_name, row_id, id);
CREATE INDEX audit_log_who_idx ON audit_log (who, id);

-- Inserts and deletes: one INSERT into the trail per statement, of every row the statement added or
-- removed. Updates: per row, and only when the row changed in more than its derived columns (named
-- in the trigger's WHEN: a check's total kept from its lines, a balance kept from its journal),
-- since the lines and the journal rows that caused those are in the trail themselves; a sale's own
-- updates of totals and balances then call no function at all. Runs as the owner: nobody else
-- writes audit_log.
CREATE FUNCTION shopdesk_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        INSERT INTO audit_log (table_name, operation, row_id, old_values, new_values)
        VALUES (TG_TABLE_NAME, TG_OP, NEW.id, to_jsonb(OLD), to_jsonb(NEW));
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (table_name, operation, row_id, new_values)
        SELECT TG_TABLE_NAME, TG_OP, n.id, to_jsonb(n) FROM new_rows n;
    ELSE
        INSERT INTO audit_log (table_name, operation, row_id, old_values)
        SELECT TG_TABLE_NAME, TG_OP, o.id, to_jsonb(o) FROM old_rows o;
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('price', NULL), ('stock_goods', $a$'goods_balance', 'updated_at', 'updated_by'$a$),
                                   ('stock_movement', NULL), ('purchase', $a$'total'$a$), ('purchase_line', NULL),
                                   ('provider', NULL), ('customer', NULL), ('contacts', NULL), ('products', NULL)) v(name, derived) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION shopdesk_audit()', t.name || '_audit_insert', t.name);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (%s) EXECUTE FUNCTION shopdesk_audit()',
                       t.name || '_audit_update', t.name,
                       CASE WHEN t.derived IS NULL THEN 'OLD.* IS DISTINCT FROM NEW.*'
                            ELSE format('to_jsonb(OLD) - ARRAY[%1$s] IS DISTINCT FROM to_jsonb(NEW) - ARRAY[%1$s]', t.derived) END);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION shopdesk_audit()', t.name || '_audit_delete', t.name);
    END LOOP;
    EXECUTE format('ALTER FUNCTION shopdesk_audit() SET search_path = %I, pg_temp', current_schema());
END $$;

-- Append-only for everyone but its owner (who alone may prune it), whatever privileges say.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user <> 'shopdesk_owner' THEN
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- What managers and administrators read (they have no privilege on audit_log itself).
CREATE VIEW audit_trail AS
SELECT id, at, who, table_name, operation, row_id, old_values, new_values FROM audit_log;

-- ---------------------------------------------------------------- staff logins
-- A staff login is a login that is a member of one ShopDesk group.
CREATE VIEW staff_login AS
SELECT r.rolname::varchar(63) AS login, g.rolname::varchar(63) AS group_role, r.rolcanlogin AS enabled,
       r.rolvaliduntil AS valid_until
  FROM pg_roles r
  JOIN pg_auth_members m ON m.member = r.oid
  JOIN pg_roles g ON g.oid = m.roleid
 WHERE g.rolname IN ('shopdesk_clerk', 'shopdesk_purchasing', 'shopdesk_manager', 'shopdesk_administrator')
   AND NOT r.rolsuper AND r.rolname NOT LIKE 'shopdesk\_%';

-- The administrators' operations. They run as the owner (which may create roles) and do only
-- what they say, on staff logins only. A password reaches the server only as a SCRAM verifier
-- made by the client, so no statement log ever holds a password.
CREATE FUNCTION shopdesk_require_administrator() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'shopdesk_administrator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a ShopDesk administrator manages staff logins' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

CREATE FUNCTION shopdesk_require_group(group_role text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF group_role IS NULL OR group_role NOT IN ('shopdesk_clerk', 'shopdesk_purchasing', 'shopdesk_manager',
                                                'shopdesk_administrator') THEN
        RAISE EXCEPTION 'no such ShopDesk role: %', group_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;

CREATE FUNCTION shopdesk_require_staff(login text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM staff_login s WHERE s.login = shopdesk_require_staff.login) THEN
        RAISE EXCEPTION 'no staff login %', login USING ERRCODE = 'undefined_object';
    END IF;
END $$;

CREATE FUNCTION shopdesk_require_verifier(verifier text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;

CREATE FUNCTION shopdesk_create_login(login text, group_role text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM shopdesk_require_administrator();
    PERFORM shopdesk_require_group(group_role);
    PERFORM shopdesk_require_verifier(verifier);
    IF login IS NULL OR login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR login LIKE 'shopdesk\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'a login name is 2 to 63 small Latin letters, digits, dots, dashes or underscores, from a letter'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L IN ROLE %I', login, verifier, group_role);
    EXECUTE format('ALTER ROLE %I INHERIT', login);
END $$;

CREATE FUNCTION shopdesk_set_login_enabled(login text, enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM shopdesk_require_administrator();
    PERFORM shopdesk_require_staff(login);
    IF NOT enabled AND login = session_user THEN
        RAISE EXCEPTION 'an administrator does not disable their own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

CREATE FUNCTION shopdesk_reset_password(login text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM shopdesk_require_administrator();
    PERFORM shopdesk_require_staff(login);
    PERFORM shopdesk_require_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END $$;

CREATE FUNCTION shopdesk_assign_role(login text, group_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    g text;
BEGIN
    PERFORM shopdesk_require_administrator();
    PERFORM shopdesk_require_staff(login);
    PERFORM shopdesk_require_group(group_role);
    IF login = session_user AND group_role <> 'shopdesk_administrator' THEN
        RAISE EXCEPTION 'an administrator does not take their own administration away' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR g IN SELECT s.group_role FROM staff_login s WHERE s.login = shopdesk_assign_role.login
                               AND s.group_role <> shopdesk_assign_role.group_role LOOP
        EXECUTE format('REVOKE %I FROM %I', g, login);
    END LOOP;
    IF NOT pg_has_role(login, group_role, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', group_role, login);
    END IF;
END $$;

DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['shopdesk_create_login(text, text, text)', 'shopdesk_set_login_enabled(text, boolean)',
                             'shopdesk_reset_password(text, text)', 'shopdesk_assign_role(text, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO shopdesk_administrator', f);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- privileges

-- Everyone reads the shop (a clerk sees catalogue, prices, stock and the sales' summaries for a
-- customer's history; purchasing sees sales; managers everything; an administrator's backup reads
-- every table): every table of the schema but the audit log, which has its view.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c
              WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')
                AND c.relname NOT IN ('audit_log', 'audit_trail', 'flyway_schema_history') LOOP
        EXECUTE format('GRANT SELECT ON %I TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator', t);
    END LOOP;
END $$;
GRANT SELECT ON audit_trail TO shopdesk_manager, shopdesk_administrator;

-- Clerk: customers and their contacts, checks and returns, and the sales' journal rows.
GRANT INSERT, DELETE ON customer, contacts TO shopdesk_clerk;
GRANT INSERT ON purchase, purchase_line, stock_movement TO shopdesk_clerk;
-- A sale locks its stock rows first and a return its sale (SELECT ... FOR UPDATE), which needs an
-- UPDATE privilege on some column: created_at, which the history triggers above never let change.
GRANT UPDATE (created_at) ON purchase, stock_goods TO shopdesk_clerk;

-- Purchasing: the catalogue, providers, prices, receipts, write-offs, counts and reorder levels.
GRANT INSERT, DELETE ON category, producer, products, provider TO shopdesk_purchasing;
GRANT INSERT ON price, stock_movement, stock_goods TO shopdesk_purchasing;
-- Ending a price is the only change of a price row.
GRANT UPDATE (valid_to) ON price TO shopdesk_purchasing;
-- Providers' article numbers and price-list profiles (V6), and reorder levels (V7).
DO $$
BEGIN
    IF to_regclass('provider_article') IS NOT NULL THEN
        GRANT INSERT, DELETE ON provider_article, price_import_profile TO shopdesk_purchasing;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                AND table_name = 'stock_goods' AND column_name = 'reorder_level') THEN
        GRANT UPDATE (reorder_level, version) ON stock_goods TO shopdesk_purchasing;
    END IF;
END $$;

-- UPDATE of everything but the key and the who/when columns (set by the database).
DO $$
DECLARE
    t record;
    cols text;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('customer', 'shopdesk_clerk'), ('contacts', 'shopdesk_clerk'),
                                   ('category', 'shopdesk_purchasing'), ('producer', 'shopdesk_purchasing'),
                                   ('products', 'shopdesk_purchasing'), ('provider', 'shopdesk_purchasing'),
                                   ('provider_article', 'shopdesk_purchasing'),
                                   ('price_import_profile', 'shopdesk_purchasing')) v(name, grp)
              WHERE to_regclass(v.name) IS NOT NULL LOOP
        SELECT string_agg(quote_ident(column_name), ', ') INTO cols FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = t.name AND is_generated = 'NEVER' AND is_identity = 'NO'
           AND column_name NOT IN ('id', 'created_at', 'created_by', 'updated_at', 'updated_by');
        EXECUTE format('GRANT UPDATE (%s) ON %I TO %I', cols, t.name, t.grp);
    END LOOP;
END $$;

-- Sequences of the tables a group inserts into (identity columns need none; stated all the same).
GRANT USAGE ON SEQUENCE customer_id_seq, contacts_id_seq, purchase_id_seq, purchase_line_id_seq,
                        stock_movement_id_seq TO shopdesk_clerk;
GRANT USAGE ON SEQUENCE category_id_seq, producer_id_seq, products_id_seq, provider_id_seq, price_id_seq,
                        stock_movement_id_seq, stock_goods_id_seq TO shopdesk_purchasing;

-- Tables made by later migrations (run as the owner) are readable by every group; writes are
-- granted by the migration that makes them.
DO $$
BEGIN
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE shopdesk_owner IN SCHEMA %I GRANT SELECT ON TABLES '
                   'TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator', current_schema());
END $$;
