create table tag (id bigint not null, label varchar(50) comment 'old', primary key (id)) engine=InnoDB comment='Tags';
