-- migration:no-transaction
ALTER TABLE account ADD INDEX account_email (email), ALGORITHM=INPLACE, LOCK=NONE;
