create table note (
    id integer not null,
    title varchar(100),
    body varchar(4000),
    rating numeric(5,2),
    primary key (id)
);
