-- Alter table a: drop foreign key fk_a_b (its index stays unless dropped too)
ALTER TABLE `a` DROP FOREIGN KEY `fk_a_b`;

-- Alter table b: drop foreign key fk_b_a (its index stays unless dropped too)
ALTER TABLE `b` DROP FOREIGN KEY `fk_b_a`;

-- Drop table a (its data is lost)
DROP TABLE `a`;

-- Drop table b (its data is lost)
DROP TABLE `b`;
