-- Alter table post: add index ft_post
ALTER TABLE `post` ADD FULLTEXT INDEX `ft_post` (`title`, `body`);
