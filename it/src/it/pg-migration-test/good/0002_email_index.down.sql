DROP INDEX account_email;
