create table doc (id int primary key);
alter table doc enable row level security;
alter table doc force row level security;
create table note (id int primary key);
create table secret (id int primary key);
alter table secret enable row level security;
