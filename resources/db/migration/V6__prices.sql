-- Prices: changes valid from a future date, who ended a price, providers' own article numbers
-- and each provider's price-list profile.
--
-- A product's prices at one provider form a timeline of periods [valid_from, valid_to) that never
-- overlap. The price "valid now" is the row whose period holds now(); the open row (valid_to IS
-- NULL, at most one: price_current_key) is the last one and may start in the future (a scheduled
-- change). A change valid from T ends the row valid at T at T, cancels rows that would only start
-- at or after T (they never were in effect, so no sale points at them) and opens a row from T.
-- Sales and lists use the row valid now, never simply the open row.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Who ended a price and when (set by the trigger below). Rows ended before this version do not
-- know it and keep NULL: a migration does not invent history.
ALTER TABLE price ADD COLUMN closed_at timestamptz, ADD COLUMN closed_by varchar(63);

-- A scheduled row that is replaced before it starts is cancelled: its period becomes empty
-- (valid_to = valid_from), it stays in the history with who cancelled it.
ALTER TABLE price DROP CONSTRAINT price_period;
ALTER TABLE price ADD CONSTRAINT price_period CHECK (valid_to IS NULL OR valid_to >= valid_from);

-- Periods of one product at one provider never overlap: at any moment at most one price holds.
-- (An empty, cancelled period overlaps nothing.) Also serves look-ups by product and provider.
ALTER TABLE price ADD CONSTRAINT price_no_overlap
    EXCLUDE USING gist (product_id WITH =, provider_id WITH =, tstzrange(valid_from, valid_to) WITH &&);

-- The past is history. A row's value, currency, product, provider and start never change; its
-- end may only be set or moved while it has not been reached, and never into the past; an ended
-- row is never reopened. Whoever sets the end is recorded.
CREATE OR REPLACE FUNCTION price_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a price row is history and cannot be deleted (price %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.value IS DISTINCT FROM OLD.value OR NEW.currency IS DISTINCT FROM OLD.currency
       OR NEW.product_id IS DISTINCT FROM OLD.product_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
       OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
       OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
        RAISE EXCEPTION 'a price row is history: close it and open a new one (price %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.valid_to IS DISTINCT FROM OLD.valid_to THEN
        IF (OLD.valid_to IS NOT NULL AND OLD.valid_to <= now()) OR NEW.valid_to IS NULL OR NEW.valid_to < now() THEN
            RAISE EXCEPTION 'a price row is history: its end is past or would move into the past (price %)', OLD.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        NEW.closed_at := now();
        NEW.closed_by := session_user;
    ELSE
        NEW.closed_at := OLD.closed_at;
        NEW.closed_by := OLD.closed_by;
    END IF;
    RETURN NEW;
END $$;

-- ---------------------------------------------------------------- providers' article numbers
-- What a provider calls our product in its price list. Text, so leading zeros survive. Not
-- unique per provider: a provider may list two of our products under one article, and an
-- import then reports the row as ambiguous rather than guessing.
CREATE TABLE provider_article (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    provider_id bigint      NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    article     varchar(60) NOT NULL CHECK (btrim(article) <> '' AND article = btrim(article)),
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  varchar(63) NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  varchar(63) NOT NULL DEFAULT session_user,
    CONSTRAINT provider_article_product_provider_key UNIQUE (product_id, provider_id)
);
CREATE INDEX provider_article_lookup_idx ON provider_article (provider_id, article);
CREATE TRIGGER provider_article_touch BEFORE UPDATE ON provider_article
    FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();

-- ---------------------------------------------------------------- price-list profiles
-- How one provider's price list is read, remembered after the first import: the file's encoding
-- and separators (NULL: detect), the sheet of a workbook (NULL: the first), and which columns
-- hold the keys, the price, the currency and the stock (a header's text, or a 1-based number
-- when the file has no header row).
CREATE TABLE price_import_profile (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id     bigint       NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    encoding        varchar(20)  CHECK (encoding IN ('UTF-8', 'windows-1251')),
    delimiter       varchar(1)   CHECK (delimiter IN (';', ',', E'\t')),
    decimal_comma   boolean,
    sheet           varchar(100),
    header_row      boolean      NOT NULL DEFAULT true,
    sku_column      varchar(100),
    ean_column      varchar(100),
    article_column  varchar(100),
    price_column    varchar(100) NOT NULL CHECK (btrim(price_column) <> ''),
    currency_column varchar(100),
    stock_column    varchar(100),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    created_by      varchar(63)  NOT NULL DEFAULT session_user,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    updated_by      varchar(63)  NOT NULL DEFAULT session_user,
    CONSTRAINT price_import_profile_provider_key UNIQUE (provider_id),
    CONSTRAINT price_import_profile_has_key
        CHECK (sku_column IS NOT NULL OR ean_column IS NOT NULL OR article_column IS NOT NULL)
);
CREATE TRIGGER price_import_profile_touch BEFORE UPDATE ON price_import_profile
    FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();

-- ---------------------------------------------------------------- rounding of bulk changes
-- A computed price rounded by the shop's rules, in SQL so that a bulk preview and its apply
-- compute the very same numbers: to kopecks, to whole roubles, up to ...,90 kopecks, or up to
-- whole roubles ending in 90. Not STRICT, so that the planner inlines it into the query instead
-- of calling it per row (a NULL gives NULL all the same).
CREATE FUNCTION shopdesk_round_price(v numeric, rule text) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE rule
        WHEN 'KOPECKS'    THEN round(v, 2)
        WHEN 'ROUBLES'    THEN round(v, 0)
        WHEN 'KOPECKS_90' THEN ceil(v - 0.90) + 0.90
        WHEN 'ROUBLES_90' THEN ceil((v - 90) / 100) * 100 + 90
    END
$$;
