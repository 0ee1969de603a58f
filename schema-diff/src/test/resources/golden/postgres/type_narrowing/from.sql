create table note (
    id bigint not null,
    title varchar(255),
    body text,
    rating numeric(38,2),
    primary key (id)
);
