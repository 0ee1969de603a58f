-- Alter table score: drop index ix_score_points; drop index ux_score_player_at; add index ix_score_player
ALTER TABLE `score`
  DROP INDEX `ix_score_points`,
  DROP INDEX `ux_score_player_at`,
  ADD INDEX `ix_score_player` (`player`);
