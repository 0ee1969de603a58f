create table cache_entry (id bigint not null, v varchar(100), primary key (id)) engine=MyISAM;
