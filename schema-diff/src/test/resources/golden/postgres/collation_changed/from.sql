create table code_list (
    id bigint not null,
    code varchar(50),
    primary key (id)
);
