-- Alter table edge: drop foreign key fk_edge_node (its index stays unless dropped too)
ALTER TABLE `edge` DROP FOREIGN KEY `fk_edge_node`;

-- Alter table node: drop foreign key fk_node_parent (its index stays unless dropped too)
ALTER TABLE `node` DROP FOREIGN KEY `fk_node_parent`;

-- Alter table edge: drop index fk_edge_node
ALTER TABLE `edge` DROP INDEX `fk_edge_node`;

-- Alter table node: drop index fk_node_parent
ALTER TABLE `node` DROP INDEX `fk_node_parent`;
