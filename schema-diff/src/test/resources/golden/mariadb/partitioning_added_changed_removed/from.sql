create table sales (id bigint not null, sold date not null, amount decimal(10,2), primary key (id, sold))
    partition by range (year(sold)) (
        partition p2023 values less than (2024),
        partition p2024 values less than (2025));
create table events (id bigint not null primary key, kind varchar(10)) partition by hash (id) partitions 4;
create table regions (id int not null, region varchar(10) not null, primary key (id, region))
    partition by list columns (region) (partition eu values in ('de', 'fr'), partition us values in ('us'));
create table plain (id bigint not null primary key, note text);
