create table person (
    id bigint not null,
    name varchar(100),
    city varchar(100),
    updated_at datetime(6),
    primary key (id)
) engine=InnoDB;
create view person_names as select id, upper(name) as name from person where city is not null;
create view berlin_names as select id, name from person_names where name like 'B%' with check option;
create trigger person_touch before update on person for each row set new.updated_at = now(6);
create trigger person_touch_again before update on person for each row follows person_touch set new.city = trim(new.city);
delimiter //
create trigger person_checked before insert on person for each row
begin
    if new.name is null then
        set new.name = 'unknown';
    end if;
end//
delimiter ;
