-- Alter table posts: drop foreign key posts_ibfk_1 (its index stays unless dropped too)
ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`;

-- Alter table posts: drop index author_id; add index author_id
ALTER TABLE `posts`
  DROP INDEX `author_id`,
  ADD INDEX `author_id` (`author_id`);

-- Alter table posts: add foreign key posts_ibfk_1 to users
ALTER TABLE `posts` ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`);
