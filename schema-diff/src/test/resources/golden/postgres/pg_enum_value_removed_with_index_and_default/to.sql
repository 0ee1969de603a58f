create type "Mood" as enum ('HAPPY', 'SAD');
create table diary (
    id bigint not null,
    mood "Mood" default 'HAPPY' not null,
    primary key (id)
);
create index ix_diary_mood on diary (mood);
