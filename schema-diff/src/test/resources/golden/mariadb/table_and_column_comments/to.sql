create table tag (id bigint not null comment 'The key', label varchar(50), primary key (id)) engine=InnoDB comment='Labels, it''s \\ here';
