create table person (
    id bigint not null,
    name varchar(255),
    city varchar(100),
    primary key (id)
);
create view person_names as select id, upper(name) as name from person where city is not null;
create view berlin_names with (security_barrier) as select id, name from person_names where name like 'B%';
comment on view berlin_names is 'People in Berlin';
create materialized view city_counts as select city, count(*) as people from person group by city;
create unique index city_counts_city on city_counts (city);
