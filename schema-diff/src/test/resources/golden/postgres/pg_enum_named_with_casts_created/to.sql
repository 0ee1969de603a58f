create type visit_mood as enum ('HAPPY','SAD');
create cast (varchar as visit_mood) with inout as implicit;
create cast (visit_mood as varchar) with inout as implicit;
create table visit (
    id bigint not null,
    mood visit_mood,
    primary key (id)
);
