ALTER TABLE account MODIFY email varchar(200) NOT NULL;
