create table score (id bigint not null, player varchar(50), points int, at datetime, primary key (id)) engine=InnoDB;
create index ix_score_points on score (points desc, at);
create unique index ux_score_player_at on score (player, at desc);
