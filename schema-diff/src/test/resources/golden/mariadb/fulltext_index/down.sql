-- Alter table post: drop index ft_post
ALTER TABLE `post` DROP INDEX `ft_post`;
