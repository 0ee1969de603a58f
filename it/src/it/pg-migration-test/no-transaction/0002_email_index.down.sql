-- migration:no-transaction
DROP INDEX CONCURRENTLY account_email;
