create table measurement (id bigint not null, logdate date not null, peak int, primary key (id, logdate))
    partition by range (logdate);
create table measurement_2024 partition of measurement for values from ('2024-01-01') to ('2025-01-01');
create table measurement_old partition of measurement for values from ('2000-01-01') to ('2024-01-01');
create table account (id bigint primary key, region text not null);
