create table score (id bigint not null, player varchar(50), points int, at datetime, primary key (id)) engine=InnoDB;
create index ix_score_player on score (player);
