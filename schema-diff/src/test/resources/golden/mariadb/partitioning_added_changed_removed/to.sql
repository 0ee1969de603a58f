create table sales (id bigint not null, sold date not null, amount decimal(10,2), primary key (id, sold))
    partition by range (year(sold)) (
        partition p2023 values less than (2024),
        partition p2024 values less than (2025),
        partition pmax values less than maxvalue comment 'later years');
create table events (id bigint not null primary key, kind varchar(10)) partition by key (id) partitions 2;
create table regions (id int not null, region varchar(10) not null, primary key (id, region));
create table plain (id bigint not null primary key, note text) partition by hash (id) partitions 3;
create table logs (id bigint not null, at datetime not null, primary key (id, at))
    partition by range columns (at) (partition old values less than ('2024-01-01'),
                                    partition cur values less than (maxvalue));
