create table post (id bigint not null, title varchar(200), body text, primary key (id)) engine=InnoDB;
create fulltext index ft_post on post (title, body);
