create table doc (id int primary key);
create table note (id int primary key);
alter table note enable row level security;
