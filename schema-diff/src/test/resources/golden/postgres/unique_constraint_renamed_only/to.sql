create table app_user (
    id bigint not null,
    email varchar(255) not null,
    primary key (id)
);
alter table if exists app_user add constraint UK6dotkott2kjsp8vw4d0m25fb7 unique (email);
