-- migration:no-transaction
ALTER TABLE account DROP INDEX account_email, ALGORITHM=INPLACE, LOCK=NONE;
