-- Stock, version 7: reorder levels, lead times, write-off reasons and the rules of manual
-- movements (receipts, write-offs, counts). Existing rows stay valid as they are: new rules
-- that older journal rows could not meet are checked when a movement is written, not on the
-- rows already there (the journal is history, and a backup is restored with triggers off).

-- The level at or below which the goods need reordering; NULL is "not watched".
ALTER TABLE stock_goods
    ADD COLUMN reorder_level integer CONSTRAINT stock_goods_reorder_level_range
        CHECK (reorder_level BETWEEN 0 AND 1000000),
    ADD COLUMN version integer NOT NULL DEFAULT 0;

-- Days from order to goods on the shelf; with the sales rate it gives a suggested reorder level.
ALTER TABLE provider
    ADD COLUMN lead_time_days integer NOT NULL DEFAULT 7 CONSTRAINT provider_lead_time_range
        CHECK (lead_time_days BETWEEN 0 AND 365);

-- Why goods were written off; older write-offs carry only their note.
ALTER TABLE stock_movement
    ADD COLUMN write_off_reason varchar(8) CONSTRAINT stock_movement_write_off_reason_value
        CHECK (write_off_reason IN ('DAMAGED', 'LOST', 'EXPIRED', 'OTHER')),
    ADD CONSTRAINT stock_movement_write_off_reason_only
        CHECK (write_off_reason IS NULL OR reason = 'WRITE_OFF');

-- A count that finds what the books say is still a count: it is journalled with delta 0, so
-- that "last counted" and who counted are known. Any other movement moves something, and no
-- single movement is absurdly large.
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_delta_check;
ALTER TABLE stock_movement
    ADD CONSTRAINT stock_movement_delta_nonzero CHECK (delta <> 0 OR reason = 'COUNT_CORRECTION'),
    ADD CONSTRAINT stock_movement_delta_range CHECK (delta BETWEEN -1000000 AND 1000000);

-- "Last counted" per balance without walking a best seller's whole journal.
CREATE INDEX stock_movement_count_idx ON stock_movement (product_id, provider_id, moved_at)
    WHERE reason = 'COUNT_CORRECTION';

-- Rules of the movements people enter, checked once per statement over its new rows:
--   * a write-off says why (damaged, lost, expired, other), and "other" says what in the note;
--   * goods of an archived product or provider are not received, written off or counted.
-- Sales and returns are not concerned (a return of an archived product still comes back).
CREATE FUNCTION stock_movement_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    SELECT m.product_id, m.provider_id INTO bad FROM new_moves m
     WHERE m.reason = 'WRITE_OFF'
       AND (m.write_off_reason IS NULL OR (m.write_off_reason = 'OTHER' AND coalesce(btrim(m.note), '') = ''))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'a write-off needs its reason (and a note for "other"): product %, provider %',
            bad.product_id, bad.provider_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'stock_movement_write_off_reason';
    END IF;
    SELECT m.product_id, m.provider_id INTO bad FROM new_moves m
      JOIN products p ON p.id = m.product_id
      JOIN provider v ON v.id = m.provider_id
     WHERE m.reason IN ('RECEIPT', 'WRITE_OFF', 'COUNT_CORRECTION') AND (p.archived OR v.archived)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'stock of an archived product or provider does not move: product %, provider %',
            bad.product_id, bad.provider_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'stock_movement_archived';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_movement_rules AFTER INSERT ON stock_movement
    REFERENCING NEW TABLE AS new_moves
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_rules();
