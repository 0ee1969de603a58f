DROP TABLE notx_items;
