-- Drop view old_names
DROP VIEW `old_names`;

-- Create trigger person_checked on person
DELIMITER //
CREATE TRIGGER `person_checked` BEFORE INSERT ON `person` FOR EACH ROW begin
    if new.name is null then
        set new.name = 'unknown';
    end if;
end//
DELIMITER ;

-- Create trigger person_touch on person
CREATE TRIGGER `person_touch` BEFORE UPDATE ON `person` FOR EACH ROW set new.updated_at = now(6);

-- Create trigger person_touch_again on person
CREATE TRIGGER `person_touch_again` BEFORE UPDATE ON `person` FOR EACH ROW FOLLOWS `person_touch` set new.city = trim(new.city);

-- Create view person_names
CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `person_names` AS select `person`.`id` AS `id`,ucase(`person`.`name`) AS `name` from `person` where `person`.`city` is not null;

-- Create view berlin_names
CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `berlin_names` AS select `person_names`.`id` AS `id`,`person_names`.`name` AS `name` from `person_names` where `person_names`.`name` like 'B%' WITH CASCADED CHECK OPTION;
