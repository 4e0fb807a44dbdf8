CREATE TABLE `agg_stage_scores` (
	`month` text NOT NULL,
	`org_id` integer NOT NULL,
	`stage` text NOT NULL,
	`audits` integer DEFAULT 0 NOT NULL,
	`sum_score` real DEFAULT 0 NOT NULL,
	`sum_sq_score` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `org_id`, `stage`)
);
--> statement-breakpoint
-- Written by hand: the stage sums of the audits published before this migration are computed
-- at the next start-up, after the checklists (now tagged with stages) are loaded: the stages
-- come from the checklist files, which SQL cannot read (server/prepare.ts, rebuildStageScores).
INSERT INTO `settings` (`key`, `value`) SELECT 'stage_scores_rebuild', 'pending' WHERE EXISTS (SELECT 1 FROM `audits` WHERE `state` = 'published');
