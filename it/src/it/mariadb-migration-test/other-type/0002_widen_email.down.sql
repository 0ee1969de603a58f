ALTER TABLE account MODIFY email text NOT NULL;
