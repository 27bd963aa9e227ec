-- ShopDesk schema, version 1.
-- Keeps the nine tables of the original design (category, producer, provider, contacts, customer,
-- products, price, purchase, stock_goods) and repairs what a real shop needs; see README.md.
-- Rules the database itself enforces, so that no client can break them:
--   * history (sales, prices, stock journal) is never deleted by deleting master data: RESTRICT;
--   * a price row is immutable once written; a change closes it and opens a new one;
--   * at most one current price per (product, provider);
--   * a stock balance is the sum of its journal and never negative (no overselling);
--   * a check's total is the sum of its lines.
-- "Who" columns take the database session user: staff logins map to PostgreSQL roles.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Keeps updated_at / updated_by honest whatever client writes the row.
CREATE FUNCTION shopdesk_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END $$;

-- ---------------------------------------------------------------- master data
CREATE TABLE category (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(80) NOT NULL CHECK (btrim(name) <> ''),
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  varchar(63) NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  varchar(63) NOT NULL DEFAULT session_user
);
CREATE UNIQUE INDEX category_name_key ON category (lower(name));

CREATE TABLE producer (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(63)  NOT NULL DEFAULT session_user,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(63)  NOT NULL DEFAULT session_user
);
CREATE UNIQUE INDEX producer_name_key ON producer (lower(name));

CREATE TABLE provider (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    archived    boolean      NOT NULL DEFAULT false,
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(63)  NOT NULL DEFAULT session_user,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(63)  NOT NULL DEFAULT session_user
);
CREATE UNIQUE INDEX provider_name_key ON provider (lower(name));

CREATE TABLE contacts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       varchar(100) CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    -- E.164: a plus and up to 15 digits, the first not zero.
    phone       varchar(16)  CHECK (phone ~ '^\+[1-9][0-9]{1,14}$'),
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(63)  NOT NULL DEFAULT session_user,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(63)  NOT NULL DEFAULT session_user,
    CONSTRAINT contacts_email_or_phone CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email));

CREATE TABLE customer (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(50) NOT NULL CHECK (btrim(name) <> ''),
    last_name   varchar(80),
    contact_id  bigint REFERENCES contacts (id) ON DELETE RESTRICT,
    archived    boolean     NOT NULL DEFAULT false,
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  varchar(63) NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  varchar(63) NOT NULL DEFAULT session_user
);
CREATE INDEX customer_contact_idx ON customer (contact_id);
CREATE INDEX customer_name_trgm_idx ON customer USING gin ((name || ' ' || coalesce(last_name, '')) gin_trgm_ops);

-- The original declared category_id NOT NULL with ON DELETE SET NULL, so deleting a used
-- category failed with a confusing error. Here a used category simply cannot be deleted.
CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(40)  NOT NULL CHECK (sku ~ '^[A-Z0-9][A-Z0-9._/-]*$'),
    ean         varchar(14)  CHECK (ean ~ '^[0-9]{8,14}$'),
    title       varchar(100) NOT NULL CHECK (btrim(title) <> ''),
    description varchar(500),
    category_id bigint       NOT NULL REFERENCES category (id) ON DELETE RESTRICT,
    producer_id bigint       NOT NULL REFERENCES producer (id) ON DELETE RESTRICT,
    archived    boolean      NOT NULL DEFAULT false,
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(63)  NOT NULL DEFAULT session_user,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(63)  NOT NULL DEFAULT session_user,
    CONSTRAINT products_sku_key UNIQUE (sku),
    CONSTRAINT products_ean_key UNIQUE (ean)
);
-- The original's products(title) index, now also the sort order of the Catalogue list.
CREATE INDEX products_title_idx ON products (title, id);
CREATE INDEX products_sku_sort_idx ON products (sku varchar_pattern_ops);
CREATE INDEX products_category_idx ON products (category_id, title, id);
CREATE INDEX products_producer_idx ON products (producer_id, title, id);
-- Search-as-you-type over any part of the title or SKU (ILIKE '%...%').
CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
CREATE INDEX products_sku_trgm_idx ON products USING gin (sku gin_trgm_ops);

-- ---------------------------------------------------------------- prices
CREATE TABLE price (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint        NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    provider_id bigint        NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    value       numeric(12,2) NOT NULL CHECK (value > 0),
    currency    char(3)       NOT NULL DEFAULT 'RUB' CHECK (currency ~ '^[A-Z]{3}$'),
    valid_from  timestamptz   NOT NULL DEFAULT now(),
    valid_to    timestamptz,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    created_by  varchar(63)   NOT NULL DEFAULT session_user,
    CONSTRAINT price_period CHECK (valid_to IS NULL OR valid_to > valid_from),
    -- Lets a sale line prove its price row belongs to the same product and provider.
    CONSTRAINT price_id_product_provider_key UNIQUE (id, product_id, provider_id)
);
-- At most one current price per product and provider.
CREATE UNIQUE INDEX price_current_key ON price (product_id, provider_id) WHERE valid_to IS NULL;
-- The original's price(product_id, value) and price(provider_id, value); price(value) alone
-- served no query and is not kept.
CREATE INDEX price_product_value_idx ON price (product_id, value);
CREATE INDEX price_provider_value_idx ON price (provider_id, value);

-- A price row is history: past sales point at it. Only closing it (setting valid_to once) is allowed.
CREATE FUNCTION price_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a price row is history and cannot be deleted (price %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.value IS DISTINCT FROM OLD.value OR NEW.currency IS DISTINCT FROM OLD.currency
       OR NEW.product_id IS DISTINCT FROM OLD.product_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
       OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
       OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS DISTINCT FROM OLD.valid_to) THEN
        RAISE EXCEPTION 'a price row is history: close it and open a new one (price %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER price_is_history BEFORE UPDATE OR DELETE ON price
    FOR EACH ROW EXECUTE FUNCTION price_is_history();

-- ---------------------------------------------------------------- purchases (checks)
-- A check: one customer buys from one provider. kind = RETURN is money and goods going back,
-- pointing at the sale it returns.
CREATE TABLE purchase (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    bigint        NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
    provider_id    bigint        NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    kind           varchar(6)    NOT NULL DEFAULT 'SALE' CHECK (kind IN ('SALE', 'RETURN')),
    returns_id     bigint        REFERENCES purchase (id) ON DELETE RESTRICT,
    purchased_at   timestamptz   NOT NULL DEFAULT now(),
    clerk          varchar(63)   NOT NULL DEFAULT session_user,
    -- Kept by the database as the sum of the lines (purchase_line_totals below).
    total          numeric(14,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    currency       char(3)       NOT NULL DEFAULT 'RUB' CHECK (currency ~ '^[A-Z]{3}$'),
    -- Set by the client that records the check, so that a retried save never doubles a sale.
    client_key     uuid          NOT NULL DEFAULT gen_random_uuid(),
    created_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT purchase_client_key UNIQUE (client_key),
    CONSTRAINT purchase_id_provider_key UNIQUE (id, provider_id),
    CONSTRAINT purchase_return_link CHECK ((kind = 'RETURN') = (returns_id IS NOT NULL))
);
CREATE INDEX purchase_time_idx ON purchase (purchased_at);
CREATE INDEX purchase_provider_time_idx ON purchase (provider_id, purchased_at);
CREATE INDEX purchase_customer_idx ON purchase (customer_id, purchased_at);
CREATE INDEX purchase_returns_idx ON purchase (returns_id) WHERE returns_id IS NOT NULL;

CREATE TABLE purchase_line (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_id  bigint        NOT NULL,
    provider_id  bigint        NOT NULL,
    product_id   bigint        NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    price_id     bigint        NOT NULL,
    quantity     integer       NOT NULL CHECK (quantity > 0),
    -- The price paid, copied at sale time: later price changes never rewrite a past sale.
    unit_price   numeric(12,2) NOT NULL CHECK (unit_price > 0),
    line_total   numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    CONSTRAINT purchase_line_purchase_fk FOREIGN KEY (purchase_id, provider_id)
        REFERENCES purchase (id, provider_id) ON DELETE RESTRICT,
    CONSTRAINT purchase_line_price_fk FOREIGN KEY (price_id, product_id, provider_id)
        REFERENCES price (id, product_id, provider_id) ON DELETE RESTRICT
);
CREATE INDEX purchase_line_purchase_idx ON purchase_line (purchase_id);
CREATE INDEX purchase_line_product_idx ON purchase_line (product_id);
-- The original's purchase(price_id): which sales were made at a price.
CREATE INDEX purchase_line_price_idx ON purchase_line (price_id);

-- Lines are written once, with their check; they are never changed or removed.
CREATE FUNCTION purchase_line_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a check line is history and cannot be changed or deleted'
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER purchase_line_is_history BEFORE UPDATE OR DELETE ON purchase_line
    FOR EACH ROW EXECUTE FUNCTION purchase_line_is_history();

-- One statement-level trigger adds every inserted line to its check: a single UPDATE per
-- statement, so a COPY of millions of lines costs one pass, not one update per line.
CREATE FUNCTION purchase_line_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE purchase p SET total = p.total + s.amount
      FROM (SELECT purchase_id, sum(line_total) AS amount FROM new_lines GROUP BY purchase_id) s
     WHERE p.id = s.purchase_id;
    RETURN NULL;
END $$;
CREATE TRIGGER purchase_line_totals AFTER INSERT ON purchase_line
    REFERENCING NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION purchase_line_totals();

-- The total and the parties of a check are not edited by hand.
CREATE FUNCTION purchase_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a check is history and cannot be deleted (check %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    ELSIF TG_OP = 'INSERT' THEN
        IF NEW.total <> 0 THEN
            RAISE EXCEPTION 'a check total is the sum of its lines: insert the check with total 0'
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF pg_trigger_depth() < 2 AND (NEW.total IS DISTINCT FROM OLD.total
          OR NEW.customer_id IS DISTINCT FROM OLD.customer_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
          OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.purchased_at IS DISTINCT FROM OLD.purchased_at) THEN
        RAISE EXCEPTION 'a check is history and cannot be changed (check %)', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER purchase_is_history BEFORE INSERT OR UPDATE OR DELETE ON purchase
    FOR EACH ROW EXECUTE FUNCTION purchase_is_history();

-- ---------------------------------------------------------------- stock
CREATE TABLE stock_goods (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id    bigint      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    provider_id   bigint      NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    goods_balance integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    varchar(63) NOT NULL DEFAULT session_user,
    CONSTRAINT stock_goods_product_provider_key UNIQUE (product_id, provider_id),
    CONSTRAINT stock_goods_not_oversold CHECK (goods_balance >= 0)
);
-- The original's two indexes: stock levels by product and by provider.
CREATE INDEX stock_goods_product_balance_idx ON stock_goods (product_id, goods_balance);
CREATE INDEX stock_goods_provider_balance_idx ON stock_goods (provider_id, goods_balance);

-- The stock journal: every change of a balance, why, by whom, and for which check.
CREATE TABLE stock_movement (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   bigint      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    provider_id  bigint      NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    delta        integer     NOT NULL CHECK (delta <> 0),
    reason       varchar(16) NOT NULL
                 CHECK (reason IN ('SALE', 'RECEIPT', 'WRITE_OFF', 'COUNT_CORRECTION', 'RETURN')),
    purchase_id  bigint      REFERENCES purchase (id) ON DELETE RESTRICT,
    note         varchar(200),
    moved_at     timestamptz NOT NULL DEFAULT now(),
    moved_by     varchar(63) NOT NULL DEFAULT session_user,
    CONSTRAINT stock_movement_sale_link CHECK (reason NOT IN ('SALE', 'RETURN') OR purchase_id IS NOT NULL),
    CONSTRAINT stock_movement_sign CHECK (
        (reason IN ('SALE', 'WRITE_OFF') AND delta < 0)
        OR (reason IN ('RECEIPT', 'RETURN') AND delta > 0)
        OR reason = 'COUNT_CORRECTION')
);
CREATE INDEX stock_movement_goods_idx ON stock_movement (product_id, provider_id, moved_at);
CREATE INDEX stock_movement_purchase_idx ON stock_movement (purchase_id) WHERE purchase_id IS NOT NULL;
CREATE INDEX stock_movement_time_idx ON stock_movement (moved_at);

CREATE FUNCTION stock_movement_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the stock journal is history: correct it with a new movement'
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER stock_movement_is_history BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_is_history();

-- Applies a statement's journal rows to the balances: rows of one (product, provider) are
-- summed, a missing balance row is created at zero, then one UPDATE adds the sums. The CHECK on
-- stock_goods refuses a balance below zero, which rolls the whole statement (and the sale
-- around it) back. The UPDATE locks the balance row, so two clerks selling the last unit are
-- serialised and only one succeeds. (Not a single upsert: PostgreSQL checks the proposed row of
-- INSERT .. ON CONFLICT against the CHECK before it sees the conflict.)
CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_goods (product_id, provider_id)
    SELECT DISTINCT product_id, provider_id FROM new_moves
    ORDER BY product_id, provider_id
    ON CONFLICT (product_id, provider_id) DO NOTHING;
    UPDATE stock_goods g SET goods_balance = g.goods_balance + s.delta
      FROM (SELECT product_id, provider_id, sum(delta) AS delta FROM new_moves
             GROUP BY product_id, provider_id) s
     WHERE g.product_id = s.product_id AND g.provider_id = s.provider_id;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_movement_apply AFTER INSERT ON stock_movement
    REFERENCING NEW TABLE AS new_moves
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_apply();

-- The balance is changed only through the journal.
CREATE FUNCTION stock_goods_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.goods_balance <> 0 OR EXISTS (SELECT 1 FROM stock_movement m
                 WHERE m.product_id = OLD.product_id AND m.provider_id = OLD.provider_id) THEN
            RAISE EXCEPTION 'stock with a journal cannot be deleted'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF pg_trigger_depth() < 2 AND
       ((TG_OP = 'INSERT' AND NEW.goods_balance <> 0)
        OR (TG_OP = 'UPDATE' AND NEW.goods_balance IS DISTINCT FROM OLD.goods_balance)) THEN
        RAISE EXCEPTION 'a stock balance changes only through the stock journal (stock_movement)'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER stock_goods_guard BEFORE INSERT OR UPDATE OR DELETE ON stock_goods
    FOR EACH ROW EXECUTE FUNCTION stock_goods_guard();

-- ---------------------------------------------------------------- updated_at / updated_by
CREATE TRIGGER category_touch BEFORE UPDATE ON category FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
CREATE TRIGGER producer_touch BEFORE UPDATE ON producer FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
CREATE TRIGGER provider_touch BEFORE UPDATE ON provider FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
CREATE TRIGGER contacts_touch BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION shopdesk_touch();
