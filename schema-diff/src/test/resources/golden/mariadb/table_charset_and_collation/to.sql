create table city (id bigint not null, name varchar(100), primary key (id)) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
