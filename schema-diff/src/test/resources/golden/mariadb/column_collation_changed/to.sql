create table login (id bigint not null, username varchar(50) character set utf8mb4 collate utf8mb4_bin, primary key (id)) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_general_ci;
