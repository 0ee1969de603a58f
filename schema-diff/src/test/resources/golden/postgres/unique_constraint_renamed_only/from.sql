create table app_user (
    id bigint not null,
    email varchar(255) not null,
    primary key (id),
    constraint app_user_email_key unique (email)
);
