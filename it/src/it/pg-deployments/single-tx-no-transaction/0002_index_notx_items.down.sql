-- migration:no-transaction
DROP INDEX CONCURRENTLY notx_items_id;
