create table "user" (
    id bigint not null,
    "order" integer,
    "group" varchar(50),
    "check" boolean,
    primary key (id)
);
create table "select" (
    id bigint not null,
    "user" bigint,
    "from" date,
    primary key (id)
);
alter table if exists "select" add constraint "FK_select_user" foreign key ("user") references "user";
create index "default" on "select" ("from");
