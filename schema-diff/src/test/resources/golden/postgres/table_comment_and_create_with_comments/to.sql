create table region (
    code char(2) not null,
    name varchar(100) not null,
    primary key (code)
);
comment on table region is 'ISO regions';
comment on column region.code is 'ISO 3166 code';
