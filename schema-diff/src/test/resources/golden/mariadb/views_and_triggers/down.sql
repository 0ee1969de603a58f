-- Drop view berlin_names
DROP VIEW `berlin_names`;

-- Drop view person_names
DROP VIEW `person_names`;

-- Drop trigger person_touch_again on person
DROP TRIGGER `person_touch_again`;

-- Drop trigger person_touch on person
DROP TRIGGER `person_touch`;

-- Drop trigger person_checked on person
DROP TRIGGER `person_checked`;

-- Create view old_names
CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `old_names` AS select `person`.`id` AS `id`,`person`.`name` AS `name` from `person`;
