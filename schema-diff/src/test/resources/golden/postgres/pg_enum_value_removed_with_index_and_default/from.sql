create type "Mood" as enum ('HAPPY', 'OK', 'SAD');
create table diary (
    id bigint not null,
    mood "Mood" default 'OK' not null,
    primary key (id)
);
create index ix_diary_mood on diary (mood);
