-- Suppliers: a provider's legal and contact details, the rules they keep, the indexes the
-- providers list needs for its figures, and archived providers out of new sales.
-- Every new column is optional, so the rows already there (the demo shop's, a generated
-- shop's, a real shop's) stay valid as they are; nothing of their history is touched.

-- The check digits of a Russian taxpayer number (INN): 10 digits for an organisation (one check
-- digit), 12 for a person or an entrepreneur (two). The first two digits are a region code, never
-- 00. IMMUTABLE, so a CHECK may use it; domain.common.TaxIds is the same rule in Java.
CREATE FUNCTION shopdesk_inn_is_valid(inn text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN inn ~ '^00' THEN false
        WHEN inn ~ '^[0-9]{10}$' THEN
            (SELECT sum(substr(inn, i, 1)::int * (ARRAY[2, 4, 10, 3, 5, 9, 4, 6, 8])[i])
               FROM generate_series(1, 9) AS i) % 11 % 10 = substr(inn, 10, 1)::int
        WHEN inn ~ '^[0-9]{12}$' THEN
            (SELECT sum(substr(inn, i, 1)::int * (ARRAY[7, 2, 4, 10, 3, 5, 9, 4, 6, 8])[i])
               FROM generate_series(1, 10) AS i) % 11 % 10 = substr(inn, 11, 1)::int
            AND (SELECT sum(substr(inn, i, 1)::int * (ARRAY[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])[i])
                   FROM generate_series(1, 11) AS i) % 11 % 10 = substr(inn, 12, 1)::int
        ELSE false
    END
$$;

ALTER TABLE provider
    ADD COLUMN legal_name     varchar(200),
    ADD COLUMN inn            varchar(12),
    ADD COLUMN kpp            varchar(9),
    ADD COLUMN contact_person varchar(100),
    ADD COLUMN email          varchar(100),
    ADD COLUMN phone          varchar(16),
    ADD COLUMN address        varchar(300),
    ADD COLUMN website        varchar(200),
    ADD COLUMN notes          varchar(1000),
    ADD CONSTRAINT provider_legal_name_check CHECK (btrim(legal_name) <> ''),
    ADD CONSTRAINT provider_inn_check CHECK (shopdesk_inn_is_valid(inn)),
    -- Tax office (4 digits), reason (2 digits or capital letters since 2013), number (3 digits).
    ADD CONSTRAINT provider_kpp_check CHECK (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
    -- Only an organisation (a 10-digit INN) has a KPP; an entrepreneur has none.
    ADD CONSTRAINT provider_kpp_needs_org_inn CHECK (kpp IS NULL OR length(inn) = 10),
    ADD CONSTRAINT provider_contact_person_check CHECK (btrim(contact_person) <> ''),
    -- The same shape as contacts.email: something, @, a domain with a dot. EmailAddresses (Java) is stricter.
    ADD CONSTRAINT provider_email_check CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    -- E.164, and a Russian number (+7) is exactly ten digits after the code.
    ADD CONSTRAINT provider_phone_check CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'
                                               AND (phone !~ '^\+7' OR phone ~ '^\+7[0-9]{10}$')),
    ADD CONSTRAINT provider_address_check CHECK (btrim(address) <> ''),
    ADD CONSTRAINT provider_website_check CHECK (website ~ '^https?://[^\s/?#@]+\.[^\s/?#@]+([/?#]\S*)?$'),
    ADD CONSTRAINT provider_notes_check CHECK (btrim(notes) <> '');

-- One provider per taxpayer: a second card for the same INN is a duplicate to open, not to make.
CREATE UNIQUE INDEX provider_inn_key ON provider (inn);

-- The providers list's figures, per provider over all providers at once (see ProviderQueries):
-- its current offers with their prices, read from the index alone for the count and for the
-- stock value at current prices ...
CREATE INDEX price_provider_current_idx ON price (provider_id, product_id) INCLUDE (value)
    WHERE valid_to IS NULL;
-- ... and when it last set a price: one step down this index per provider.
CREATE INDEX price_provider_from_idx ON price (provider_id, valid_from);

-- An archived provider takes no new sales; its past checks, returns of them, its prices and stock
-- stay. One look per statement (a COPY of a million checks pays one join, a sale one probe).
-- Not locking the provider row: a sale that began before an archive committed may still land,
-- as it would have a moment earlier.
CREATE FUNCTION purchase_provider_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    closed text;
BEGIN
    SELECT v.name INTO closed
      FROM new_checks c JOIN provider v ON v.id = c.provider_id
     WHERE c.kind = 'SALE' AND v.archived
     LIMIT 1;
    IF closed IS NOT NULL THEN
        RAISE EXCEPTION 'provider % is archived and takes no new sales', closed
            USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_provider_open';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER purchase_provider_open AFTER INSERT ON purchase
    REFERENCING NEW TABLE AS new_checks
    FOR EACH STATEMENT EXECUTE FUNCTION purchase_provider_open();
