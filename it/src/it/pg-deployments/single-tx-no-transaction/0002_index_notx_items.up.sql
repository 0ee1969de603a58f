-- migration:no-transaction
CREATE INDEX CONCURRENTLY notx_items_id ON notx_items (id);
