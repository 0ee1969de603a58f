create table measurement (id bigint not null, logdate date not null, peak int, unit text,
    primary key (id, logdate)) partition by range (logdate);
create index measurement_peak on measurement (peak);
create table measurement_2024 partition of measurement for values from ('2024-01-01') to ('2026-01-01');
comment on table measurement_2024 is 'Current period';
create table measurement_default partition of measurement default;
create table city (id bigint not null, region text not null, name text) partition by list (region);
create table city_eu partition of city for values in ('eu', 'uk') partition by hash (id);
create table city_eu_0 partition of city_eu for values with (modulus 2, remainder 0);
create table city_eu_1 partition of city_eu for values with (modulus 2, remainder 1);
create table city_other partition of city default;
create table account (id bigint primary key, region text not null);
