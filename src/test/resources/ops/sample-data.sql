-- Realistic ShopDesk data for the backup/restore test: master data, price history, stock
-- receipts, sales with lines and their stock journal rows, and returns. Totals and stock
-- balances are kept by the V1 triggers; nothing here writes them directly.
-- Texts include quotes, tabs, newlines, backslashes and non-ASCII, and some columns are NULL,
-- so that the dump/restore round trip is tested on awkward values too.

INSERT INTO category (name) VALUES ('Electronics'), ('Books'), ('Garden & Outdoor'), ('Kitchen');
INSERT INTO producer (name) VALUES ('Acme'), ('Globex'), ('Initech'), ('Umbrella «Ltd»');
INSERT INTO provider (name, archived) VALUES ('North Supply', false), ('South Trade', false),
    ('O''Brien & Sons', false), ('Old Partner', true);

INSERT INTO contacts (email, phone)
SELECT 'customer' || g || '@example.org',
       CASE WHEN g % 3 = 0 THEN NULL ELSE '+4915' || lpad(g::text, 8, '0') END
  FROM generate_series(1, 50) g;
INSERT INTO contacts (phone) VALUES ('+79161234567');

INSERT INTO customer (name, last_name, contact_id)
SELECT 'Customer ' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 'Müller-Łukasz ' || g END, c.id
  FROM generate_series(1, 50) g
  JOIN contacts c ON c.email = 'customer' || g || '@example.org';
INSERT INTO customer (name) VALUES ('Walk-in customer');

INSERT INTO products (sku, ean, title, description, category_id, producer_id)
SELECT 'SKU-' || lpad(g::text, 4, '0'),
       CASE WHEN g % 5 = 0 THEN NULL ELSE (4006381333900 + g)::text END,
       'Product ' || g || CASE WHEN g % 7 = 0 THEN E' "special",\ttab and backslash \\ ' ELSE '' END,
       CASE WHEN g % 6 = 0 THEN E'line one\nline two; it''s quoted' END,
       (SELECT id FROM category ORDER BY id OFFSET g % 4 LIMIT 1),
       (SELECT id FROM producer ORDER BY id OFFSET g % 4 LIMIT 1)
  FROM generate_series(1, 40) g;

-- Prices from the three active providers, then a price change for every tenth product
-- yesterday: the old row ended then and a new one opened. (Written already ended: the database
-- refuses to move a price's end into the past.)
INSERT INTO price (product_id, provider_id, value, valid_from, valid_to)
SELECT p.id, v.id, round(5 + p.id * 1.37 + v.id, 2), now() - interval '30 days',
       CASE WHEN p.id % 10 = 0 THEN now() - interval '1 day' END
  FROM products p CROSS JOIN provider v WHERE NOT v.archived;
INSERT INTO price (product_id, provider_id, value, currency, valid_from)
SELECT product_id, provider_id, value + 1.50, currency, now() - interval '1 day'
  FROM price WHERE valid_to IS NOT NULL;

-- Goods arrive: the journal creates the stock balances.
INSERT INTO stock_movement (product_id, provider_id, delta, reason, note)
SELECT product_id, provider_id, 100, 'RECEIPT', 'initial delivery, invoice #' || id
  FROM price WHERE valid_to IS NULL;
INSERT INTO stock_movement (product_id, provider_id, delta, reason, write_off_reason, note)
SELECT product_id, provider_id, -1, 'WRITE_OFF', 'DAMAGED', 'damaged in transit'
  FROM price WHERE valid_to IS NULL AND product_id % 9 = 0;

-- Sales: a check with total 0, its lines (the trigger adds them to the total), and one
-- SALE journal row per line (the trigger takes the goods off the balance).
DO $$
DECLARE
    i    int;
    pur  bigint;
    prov bigint;
    cust bigint;
BEGIN
    FOR i IN 1..300 LOOP
        prov := (SELECT id FROM provider WHERE NOT archived ORDER BY id OFFSET i % 3 LIMIT 1);
        cust := (SELECT id FROM customer ORDER BY id OFFSET i % 51 LIMIT 1);
        INSERT INTO purchase (customer_id, provider_id, purchased_at)
        VALUES (cust, prov, now() - make_interval(hours => i))
        RETURNING id INTO pur;
        INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price)
        SELECT pur, prov, pr.product_id, pr.id, 1 + (i + pr.product_id) % 3, pr.value
          FROM price pr
         WHERE pr.provider_id = prov AND pr.valid_to IS NULL
           AND ((pr.product_id + i) % 13 = 0 OR pr.product_id = 1 + i % 40);
        INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id)
        SELECT product_id, provider_id, -quantity, 'SALE', pur
          FROM purchase_line WHERE purchase_id = pur;
    END LOOP;
END $$;

-- Returns of the first lines of five sales: goods come back to stock.
DO $$
DECLARE
    s   record;
    ret bigint;
BEGIN
    FOR s IN SELECT p.id, p.customer_id, p.provider_id FROM purchase p
              WHERE p.kind = 'SALE' AND p.total > 0 ORDER BY p.id LIMIT 5 LOOP
        INSERT INTO purchase (customer_id, provider_id, kind, returns_id)
        VALUES (s.customer_id, s.provider_id, 'RETURN', s.id)
        RETURNING id INTO ret;
        INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price)
        SELECT ret, l.provider_id, l.product_id, l.price_id, 1, l.unit_price
          FROM purchase_line l WHERE l.purchase_id = s.id ORDER BY l.id LIMIT 1;
        INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id, note)
        SELECT product_id, provider_id, quantity, 'RETURN', ret, 'customer return'
          FROM purchase_line WHERE purchase_id = ret;
    END LOOP;
END $$;

-- A master-data edit (version bump), as the application would do.
UPDATE customer SET last_name = 'Renamed', version = version + 1 WHERE name = 'Customer 7';
