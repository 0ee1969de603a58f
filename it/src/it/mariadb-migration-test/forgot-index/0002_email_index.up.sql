CREATE INDEX account_email ON account (email);
