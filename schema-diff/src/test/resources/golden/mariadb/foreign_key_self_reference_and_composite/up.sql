-- Alter table edge: add index fk_edge_node
ALTER TABLE `edge` ADD INDEX `fk_edge_node` (`tenant`, `node_id`);

-- Alter table node: add index fk_node_parent
ALTER TABLE `node` ADD INDEX `fk_node_parent` (`parent_id`);

-- Alter table edge: add foreign key fk_edge_node to node
ALTER TABLE `edge` ADD CONSTRAINT `fk_edge_node` FOREIGN KEY (`tenant`, `node_id`) REFERENCES `node` (`tenant`, `id`) ON DELETE CASCADE;

-- Alter table node: add foreign key fk_node_parent to node
ALTER TABLE `node` ADD CONSTRAINT `fk_node_parent` FOREIGN KEY (`parent_id`) REFERENCES `node` (`id`);
