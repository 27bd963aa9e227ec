-- Customers and contacts (issue 10): find anyone in a keystroke, never the same person twice.
--
-- A customer keeps its contacts in `contacts`, as the original design has it; a customer may now
-- have several rows there (more phones, more e-mails). Each row belongs to one customer
-- (customer_id; a row written before its customer is adopted by it); the customer's primary row
-- is the one customer.contact_id points at, so a customer has one primary e-mail and one primary
-- phone, and the database proves the primary row is the customer's own.

-- ---------------------------------------------------------------- contacts belong to a customer
ALTER TABLE contacts ADD COLUMN customer_id bigint REFERENCES customer (id) ON DELETE RESTRICT;
-- Until now every contacts row was some customer's only row (nothing shared or left them).
UPDATE contacts k SET customer_id = c.id FROM customer c WHERE c.contact_id = k.id;
ALTER TABLE contacts ADD CONSTRAINT contacts_id_customer_key UNIQUE (id, customer_id);
CREATE INDEX contacts_customer_idx ON contacts (customer_id);
-- The primary row must be one of the customer's own rows. Checked at commit, so that a client
-- may still write the contacts row first and the customer pointing at it next (as V1 allowed):
-- the customer then adopts the row (below).
ALTER TABLE customer ADD CONSTRAINT customer_primary_contact_own
    FOREIGN KEY (contact_id, id) REFERENCES contacts (id, customer_id) DEFERRABLE INITIALLY DEFERRED;
CREATE FUNCTION customer_adopts_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE contacts SET customer_id = NEW.id WHERE id = NEW.contact_id AND customer_id IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER customer_adopts_contacts AFTER INSERT OR UPDATE OF contact_id ON customer
    FOR EACH ROW WHEN (NEW.contact_id IS NOT NULL) EXECUTE FUNCTION customer_adopts_contacts();

-- ---------------------------------------------------------------- well-formed phones and e-mails
-- E.164 already holds (V1). A number needs at least 8 digits, and a Russian (+7) one exactly 11:
-- "+7916123" is a typo, not a phone.
ALTER TABLE contacts ADD CONSTRAINT contacts_phone_digits_count
    CHECK (phone ~ '^\+[1-9][0-9]{7,14}$' AND (phone !~ '^\+7' OR phone ~ '^\+7[0-9]{10}$'));
-- V1's e-mail check let "a@b..c" and "@" runs through; no dot at either end of a part, no two dots.
-- Addresses are kept in lower case (EmailAddresses does so), so one address is stored one way and
-- searched without lower(). Case never told two addresses apart (contacts_email_key, V1).
UPDATE contacts SET email = lower(email) WHERE email <> lower(email);
ALTER TABLE contacts ADD CONSTRAINT contacts_email_lower CHECK (email = lower(email));
ALTER TABLE contacts ADD CONSTRAINT contacts_email_parts
    CHECK (email !~ '(^\.|\.@|@\.|\.\.|\.$)' AND email = btrim(email));

-- A phone is one person's: unique. Rows loaded before this version may already share a number
-- (typed twice for two people); they are kept as they were, flagged, and the first of them (the
-- oldest row) keeps the number for the rule. Changing the number clears the flag.
ALTER TABLE contacts ADD COLUMN phone_shared_before_v5 boolean NOT NULL DEFAULT false;
UPDATE contacts k SET phone_shared_before_v5 = true
  FROM (SELECT id, row_number() OVER (PARTITION BY phone ORDER BY id) AS n FROM contacts WHERE phone IS NOT NULL) d
 WHERE d.id = k.id AND d.n > 1;
CREATE UNIQUE INDEX contacts_phone_key ON contacts (phone) WHERE NOT phone_shared_before_v5;
ALTER TABLE contacts ADD CONSTRAINT contacts_shared_phone_is_legacy
    CHECK (NOT phone_shared_before_v5 OR phone IS NOT NULL);
CREATE FUNCTION contacts_phone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.phone IS DISTINCT FROM OLD.phone THEN
        NEW.phone_shared_before_v5 := false;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contacts_phone_changed BEFORE INSERT OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_phone_changed();

-- ---------------------------------------------------------------- search as you type
-- The phone as bare digits ("+79161234567" -> "79161234567"): "916 123" or "8 (916) 123-45-67"
-- typed in the search box become digits and match any part of it through the trigram index.
ALTER TABLE contacts ADD COLUMN phone_digits varchar(15) GENERATED ALWAYS AS (ltrim(phone, '+')) STORED;
CREATE INDEX contacts_phone_digits_trgm_idx ON contacts USING gin (phone_digits gin_trgm_ops);
-- An e-mail typed from its start: a b-tree walk that also names the customer, without the table.
CREATE INDEX contacts_email_prefix_idx ON contacts (email text_pattern_ops) INCLUDE (customer_id);
-- customer_name_trgm_idx (V1) serves any part of first or last name. The list's orders:
CREATE INDEX customer_last_first_idx ON customer (last_name, name, id);
CREATE INDEX customer_first_last_idx ON customer (name, last_name, id);
-- A contact's hit finds its customer's name and state here, without visiting the table: a search
-- that matches two thousand e-mails sorts them by name from this index alone.
CREATE INDEX customer_list_idx ON customer (id) INCLUDE (name, last_name, archived);

-- ---------------------------------------------------------------- the customer's own fields
ALTER TABLE customer
    ADD COLUMN notes     varchar(1000),
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by varchar(63),
    ADD CONSTRAINT customer_name_trimmed CHECK (name = btrim(name)),
    ADD CONSTRAINT customer_last_name_filled CHECK (last_name IS NULL OR (btrim(last_name) <> '' AND last_name = btrim(last_name))),
    ADD CONSTRAINT customer_notes_filled CHECK (notes IS NULL OR btrim(notes) <> ''),
    -- "Erase personal data" (152-FZ / GDPR): who and when, and nothing personal left on the row.
    ADD CONSTRAINT customer_erased_who_when CHECK ((erased_at IS NULL) = (erased_by IS NULL)),
    ADD CONSTRAINT customer_erased_is_anonymous CHECK (erased_at IS NULL
        OR (name = '#' || id AND last_name IS NULL AND notes IS NULL AND contact_id IS NULL AND archived));

-- An erased customer gets no contacts again, and an erasure is never undone.
CREATE FUNCTION customer_erasure_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'customer' THEN
        IF OLD.erased_at IS NOT NULL AND (NEW.erased_at IS DISTINCT FROM OLD.erased_at
                OR NEW.erased_by IS DISTINCT FROM OLD.erased_by OR NOT NEW.archived) THEN
            RAISE EXCEPTION 'customer % was erased: the erasure is final', OLD.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM customer WHERE id = NEW.customer_id AND erased_at IS NOT NULL) THEN
        RAISE EXCEPTION 'customer % was erased: no contacts may be added', NEW.customer_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_erasure_is_final BEFORE UPDATE ON customer
    FOR EACH ROW EXECUTE FUNCTION customer_erasure_is_final();
CREATE TRIGGER contacts_of_erased_customer BEFORE INSERT OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION customer_erasure_is_final();

-- The planner's figures for the rewritten contacts and the new indexes, before the first search.
ANALYZE contacts;
ANALYZE customer;
