-- Alter table score: drop index ux_score_player_at; drop index ix_score_points; add index ix_score_player
ALTER TABLE `score`
  DROP INDEX `ux_score_player_at`,
  DROP INDEX `ix_score_points`,
  ADD INDEX `ix_score_player` (`player`);
